import { describe, expect, it } from "vitest";
import { members } from "@frikommune/members";
import { useBrowser } from "./support/browser.js";

const web = useBrowser();

describe("Netværket", () => {
  it("shows the members, the common exemptions, the theme-day plan with the challenges, the groups and the evaluation template", async () => {
    const page = await web.open("/");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Frikommunenetværket");
    for (const name of ["Medlemmer", "Fælles fritagelser", "Temadage", "Grupper", "Evalueringsskabelon"]) {
      expect(await page.getByRole("heading", { level: 2, name }).count(), name).toBe(1);
    }
    const listed = page.locator("#members-heading + ul > li");
    expect(await listed.count()).toBe(members.length);
    for (const { name } of members) {
      expect(await listed.getByRole("link", { name, exact: true }).count(), name).toBe(1);
    }
    expect(await page.locator("article.exemption").count()).toBe(4);
    expect(web.pageErrors).toEqual([]);
  });

  it("switches to English and back, keeping the data's own language and the dates' precision", async () => {
    const page = await web.open("/");
    await page.getByRole("button", { name: "English" }).click();
    expect(await page.getByRole("heading", { level: 2, name: "Members" }).count()).toBe(1);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByText("15 January 2016").count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Dansk" }).click();
    expect(await page.getByText("15. januar 2016").count()).toBeGreaterThan(0);
    expect(await page.locator("html").getAttribute("lang")).toBe("da");
  });

  it("has no serious or critical accessibility violations", async () => {
    await web.open("/");
    expect(await web.seriousViolations()).toEqual([]);
  });
});
