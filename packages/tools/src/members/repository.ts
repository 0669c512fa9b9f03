// The commands that bring the repository in line after the registry changed, each in its own
// process: this one loaded the registry as it was.
import { execFileSync } from "node:child_process";

export function run(root: string, command: string, args: string[]): void {
  execFileSync(command, args, { cwd: root, stdio: "inherit" });
}

/** Install (the lockfile gains or loses the member's package), the deployment files, the supergraph. */
export function recompose(root: string): void {
  // Not frozen: the workspace gained or lost a package (CI freezes the lockfile by default).
  run(root, "pnpm", ["install", "--silent", "--no-frozen-lockfile"]);
  run(root, "pnpm", ["--silent", "deployment"]);
  run(root, "pnpm", ["--silent", "compose"]);
}
