import "reflect-metadata";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "./pagination.js";

/** `<Name>Connection` and `<Name>Edge` over a node type: the one shape of every growing list. */
export function connectionTypes(name: string, node: () => Function) {
  @ObjectType(`${name}Edge`, { description: `An edge of a ${name} connection.` })
  @Directive("@shareable")
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(node) node!: unknown;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} (Relay connection).` })
  @Directive("@shareable")
  class Connection {
    @Field(() => Int) totalCount!: number;
    @Field(() => [node()]) nodes!: unknown[];
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
  }
  return { Edge, Connection };
}
