import { resolve } from "node:path";

export const SUPERGRAPH_PATH = resolve(import.meta.dirname, "../supergraph.graphql");
