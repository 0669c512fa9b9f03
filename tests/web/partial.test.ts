import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { subgraphUrlVariable } from "@frikommune/config";
import { useBrowser } from "./support/browser.js";
import { freePort } from "../support/ports.js";

const web = useBrowser();
const ROOT = resolve(import.meta.dirname, "../..");

/**
 * A second gateway in front of the same subgraphs, but with Slagelse's address pointing where
 * nothing listens: Slagelse is down, as far as this gateway can tell.
 */
let gatewayUrl = "";
let stop: () => Promise<void> = async () => {};
beforeAll(async () => {
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
      [subgraphUrlVariable("slagelse")]: nowhere,
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
  it("Netværket shows everything else and says plainly that Slagelse is missing", async () => {
    const page = web.page;
    await page.goto(`${gatewayUrl}/`);
    const notice = page.getByTestId("missing-members");
    await expect.poll(() => notice.textContent()).toContain("Slagelse svarer ikke lige nu");
    expect(await notice.textContent()).not.toMatch(/Holbæk|Assens|Nordfyn|Ringkøbing/);
    // What the network and the other members give is all there.
    expect(await page.locator("#members-heading + ul > li").count()).toBe(5);
    expect(await page.locator("article.exemption").count()).toBe(4);
    const holbaek = page.locator("#members-heading + ul > li", { hasText: "Holbæk" });
    expect(await holbaek.textContent()).toMatch(/Forsøg: \d+/);
    expect(await web.seriousViolations()).toEqual([]);
  });

  it("Slagelse's own page keeps its name and says its part is missing", async () => {
    const page = web.page;
    await page.goto(`${gatewayUrl}/kommune/slagelse`);
    await expect.poll(() => page.getByTestId("missing-members").count()).toBe(1);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("Slagelse");
    expect(web.pageErrors).toEqual([]);
  });

  it("the cross-network overview shows the other members' trials and names Slagelse as missing", async () => {
    const page = web.page;
    await page.goto(`${gatewayUrl}/forsoeg`);
    await expect.poll(() => page.getByTestId("missing-members").textContent()).toContain("Slagelse");
    await expect.poll(() => page.locator("table tbody tr", { hasText: "Holbæk" }).count()).toBeGreaterThan(0);
    // Slagelse's rows say it is not answering, and link to no trial.
    expect(await page.locator("table tbody tr", { hasText: "Slagelse" }).getByRole("link").count()).toBe(0);
  });
});
