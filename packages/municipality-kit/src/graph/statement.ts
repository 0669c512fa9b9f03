import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Certainty, StatementKind } from "../enums.js";
import { MAX_STATEMENTS } from "../limits.js";
import { Provenanced } from "../provenance/graph.js";
import { Trial } from "./interfaces.js";
import { atMost } from "./list-size.js";

/** The description of `statements` on every municipality type, the network's included. */
export const STATEMENTS = atMost(MAX_STATEMENTS, "What the member states about itself in the 2016 application, in the application's order; one kind with `kind`.");

/**
 * The shared `Statement` type over a subgraph's own `Trial` interface: the members' and the network's
 * interfaces share the name but not the class, and one schema may hold only one of them.
 */
export function statementType(trial: Function) {
  @ObjectType("Statement", { description: "What a member states about itself in the 2016 application: an experience, a lesson, an intention or an expectation." })
  @Directive("@shareable")
  class Statement extends Provenanced {
    @Field(() => ID) id!: string;
    @Field(() => StatementKind) kind!: StatementKind;
    @Field(() => String, { description: "The application's heading it stands under, e.g. \"Som frikommune\"." }) section!: string;
    @Field(() => String, { nullable: true, description: "A short title, where the statement has one." }) title!: string | null;
    @Field(() => String) text!: string;
    @Field(() => Certainty, { nullable: true, description: "How firmly it is stated; null for experience and lessons." }) certainty!: Certainty | null;
    @Field(() => trial, { nullable: true, description: "The trial that carries it, where there is one." }) trial!: unknown;
  }
  return Statement;
}

export const Statement = statementType(Trial);
