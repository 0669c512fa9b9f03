// A copy of the working tree as it is, in a folder of its own, committed and installed offline:
// somewhere to run the repository's own commands without touching this checkout.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export interface ScratchCopy {
  dir: string;
  /** Runs a command in the copy; its stdout, or an error with its output when it fails. */
  sh(command: string, args: string[], env?: Record<string, string | undefined>): string;
  /** Runs a command in the copy and returns its exit status and everything it printed. */
  run(command: string, args: string[], env?: Record<string, string | undefined>): { status: number | null; output: string };
  /** Commits everything as it is now (a mark to compare with later). */
  commit(message: string): void;
  /** The files that differ from the commit `since` (default: the last), added ones included, sorted. */
  changedFiles(since?: string): string[];
  remove(): void;
}

const run = (cwd: string, command: string, args: string[], env: Record<string, string | undefined> = {}) => {
  const done = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 256 * 2 ** 20, stdio: ["ignore", "pipe", "pipe"] });
  return { status: done.status, stdout: done.stdout, output: `${done.stdout}${done.stderr}` };
};

/** The working tree of `root` as it is, a tracked file deleted in it included: what a commit of it would hold. */
export function scratchCopy(root: string, prefix: string): ScratchCopy {
  const dir = mkdtempSync(join(tmpdir(), `frikommune-${prefix}-`));
  const files = execFileSync("git", ["-C", root, "ls-files", "--cached", "--others", "--exclude-standard"], { encoding: "utf8" }).split("\n").filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(root, file))) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(root, file), join(dir, file), { recursive: true });
  }
  const copy: ScratchCopy = {
    dir,
    sh(command, args, env) {
      const done = run(dir, command, args, env);
      if (done.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${done.status}):\n${done.output.slice(-20_000)}`);
      return done.stdout;
    },
    run: (command, args, env) => {
      const { status, output } = run(dir, command, args, env);
      return { status, output };
    },
    commit(message) {
      copy.sh("git", ["add", "-A"]);
      copy.sh("git", ["-c", "user.name=scratch", "-c", "user.email=scratch@example.invalid", "commit", "-q", "--allow-empty", "-m", message]);
    },
    changedFiles(since = "HEAD") {
      copy.sh("git", ["add", "-A"]);
      return copy.sh("git", ["diff", "--cached", "--name-only", since]).split("\n").filter(Boolean).sort();
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  copy.sh("git", ["init", "-q"]);
  copy.commit("as the working tree was");
  copy.sh("pnpm", ["install", "--offline", "--frozen-lockfile", "--silent"]);
  return copy;
}
