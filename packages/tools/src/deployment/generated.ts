// Every file that lists the graph's services, made from the member registry, and how the
// committed ones compare with it.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { composeFile } from "./compose.js";
import { kubernetesFiles, SUBGRAPHS_FOLDER } from "./kubernetes.js";

/** Folders whose every file is generated: one the registry no longer makes (a member who left) is stale. */
const GENERATED_FOLDERS = [SUBGRAPHS_FOLDER];

/** Every generated file's content, by its path in the repository. */
export function deploymentFiles(): Record<string, string> {
  return { "compose.yaml": composeFile(), ...kubernetesFiles() };
}

export interface DeploymentDifference {
  path: string;
  problem: "missing" | "stale" | "no longer generated";
}

/** Files in the generated folders that the registry does not make. */
function leftOver(root: string, files: Record<string, string>): string[] {
  return GENERATED_FOLDERS.flatMap((folder) => (existsSync(join(root, folder)) ? readdirSync(join(root, folder)).map((file) => `${folder}/${file}`) : [])).filter((path) => !(path in files));
}

/** How the files in `root` differ from what the registry makes; none when they are up to date. */
export function deploymentDifferences(root: string): DeploymentDifference[] {
  const files = deploymentFiles();
  const differences: DeploymentDifference[] = Object.entries(files).flatMap(([path, content]): DeploymentDifference[] => {
    if (!existsSync(join(root, path))) return [{ path, problem: "missing" }];
    return readFileSync(join(root, path), "utf8") === content ? [] : [{ path, problem: "stale" }];
  });
  return [...differences, ...leftOver(root, files).map((path) => ({ path, problem: "no longer generated" as const }))];
}

/** Writes every generated file into `root` and removes those no longer generated; returns what changed. */
export function writeDeployment(root: string): DeploymentDifference[] {
  const differences = deploymentDifferences(root);
  const files = deploymentFiles();
  for (const { path, problem } of differences) {
    if (problem === "no longer generated") {
      rmSync(join(root, path));
      continue;
    }
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), files[path]!);
  }
  return differences;
}
