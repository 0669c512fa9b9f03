import { Directive } from "type-graphql";

/** For the gateway's cost analysis: a plain list is assumed to hold its documented maximum. */
export const ListSize = (max: number) => Directive(`@listSize(assumedSize: ${max})`);

/** For the gateway's cost analysis: a Relay connection holds as many nodes as `first` asks for. */
export const ConnectionSize = () =>
  Directive('@listSize(slicingArguments: ["first"], sizedFields: ["nodes", "edges"], requireOneSlicingArgument: false)');

/** A list's description, ending with its maximum. */
export const atMost = (max: number, description?: string) => `${description ? `${description} ` : ""}At most ${max}.`;

/** For the gateway's cost analysis: a plain list that holds as many items as `first` asks for. */
export const SlicedListSize = () => Directive('@listSize(slicingArguments: ["first"], requireOneSlicingArgument: false)');
