import { Directive, Field, ID, ObjectType } from "type-graphql";
import { LocalCouncil, Policy, Trial } from "./interfaces.js";

/** The concrete types of one member: the kit's interfaces under the member's own type names. */
export function createMemberTypes(prefix: string) {
  @ObjectType(`${prefix}Municipality`, { description: "A member municipality's own part of the graph." })
  @Directive('@key(fields: "slug")')
  class MemberMunicipality {
    @Field(() => ID) slug!: string;
  }

  @ObjectType(`${prefix}LocalCouncil`, { implements: LocalCouncil })
  @Directive('@key(fields: "id")')
  class MemberCouncil extends LocalCouncil {}

  @ObjectType(`${prefix}Policy`, { implements: Policy })
  @Directive('@key(fields: "id")')
  class MemberPolicy extends Policy {}

  @ObjectType(`${prefix}Trial`, { implements: Trial })
  @Directive('@key(fields: "id")')
  class MemberTrial extends Trial {
    @Field(() => MemberMunicipality) municipality!: MemberMunicipality;
  }

  return { MemberMunicipality, MemberCouncil, MemberPolicy, MemberTrial };
}

export type MemberTypes = ReturnType<typeof createMemberTypes>;
