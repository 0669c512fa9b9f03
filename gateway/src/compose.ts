import { readFile, writeFile } from "node:fs/promises";
import { composeServices } from "@theguild/federation-composition";
import { printSubgraphSchema } from "@frikommune/subgraph-server";
import { parse } from "graphql";
import { SUPERGRAPH_PATH } from "./paths.js";
import { subgraphSchemas } from "./subgraph-schemas.js";


/** Prints each subgraph's SDL and composes them; throws with every composition error. */
export async function composeSupergraph(): Promise<string> {
  const services = (await subgraphSchemas()).map(({ name, url, schema }) => ({ name, url, typeDefs: parse(printSubgraphSchema(schema)) }));
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join("\n")}`);
  }
  return result.supergraphSdl;
}

async function main() {
  const check = process.argv.includes("--check");
  const supergraph = await composeSupergraph();
  if (check) {
    const committed = await readFile(SUPERGRAPH_PATH, "utf8").catch(() => "");
    if (committed !== supergraph) {
      console.error("gateway/supergraph.graphql is stale: run `pnpm compose` and commit the result.");
      process.exit(1);
    }
    console.log("gateway/supergraph.graphql is up to date.");
  } else {
    await writeFile(SUPERGRAPH_PATH, supergraph);
    console.log(`Composed ${SUPERGRAPH_PATH}`);
  }
}

if (import.meta.filename === process.argv[1]) await main();
