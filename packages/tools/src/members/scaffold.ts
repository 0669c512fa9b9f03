// A new member's folder: its module on the kit, an empty seed and a test of its types.
import { mkdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { register, type RegistryEntry } from "./registry.js";

/** Adds a member to the registry and writes its folder; the caller installs and recomposes. */
export async function scaffoldMunicipality(root: string, slug: string, name: string): Promise<RegistryEntry> {
  const folder = join(root, "subgraphs", slug);
  if (existsSync(folder)) throw new Error(`subgraphs/${slug} exists already`);
  const { typePrefix, port } = await register(root, slug, name);

  await mkdir(join(folder, "src"), { recursive: true });
  await mkdir(join(folder, "test"), { recursive: true });
  const files: Record<string, string> = {
    "package.json": `${JSON.stringify({
      name: `@frikommune/subgraph-${slug}`,
      version: "0.1.0",
      private: true,
      type: "module",
      exports: { ".": { source: "./src/module.ts", types: "./dist/module.d.ts", default: "./dist/module.js" } },
      files: ["dist"],
      scripts: { build: "tsc -b tsconfig.build.json", start: "node dist/main.js" },
      dependencies: { "@frikommune/members": "workspace:*", "@frikommune/municipality-kit": "workspace:*", "@frikommune/subgraph-server": "workspace:*" },
    }, null, 2)}\n`,
    "tsconfig.build.json": `${JSON.stringify({
      extends: "../../tsconfig.package.json",
      references: [{ path: "../../packages/members/tsconfig.build.json" }, { path: "../../packages/municipality-kit/tsconfig.build.json" }],
    }, null, 2)}\n`,
    "src/module.ts": `import { defineMunicipality } from "@frikommune/municipality-kit";
import { member } from "@frikommune/members";
import { data } from "./data.js";

export default defineMunicipality({ ...member("${slug}"), data });
`,
    "src/main.ts": `// The member's process: \`node dist/main.js\`, configured from the environment.
import { runMunicipalitySubgraph } from "@frikommune/municipality-kit";
import module from "./module.js";

await runMunicipalitySubgraph(module);
`,
    "src/data.ts": `import type { MunicipalitySeed } from "@frikommune/municipality-kit";

/**
 * ${name}'s councils, policies and trials, from its own documents. Every record names its sources
 * (\`cite(document, section, quote)\`, a verbatim quote); unknown dates and numbers stay null. Empty
 * until a document says something: nothing is assumed.
 */
export const data: MunicipalitySeed = {
  councils: [],
  policies: [],
  trials: [],
};
`,
    "test/module.test.ts": `import { describe, expect, it } from "vitest";
import { buildMunicipalitySchema } from "@frikommune/municipality-kit";
import { printSubgraphSchema } from "@frikommune/subgraph-server";
import module from "../src/module.js";

describe("${name}'s subgraph", () => {
  it("has its own types under the prefix ${typePrefix}", () => {
    const sdl = printSubgraphSchema(buildMunicipalitySchema(module));
    for (const type of ["Municipality", "Trial", "LocalCouncil", "Policy"]) {
      expect(sdl).toContain(\`type ${typePrefix}\${type}\`);
    }
  });
});
`,
  };
  for (const [path, content] of Object.entries(files)) await writeFile(join(folder, path), content);
  return { slug, name, typePrefix, port };
}
