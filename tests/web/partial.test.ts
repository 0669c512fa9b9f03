import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { subgraphUrlVariable } from "@frikommune/config";
import { members } from "@frikommune/members";
import { api } from "./support/api.js";
import { useBrowser } from "./support/browser.js";
import { freePort } from "../support/ports.js";

const web = useBrowser();
const ROOT = resolve(import.meta.dirname, "../..");

/** The member that is down: the one that joined last, whatever data it has. */
const down = members.at(-1)!;
const others = members.filter((m) => m !== down);
/** Another member whose data has trials, to see that what it gives is all there. */
let answering = others[0]!;

/**
 * A second gateway in front of the same subgraphs, but with the down member's address pointing
 * where nothing listens: it is down, as far as this gateway can tell.
 */
let gatewayUrl = "";
let stop: () => Promise<void> = async () => {};
beforeAll(async () => {
  const { municipalities } = await api<{ municipalities: { slug: string; trialSummary: { total: number } }[] }>(`{ municipalities { slug trialSummary { total } } }`);
  answering = others.find((m) => municipalities.find((a) => a.slug === m.slug)!.trialSummary.total > 0)!;
  const urls = inject("subgraphUrls");
  const port = await freePort();
  const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
  const child = spawn(process.execPath, [resolve(ROOT, "gateway/dist/main.js")], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "development",
      PORT: String(port),
      GATEWAY_DATABASE_URL: inject("webDatabaseUrl"),
      ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [subgraphUrlVariable(name), url])),
      [subgraphUrlVariable(down.slug)]: nowhere,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  gatewayUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (await fetch(`${gatewayUrl}/ready`).then((r) => r.ok, () => false)) break;
    if (child.exitCode !== null) throw new Error(`the gateway exited:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  stop = async () => {
    const exited = new Promise((done) => child.once("exit", done));
    child.kill("SIGTERM");
    await exited;
  };
});
afterAll(() => stop());

describe("a member's subgraph is down", () => {
  it("Netværket shows everything else and says plainly which member is missing", async () => {
    const page = web.page;
    await page.goto(`${gatewayUrl}/`);
    const notice = page.getByTestId("missing-members");
    await expect.poll(() => notice.textContent()).toContain(`${down.name} svarer ikke lige nu`);
    for (const other of others) expect(await notice.textContent(), other.name).not.toContain(other.name);
    // What the network and the other members give is all there.
    expect(await page.locator("#members-heading + ul > li").count()).toBe(members.length);
    expect(await page.locator("article.exemption").count()).toBe(4);
    const listed = page.locator("#members-heading + ul > li", { hasText: answering.name });
    expect(await listed.textContent()).toMatch(/Forsøg: \d+/);
    expect(await web.seriousViolations()).toEqual([]);
  });

  it("the missing member's own page keeps its name and says its part is missing", async () => {
    const page = web.page;
    await page.goto(`${gatewayUrl}/kommune/${down.slug}`);
    await expect.poll(() => page.getByTestId("missing-members").count()).toBe(1);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(down.name);
    expect(web.pageErrors).toEqual([]);
  });

  it("the cross-network overview shows the other members' trials and names the missing member", async () => {
    const page = web.page;
    await page.goto(`${gatewayUrl}/forsoeg`);
    await expect.poll(() => page.getByTestId("missing-members").textContent()).toContain(down.name);
    await expect.poll(() => page.locator("table tbody tr", { hasText: answering.name }).count()).toBeGreaterThan(0);
    // The missing member's rows say it is not answering, and link to no trial.
    expect(await page.locator("table tbody tr", { hasText: down.name }).getByRole("link").count()).toBe(0);
  });
});
