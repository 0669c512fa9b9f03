// `pnpm sources:verify --documents <dir>`: checks that every stored source quotes its document
// word for word. Reads the `source` tables of a running graph (DATABASE_URL, or the embedded
// PostgreSQL while `pnpm start` runs) and the documents' text files in <dir>.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { loadStackConfig } from "@frikommune/config";
import { embeddedUrl } from "@frikommune/db/embedded";
import { SOURCE_DOCUMENTS } from "./provenance/documents.js";

/** Text as a reader sees it: no markup, entities decoded, whitespace collapsed. */
function plainText(text: string): string {
  return text
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*|__/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { documents: { type: "string" } } });
  if (!values.documents) throw new Error("usage: pnpm sources:verify --documents <dir with the documents' text files>");
  const texts = readdirSync(values.documents).filter((f) => f.endsWith(".txt")).map((f) => plainText(readFileSync(join(values.documents!, f), "utf8")));
  const documents = new Map(SOURCE_DOCUMENTS.map((d) => [d.key, texts.find((t) => t.includes(plainText(d.heading)))]));
  for (const [key, text] of documents) if (!text) throw new Error(`no text file in ${values.documents} is ${key}`);

  const stack = loadStackConfig();
  const url = stack.databaseUrl ?? embeddedUrl(stack.embeddedPort);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const schemas = (await client.query<{ schema: string }>(`select table_schema as schema from information_schema.tables where table_name = 'source' order by 1`)).rows;
    let checked = 0;
    const wrong: string[] = [];
    for (const { schema } of schemas) {
      const { rows } = await client.query<{ entity_table: string; entity_id: string; document: string; location: string; quote: string }>(
        `select entity_table, entity_id, document, location, quote from "${schema}".source order by entity_table, entity_id, position`,
      );
      for (const row of rows) {
        checked++;
        if (!documents.get(row.document as never)?.includes(plainText(row.quote))) wrong.push(`${schema}.${row.entity_table} ${row.entity_id} (${row.document}, ${row.location}): ${row.quote}`);
      }
    }
    console.log(`${checked} sources checked in ${schemas.length} schemas, ${wrong.length} not found word for word in their document`);
    for (const line of wrong) console.log(`  ${line}`);
    if (wrong.length) process.exitCode = 1;
  } finally {
    await client.end();
  }
}

await main();
