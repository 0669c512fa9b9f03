import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useBrowser } from "./support/browser.js";

const web = useBrowser();

/** Presses Tab until the focused element matches, as a keyboard user moves through the page. */
async function tabTo(page: Page, matches: (element: { text: string; href: string | null; tag: string }) => boolean, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { text: (el?.innerText || el?.getAttribute("aria-label") || "").trim(), href: el?.getAttribute("href") ?? null, tag: el?.tagName ?? "" };
    });
    if (matches(focused)) return;
  }
  throw new Error("Tab never reached the element");
}

describe("the keyboard alone", () => {
  it("skips to the content, signs in, opens a trial from the member's page and adds a milestone", async () => {
    const page = await web.open("/");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Spring til indhold");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");

    await tabTo(page, (e) => e.tag === "BUTTON" && e.text === "Log ind");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SELECT");
    // The picker starts at Holbæk's editor.
    await tabTo(page, (e) => e.tag === "BUTTON" && e.text === "Log ind");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByText("Logget ind som redaktør for Holbæk").count()).toBe(1);

    await tabTo(page, (e) => e.href === "/kommune/holbaek");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Holbæk");
    await page.waitForLoadState("networkidle");
    await tabTo(page, (e) => (e.href ?? "").startsWith("/kommune/holbaek/forsoeg/"));
    await page.keyboard.press("Enter");
    await expect.poll(() => page.url()).toContain("/kommune/holbaek/forsoeg/");
    await page.waitForLoadState("networkidle");

    await tabTo(page, (e) => e.tag === "BUTTON" && e.text === "Tilføj milepæl");
    await page.keyboard.press("Enter");
    // Opening the form moves the focus to its first field.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent)).toMatch(/^Titel/);
    await page.keyboard.type("Milepæl sat med tastaturet");
    await page.keyboard.press("Tab");
    await page.keyboard.type("2030-06");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("ol.timeline > li", { hasText: "Milepæl sat med tastaturet" }).count()).toBe(1);
    expect(await page.locator("ol.timeline > li", { hasText: "Milepæl sat med tastaturet" }).textContent()).toContain("frist juni 2030");
  });
});
