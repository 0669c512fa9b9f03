// The member registry's source (packages/members/src/index.ts), edited as its text: an entry is
// one line of `members`, so a member joins or leaves as one line of the diff.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const REGISTRY = "packages/members/src/index.ts";

/** A member's slug: lowercase kebab-case ASCII, as its folder, its subgraph and its service are named. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface RegistryEntry {
  slug: string;
  name: string;
  typePrefix: string;
  port: number;
}

/** ASCII PascalCase for GraphQL type names: "Ringkøbing-Skjern" → "RingkobingSkjern". */
export function typePrefixOf(name: string): string {
  const ascii = name
    .replace(/[æÆ]/g, (c) => (c === "æ" ? "ae" : "Ae"))
    .replace(/[øØ]/g, (c) => (c === "ø" ? "o" : "O"))
    .replace(/[åÅ]/g, (c) => (c === "å" ? "aa" : "Aa"))
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "");
  return ascii
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join("");
}

const entryLine = (slug: string) => new RegExp(`^  \\{ slug: "${slug}", [^\\n]*\\},\\n`, "m");

/** Adds a member at the end of the registry, with the next free port; refuses a slug, name or type prefix it cannot take. */
export async function register(root: string, slug: string, name: string): Promise<RegistryEntry> {
  if (!SLUG.test(slug)) throw new Error(`slug must be lowercase kebab-case ASCII: ${slug}`);
  // The name is written into comments and one-line values of the generated files.
  if (!name.trim() || name !== name.trim() || /\p{Cc}/u.test(name)) throw new Error("the municipality needs a name: one line, without spaces around it");
  const registry = await readFile(join(root, REGISTRY), "utf8");
  if (entryLine(slug).test(registry)) throw new Error(`${slug} is in the member registry already`);
  const typePrefix = typePrefixOf(name);
  if (!/^[A-Z][A-Za-z0-9]*$/.test(typePrefix) || registry.includes(`typePrefix: "${typePrefix}"`)) {
    throw new Error(`no free GraphQL type prefix can be made from "${name}"`);
  }
  const port = Math.max(...[...registry.matchAll(/port: (\d+)/g)].map((m) => Number(m[1]))) + 1;
  const entry = `  { slug: "${slug}", name: ${JSON.stringify(name)}, typePrefix: "${typePrefix}", port: ${port} },\n`;
  const end = registry.indexOf("];", registry.indexOf("export const members"));
  await writeFile(join(root, REGISTRY), registry.slice(0, end) + entry + registry.slice(end));
  return { slug, name, typePrefix, port };
}

/** Takes a member's entry out of the registry. */
export async function unregister(root: string, slug: string): Promise<void> {
  const registry = await readFile(join(root, REGISTRY), "utf8");
  if (!entryLine(slug).test(registry)) throw new Error(`${JSON.stringify(slug)} is not in the member registry`);
  await writeFile(join(root, REGISTRY), registry.replace(entryLine(slug), ""));
}
