// Runs one member's subgraph: `node dist/run.js <the member's dist/module.js>` (from sources: run.ts, module.ts).
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { runMunicipalitySubgraph, type MunicipalityModule } from "./index.js";

const path = process.argv[2];
if (!path) throw new Error("usage: run.ts <module.ts>");
const { default: module } = (await import(pathToFileURL(resolve(path)).href)) as { default: MunicipalityModule };
await runMunicipalitySubgraph(module);
