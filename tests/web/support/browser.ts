import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, type TestContext } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";

/** Where each test's screenshot is saved; CI keeps the folder as an artefact. */
export const ARTIFACTS = resolve(import.meta.dirname, "../../../.artifacts/screenshots");

/** Debian's Chromium (installed by .ci/run), never a browser a test tool downloads. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Flags that keep Chromium from reaching out to the internet, which a closed network refuses.
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export interface BrowserSession {
  /** The page of the current test: a fresh browser context (no token, no storage) for each test. */
  readonly page: Page;
  readonly url: string;
  /** Opens a path of the app and waits until its queries have settled. */
  open(path: string): Promise<Page>;
  /** Signs in with the development role picker, by the role's label ("redaktør for Holbæk"). */
  signIn(label: string): Promise<void>;
  /** axe-core over the page as it is now, WCAG 2.1 A and AA: the serious and critical violations. */
  seriousViolations(): Promise<{ id: string; impact: string | null | undefined; help: string; targets: string[] }[]>;
  /** Errors the page threw or the browser refused (e.g. by the content security policy). */
  readonly pageErrors: string[];
}

/** A browser for the tests of a file, and a fresh page for each test, screenshotted after it. */
export function useBrowser(): BrowserSession {
  const url = inject("webUrl");
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    pageErrors.length = 0;
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "da-DK", acceptDownloads: true });
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error" && /Refused to|Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
    });
  });
  afterEach(async (test: TestContext) => {
    const name = `${test.task.file?.name.replace(/^.*\//, "").replace(/\.test\.ts$/, "")}--${test.task.name}`.replace(/[^\wæøåÆØÅ-]+/g, "-");
    await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`), fullPage: true }).catch(() => {});
    await context.close();
  });
  const session: BrowserSession = {
    get page() {
      return page;
    },
    url,
    pageErrors,
    async open(path) {
      await page.goto(new URL(path, url).toString());
      await page.waitForLoadState("networkidle");
      return page;
    },
    async signIn(label) {
      await page.getByRole("button", { name: /^(Log ind|Sign in)$/ }).first().click();
      await page.getByLabel(/^(Rolle|Role)$/).selectOption({ label });
      await page.getByRole("form").getByRole("button", { name: /^(Log ind|Sign in)$/ }).click();
      await expect.poll(() => page.getByText(/Logget ind som|Signed in as/).count()).toBe(1);
      await page.waitForLoadState("networkidle");
    },
    async seriousViolations() {
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) }));
    },
  };
  return session;
}
