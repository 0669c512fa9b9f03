import { Directive, Field, ID, ObjectType } from "type-graphql";
import { AnchoringLevel, Certainty } from "../enums.js";
import { Provenanced } from "../provenance/graph.js";
import { LocalCouncil } from "./interfaces.js";

@ObjectType({ description: "Where a member anchors its work with active citizenship (its forankring), as the documents say." })
@Directive("@shareable")
export class Anchoring extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => AnchoringLevel) level!: AnchoringLevel;
  @Field(() => String, { nullable: true, description: "The body or area named, where the documents name one." }) name!: string | null;
  @Field(() => String, { nullable: true, description: "What kind of unit it is (\"Fast stående udvalg\", \"Direktørområde\"), where given." }) unit!: string | null;
  @Field(() => String) description!: string;
  @Field(() => Certainty, { description: "DECIDED where the work is anchored, EXPECTED where it \"vil blive forankret\"." }) certainty!: Certainty;
  @Field(() => LocalCouncil, { nullable: true, description: "The council among the member's councils it is anchored in or through." }) council!: LocalCouncil | null;
}
