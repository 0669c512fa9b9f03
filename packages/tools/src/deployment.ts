// `pnpm deployment`: writes every file of the deployments that lists the graph's services
// (compose.yaml, deploy/k8s) from the member registry. `--check` writes nothing and lists each
// file that differs from what the registry makes (exit code 1); `--list` prints the services, one
// a line (name, port, schema, role), for the runbook's loops.
import { resolve } from "node:path";
import { deployables } from "@frikommune/members";
import { deploymentDifferences, writeDeployment } from "./deployment/generated.js";

const root = resolve(import.meta.dirname, "../../..");

if (process.argv.includes("--list")) {
  for (const d of deployables()) console.log([d.name, d.port, d.schema, d.role].join(" "));
} else if (process.argv.includes("--check")) {
  const differences = deploymentDifferences(root);
  for (const { path, problem } of differences) console.error(`${path}: ${problem}`);
  if (differences.length) {
    console.error("The deployment files do not match the member registry: run `pnpm deployment` and commit the result.");
    process.exit(1);
  }
  console.log("The deployment files match the member registry.");
} else {
  const changed = writeDeployment(root);
  for (const { path, problem } of changed) console.log(`${problem === "no longer generated" ? "removed" : "wrote"} ${path}`);
  if (!changed.length) console.log("The deployment files match the member registry already.");
}
