// `pnpm bench --profile`: a CPU profile of the gateway (cache off, LOG_LEVEL=info, every plugin)
// under the ministry's query, and its heaviest frames: by function, and by package, self time.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

/** Where a frame's code lives: its npm package, this project's package, node itself or V8. */
function owner(url: string, root: string): string {
  if (!url) return "(v8: gc, idle, program)";
  if (url.startsWith("node:")) return "node";
  const packages = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
  if (packages.length) return packages.at(-1)![1]!;
  const path = relative(root, url.replace(/^file:\/\//, ""));
  return path.split("/").slice(0, 2).join("/");
}

export interface Frame {
  name: string;
  where: string;
  selfPercent: number;
}

/** The `top` frames and packages by self time of the newest profile in `dir`. */
export function heaviestFrames(dir: string, root: string, top = 25): { samples: number; frames: Frame[]; packages: { name: string; selfPercent: number }[] } {
  const newest = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).sort().at(-1);
  if (!newest) throw new Error(`no profile in ${dir}`);
  const profile = JSON.parse(readFileSync(join(dir, newest), "utf8")) as CpuProfile;
  const hits = new Map<number, number>();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const total = profile.samples.length;
  const frames = new Map<string, Frame>();
  const packages = new Map<string, number>();
  for (const node of profile.nodes) {
    const n = hits.get(node.id) ?? 0;
    if (!n) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${relative(root, url.replace(/^file:\/\//, "")).replace(/^node_modules\/\.pnpm\/[^/]+\/node_modules\//, "")}:${lineNumber + 1}` : "";
    const key = `${functionName}@${where}`;
    const frame = frames.get(key) ?? { name: functionName || "(anonymous)", where, selfPercent: 0 };
    frame.selfPercent += (100 * n) / total;
    frames.set(key, frame);
    const pkg = owner(url, root);
    packages.set(pkg, (packages.get(pkg) ?? 0) + (100 * n) / total);
  }
  const round = (x: number) => Number(x.toFixed(1));
  return {
    samples: total,
    frames: [...frames.values()].sort((a, b) => b.selfPercent - a.selfPercent).slice(0, top).map((f) => ({ ...f, selfPercent: round(f.selfPercent) })),
    packages: [...packages].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, p]) => ({ name, selfPercent: round(p) })),
  };
}
