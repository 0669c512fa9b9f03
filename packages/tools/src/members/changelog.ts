// gateway/CHANGELOG.md: what changed for clients, as a list item under the day's date.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const CHANGELOG = "gateway/CHANGELOG.md";
const TOPIC = "### Members";

/** Adds `item` (a Markdown list item) under today's date and its Members heading, making either when it is missing. */
export async function addChangelogItem(root: string, item: string, today = new Date().toISOString().slice(0, 10)): Promise<void> {
  const lines = (await readFile(join(root, CHANGELOG), "utf8")).split("\n");
  let day = lines.findIndex((line) => line.startsWith("## "));
  if (day === -1) day = lines.push("") - 1;
  if (lines[day] !== `## ${today}`) lines.splice(day, 0, `## ${today}`, "");
  const dayEnd = lines.findIndex((line, i) => i > day && line.startsWith("## "));
  let topic = lines.findIndex((line, i) => i > day && (dayEnd === -1 || i < dayEnd) && line === TOPIC);
  if (topic === -1) {
    lines.splice(day + 1, 0, "", TOPIC);
    topic = day + 2;
  }
  // After the topic's last item (its continuation lines are indented).
  let at = topic + 1;
  while (at < lines.length && (lines[at]!.startsWith("- ") || lines[at]!.startsWith("  "))) at++;
  lines.splice(at, 0, item);
  if (lines[at + 1] !== "") lines.splice(at + 1, 0, "");
  await writeFile(join(root, CHANGELOG), lines.join("\n"));
}
