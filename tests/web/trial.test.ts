import { describe, expect, it } from "vitest";
import { useBrowser } from "./support/browser.js";
import { api } from "./support/api.js";

const web = useBrowser();

/** A fresh Holbæk trial, made through the API, for a test of its own. */
async function newTrial(title: string, slug = "holbaek", prefix = "Holbaek"): Promise<string> {
  const data = await api(`mutation ($input: CreateTrialInput!) { t: create${prefix}Trial(input: $input) { id } }`, { input: { title, purpose: "At prøve noget nyt sammen med borgerne.", exemptionCodes: ["B"] } }, ["editor", slug]);
  return data.t.id;
}

describe("Forsøg", () => {
  it("shows a seeded trial's purpose, exemptions and milestone timeline, in the data's precision, to anyone", async () => {
    const { municipality } = await api(`{ municipality(slug: "holbaek") { trials(first: 1) { nodes { id title purpose milestones { title } exemptions { code } } } } }`);
    const trial = municipality.trials.nodes[0];
    const page = await web.open(`/kommune/holbaek/forsoeg/${trial.id}`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(trial.title);
    expect(await page.getByText(trial.purpose).count()).toBe(1);
    const timeline = page.locator("ol.timeline > li");
    expect(await timeline.count()).toBe(trial.milestones.length);
    for (const m of trial.milestones) expect(await timeline.getByText(m.title, { exact: true }).count()).toBe(1);
    expect(await page.locator("#exemptions-heading + ul > li").count()).toBe(trial.exemptions.length);
    // Anonymous visitors are offered nothing to change, and no history.
    expect(await page.getByRole("button", { name: /Tilføj milepæl|Registrér evaluering|Flyt til/ }).count()).toBe(0);
    expect(await page.getByRole("heading", { name: "Historik" }).count()).toBe(0);
    expect(web.pageErrors).toEqual([]);
  });

  it("lets Holbæk's editor move the status along the life cycle, add and complete a milestone and record an evaluation, with history", async () => {
    const id = await newTrial("Borgerbudget i landsbyerne");
    const page = await web.open(`/kommune/holbaek/forsoeg/${id}`);
    await web.signIn("redaktør for Holbæk");
    // Only the moves the life cycle allows from IDEA.
    expect(await page.getByRole("button", { name: /^Flyt til/ }).allTextContents()).toEqual(["Flyt til Ansøgning sendt"]);
    await page.getByRole("button", { name: "Flyt til Ansøgning sendt" }).click();
    await expect.poll(() => page.getByRole("button", { name: /^Flyt til/ }).allTextContents()).toEqual(["Flyt til Godkendt", "Flyt til Afvist"]);

    await page.getByRole("button", { name: "Tilføj milepæl" }).click();
    const milestoneForm = page.getByRole("form", { name: "Tilføj milepæl" });
    await milestoneForm.getByLabel("Titel").fill("Første borgermøde");
    await milestoneForm.getByLabel("Frist").fill("2017-03");
    await milestoneForm.getByRole("button", { name: "Tilføj milepæl" }).click();
    const item = page.locator("ol.timeline > li", { hasText: "Første borgermøde" });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain("frist marts 2017");

    await item.getByRole("button", { name: "Markér som gennemført: Første borgermøde" }).click();
    await item.getByLabel("Gennemført den").fill("2017-04-02");
    await item.getByRole("button", { name: "Gem" }).click();
    await expect.poll(() => item.textContent()).toContain("gennemført 2. april 2017");

    await page.getByRole("button", { name: "Registrér evaluering" }).click();
    const evaluation = page.getByRole("form", { name: "Registrér evaluering" });
    const { evaluationTemplate } = await api(`{ evaluationTemplate { dimensions { code title } } }`);
    for (const d of evaluationTemplate.dimensions) await evaluation.getByLabel(d.title).fill(`Svar om ${d.title.toLowerCase()}`);
    await evaluation.getByLabel("Dato").fill("2017-12");
    await evaluation.getByRole("button", { name: "Registrér evaluering" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 3, name: "Registreret december 2017" }).count()).toBe(1);

    const data = await api(`query ($id: ID!) { holbaekTrial(id: $id) { status milestones { title state completedOn } evaluations { answers { dimension } } } }`, { id });
    expect(data.holbaekTrial.status).toBe("APPLICATION_SENT");
    expect(data.holbaekTrial.milestones).toEqual([{ title: "Første borgermøde", state: "DONE", completedOn: "2017-04-02" }]);
    expect(data.holbaekTrial.evaluations[0].answers).toHaveLength(evaluationTemplate.dimensions.length);
    // The editor sees the trial's versions, field by field: its creation and the change of status.
    await expect.poll(() => page.locator("ol.versions > li").count()).toBe(2);
    expect(await page.locator("ol.versions").textContent()).toMatch(/status: IDEA → APPLICATION_SENT/);
    expect(await web.seriousViolations()).toEqual([]);
    expect(web.pageErrors).toEqual([]);
  });

  it("shows the form's own errors, and the API's beside the field it names", async () => {
    const id = await newTrial("Lokalråd med egne midler");
    const page = await web.open(`/kommune/holbaek/forsoeg/${id}`);
    await web.signIn("redaktør for Holbæk");
    await page.getByRole("button", { name: "Tilføj milepæl" }).click();
    const form = page.getByRole("form", { name: "Tilføj milepæl" });
    await form.getByLabel("Titel").fill("Ab");
    await form.getByLabel("Frist").fill("marts");
    await form.getByRole("button", { name: "Tilføj milepæl" }).click();
    expect(await form.getByText("Skal være 3–200 tegn.").count()).toBe(1);
    expect(await form.getByText("Skriv datoen som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.").count()).toBe(1);
    expect(await form.getByLabel("Titel").getAttribute("aria-invalid")).toBe("true");
    // A month that does not exist passes the form's pattern; the API refuses it and names the field.
    await form.getByLabel("Titel").fill("Evaluering af lokalrådene");
    await form.getByLabel("Frist").fill("2017-13");
    await form.getByRole("button", { name: "Tilføj milepæl" }).click();
    const dueOn = form.getByLabel("Frist");
    await expect.poll(() => dueOn.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await dueOn.getAttribute("aria-describedby"))!.split(" ");
    const message = await page.locator(`[id="${describedBy.at(-1)}"]`).textContent();
    expect(message).toMatch(/input\.dueOn/);
    expect(await page.locator("ol.timeline > li").count()).toBe(0);
  });

  it("offers Holbæk's editor nothing to change on an Assens trial, and the API refuses it there all the same", async () => {
    const id = await newTrial("Medborgerråd i Assens", "assens", "Assens");
    const page = await web.open(`/kommune/assens/forsoeg/${id}`);
    await web.signIn("redaktør for Holbæk");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Medborgerråd i Assens");
    expect(await page.getByRole("button", { name: /Tilføj milepæl|Registrér evaluering|Flyt til|Markér som gennemført/ }).count()).toBe(0);
    // The public history (who changed it, when) is for everyone; the versions, field by field, are not for Holbæk here.
    expect(await page.locator("ol.versions").count()).toBe(0);
    await expect(api(`mutation ($id: ID!) { setAssensTrialStatus(id: $id, status: APPLICATION_SENT) { id } }`, { id }, ["editor", "holbaek"])).rejects.toThrow(/not allow/);
  });

  it("shows the ministry a trial's history but offers it no editing", async () => {
    const id = await newTrial("Nærdemokrati på tværs");
    await api(`mutation ($id: ID!) { setHolbaekTrialStatus(id: $id, status: APPLICATION_SENT) { id } }`, { id }, ["editor", "holbaek"]);
    const page = await web.open(`/kommune/holbaek/forsoeg/${id}`);
    await web.signIn("ministeriet");
    await expect.poll(() => page.locator("ol.versions > li").count()).toBe(2);
    expect(await page.getByRole("button", { name: /Tilføj milepæl|Flyt til/ }).count()).toBe(0);
  });
});
