// The member's process: `node dist/main.js`, configured from the environment.
import { runMunicipalitySubgraph } from "@frikommune/municipality-kit";
import module from "./module.js";

await runMunicipalitySubgraph(module);
