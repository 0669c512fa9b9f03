import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { members } from "@frikommune/members";
import { da as shared } from "../../packages/web/src/i18n/da.js";
import { da as own } from "../../packages/web/src/views/municipality/messages.js";
import { useBrowser } from "./support/browser.js";

const web = useBrowser();

/** The interface's Danish words, with their placeholders filled in, as the app says them. */
const words = { ...shared, ...own };
const say = (key: keyof typeof words, values: Record<string, string | number> = {}) =>
  words[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));

const normalise = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();
const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

interface Answer<T> {
  data?: T;
  errors?: { message: string; extensions?: { field?: string } }[];
}

/** The gateway itself, as any client calls it: what the page must agree with. */
async function api<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer<T>> {
  const response = await fetch(new URL("/graphql", web.url), {
    method: "POST",
    headers: { "content-type": "application/json", "x-graphql-csrf": "1", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer<T>;
}

async function editorToken(slug: string): Promise<string> {
  const response = await fetch(new URL("/auth/dev-token", web.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ role: "editor", municipality: slug }),
  });
  return ((await response.json()) as { token: string }).token;
}

interface Member {
  name: string;
  membershipCondition: string | null;
  councils: { id: string; name: string; kind: string; count: number | null; description: string | null; validFrom: string | null; validTo: string | null }[];
  policies: { id: string; title: string; kind: string; adoptedOn: string | null; summary: string | null; goals: string[] }[];
  trials: { totalCount: number; nodes: { id: string; title: string; status: string }[] };
}

const MEMBER = `
  query ($slug: ID!) {
    municipality(slug: $slug) {
      name membershipCondition
      councils { id name kind count description validFrom validTo }
      policies { id title kind adoptedOn summary goals }
      trials(first: 100) { totalCount nodes { id title status } }
    }
  }
`;

async function member(slug: string): Promise<Member> {
  const { data, errors } = await api<{ municipality: Member }>(MEMBER, { slug });
  expect(errors).toBeUndefined();
  return data!.municipality;
}

const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
const councilCards = (page: Page) => region(page, say("municipality.councils")).locator("ul.municipality-councils > li");
const policyCards = (page: Page) => region(page, say("municipality.policies")).locator("ul.municipality-policies > li");
const localPart = (page: Page, name: string) => region(page, say("municipality.local", { name }));

/** The message a field shows beside it: the element its aria-describedby names as its error. */
const fieldError = (field: Locator) =>
  field.evaluate((element) =>
    (element.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id))
      .filter((e) => e?.classList.contains("field-error"))
      .map((e) => e!.textContent)
      .join(" "),
  );

/** Waits until the page's own query has answered (the first section is there). */
async function openMember(slug: string): Promise<Page> {
  const page = await web.open(`/kommune/${slug}`);
  await expect.poll(() => page.getByRole("heading", { level: 2 }).count()).toBeGreaterThan(0);
  return page;
}

const editingControls = (page: Page) =>
  page.getByRole("button", { name: new RegExp(`^(${[say("municipality.newTrial"), say("municipality.newCouncil"), say("municipality.newPolicy"), say("municipality.edit")].join("|")})`) });

describe("Kommune", () => {
  it("shows each member's councils, policies and trials as the API has them, dates at their own precision", async () => {
    for (const { slug } of members) {
      const expected = await member(slug);
      const page = await openMember(slug);
      expect(normalise(await page.getByRole("heading", { level: 1 }).textContent())).toBe(expected.name);

      const councils = councilCards(page);
      expect(await councils.count(), slug).toBe(expected.councils.length);
      for (const council of expected.councils) {
        const card = councils.filter({ has: page.getByRole("heading", { level: 3, name: council.name, exact: true }) });
        expect(await card.count(), council.name).toBe(1);
        const text = normalise(await card.textContent());
        expect(text).toContain(say(`council.${council.kind}` as keyof typeof words));
        if (council.count != null) expect(text).toContain(say("municipality.count", { count: council.count }));
        if (council.description) expect(text).toContain(normalise(council.description));
      }

      const policies = policyCards(page);
      expect(await policies.count(), slug).toBe(expected.policies.length);
      for (const policy of expected.policies) {
        const card = policies.filter({ has: page.getByRole("heading", { level: 3, name: policy.title, exact: true }) });
        expect(await card.count(), policy.title).toBe(1);
        const text = normalise(await card.textContent());
        expect(text).toContain(say(`policy.${policy.kind}` as keyof typeof words));
        for (const goal of policy.goals) expect(text).toContain(normalise(goal));
        const month = /^(\d{4})-(\d{2})$/.exec(policy.adoptedOn ?? "");
        if (month) {
          // A month stays a month: "april 2012", never a made-up day.
          const asMonth = new Intl.DateTimeFormat("da-DK", { year: "numeric", month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
          expect(text).toContain(asMonth);
          expect(text).not.toMatch(new RegExp(`\\d+\\. ${asMonth}`));
        }
      }

      const rows = region(page, say("municipality.trials")).locator("tbody tr");
      expect(await rows.count(), slug).toBe(expected.trials.nodes.length);
      for (const trial of expected.trials.nodes) {
        const row = rows.filter({ has: page.getByRole("link", { name: trial.title, exact: true }) });
        expect(await row.count(), trial.title).toBe(1);
        expect(await row.getByRole("link").getAttribute("href")).toBe(`/kommune/${slug}/forsoeg/${encodeURIComponent(trial.id)}`);
        expect(normalise(await row.textContent())).toContain(say(`status.${trial.status}` as keyof typeof words));
      }

      if (expected.membershipCondition) expect(normalise(await page.locator("main").textContent())).toContain(normalise(expected.membershipCondition));
    }
    expect(web.pageErrors).toEqual([]);
  });

  it("shows Holbæk's meetings with their agenda items and decisions, its kommissorium, activities and report", async () => {
    const { data } = await api<{ municipality: {
      meetings: { name: string; agendaItems: { name: string; decision: string | null }[] }[];
      termsOfReference: { title: string; purpose: string; focusAreas: { title: string; question: string }[] };
      activities: { title: string; description: string | null }[];
      report: { title: string; recommendations: { text: string }[] };
    } }>(`{ municipality(slug: "holbaek") { ... on HolbaekMunicipality {
      meetings { name agendaItems { name decision } }
      termsOfReference { title purpose focusAreas { title question } }
      activities { title description }
      report { title recommendations { text } }
    } } }`);
    const holbaek = data!.municipality;
    expect(holbaek.meetings.length).toBeGreaterThan(0);
    const page = await openMember("holbaek");
    const local = localPart(page, "Holbæk");
    await expect.poll(() => local.getByRole("heading", { name: say("holbaek.meetings") }).count()).toBe(1);

    for (const meeting of holbaek.meetings) {
      const minutes = local.locator("article.meeting").filter({ has: page.getByRole("heading", { level: 4, name: meeting.name, exact: true }) });
      expect(await minutes.count(), meeting.name).toBe(1);
      const items = minutes.locator("article.agenda-item");
      expect(await items.count()).toBe(meeting.agendaItems.length);
      for (const item of meeting.agendaItems) {
        const entry = items.filter({ has: page.getByRole("heading", { level: 5, name: item.name }) });
        expect(await entry.count(), item.name).toBe(1);
        // The decision is beside its own item, whole (the minutes' lines kept).
        const decision = entry.locator(".decision");
        expect(normalise(await decision.textContent())).toContain(item.decision ? normalise(item.decision) : say("app.unknown"));
        if (item.decision?.includes("\n")) expect(await decision.locator(".lines").textContent()).toBe(item.decision);
      }
    }

    const terms = local.getByRole("heading", { level: 3, name: say("holbaek.termsOfReference") }).locator("..");
    const termsText = normalise(await terms.textContent());
    for (const text of [holbaek.termsOfReference.title, holbaek.termsOfReference.purpose, ...holbaek.termsOfReference.focusAreas.flatMap((f) => [f.title, f.question])]) {
      expect(termsText).toContain(normalise(text));
    }
    const activities = local.getByRole("heading", { level: 3, name: say("holbaek.activities") }).locator("..");
    for (const activity of holbaek.activities) {
      expect(await activities.getByRole("heading", { level: 4, name: activity.title, exact: true }).count(), activity.title).toBe(1);
      if (activity.description) expect(normalise(await activities.textContent())).toContain(normalise(activity.description));
    }
    const localText = normalise(await local.textContent());
    expect(localText).toContain(holbaek.report.title);
    for (const r of holbaek.report.recommendations) expect(localText).toContain(normalise(r.text));
    expect(web.pageErrors).toEqual([]);
  });

  it("shows Slagelse's citizen budgets, saying 'ukendt' where the sources give no amount or area", async () => {
    const { data } = await api<{ municipality: { citizenBudgets: { title: string; description: string; aims: string[]; amountDkk: number | null; area: string | null; trial: { id: string; title: string } | null }[] } }>(
      `{ municipality(slug: "slagelse") { ... on SlagelseMunicipality { citizenBudgets { title description aims amountDkk area trial { id title } } } } }`,
    );
    const budgets = data!.municipality.citizenBudgets;
    expect(budgets.length).toBeGreaterThan(0);
    const page = await openMember("slagelse");
    const local = localPart(page, "Slagelse");
    await expect.poll(() => local.locator("article.citizen-budget").count()).toBe(budgets.length);
    for (const budget of budgets) {
      const card = local.locator("article.citizen-budget").filter({ has: page.getByRole("heading", { level: 4, name: budget.title, exact: true }) });
      expect(await card.count(), budget.title).toBe(1);
      const text = normalise(await card.textContent());
      expect(text).toContain(normalise(budget.description));
      for (const aim of budget.aims) expect(text).toContain(aim);
      const fact = async (label: keyof typeof words) => normalise(await card.locator("dt", { hasText: say(label) }).locator("xpath=following-sibling::dd[1]").textContent());
      if (budget.amountDkk == null) expect(await fact("slagelse.budget")).toBe(say("app.unknown"));
      if (budget.area == null) expect(await fact("slagelse.area")).toBe(say("app.unknown"));
      if (budget.trial) expect(await card.getByRole("link", { name: budget.trial.title }).getAttribute("href")).toBe(`/kommune/slagelse/forsoeg/${encodeURIComponent(budget.trial.id)}`);
    }
    expect(web.pageErrors).toEqual([]);
  });

  it("shows the vision material of Nordfyn, Ringkøbing-Skjern and Assens", async () => {
    const { data } = await api<{
      nordfyn: { vision: { title: string; effectGoals: string[] }; activeCitizenshipPolicy: { ambition: string } };
      ringkobing: { vision: { redThread: string; tracks: { title: string }[] }; motivation: { reason: string }; cultureChange: { need: string } };
      assens: { medborgerraad: { role: string }; trialArenas: { name: string }[]; annualDialogue: { topics: string[] }; prerequisites: { currentPractice: string } };
    }>(`{
      nordfyn: municipality(slug: "nordfyn") { ... on NordfynMunicipality { vision { title effectGoals } activeCitizenshipPolicy { ambition } } }
      ringkobing: municipality(slug: "ringkobing-skjern") { ... on RingkobingSkjernMunicipality { vision { redThread tracks { title } } motivation { reason } cultureChange { need } } }
      assens: municipality(slug: "assens") { ... on AssensMunicipality { medborgerraad { role } trialArenas { name } annualDialogue { topics } prerequisites { currentPractice } } }
    }`);
    const { nordfyn, ringkobing, assens } = data!;
    const expectations: [slug: string, name: string, texts: string[]][] = [
      ["nordfyn", "Nordfyn", [nordfyn.vision.title, ...nordfyn.vision.effectGoals, nordfyn.activeCitizenshipPolicy.ambition]],
      ["ringkobing-skjern", "Ringkøbing-Skjern", [ringkobing.vision.redThread, ...ringkobing.vision.tracks.map((t) => t.title), ringkobing.motivation.reason, ringkobing.cultureChange.need]],
      ["assens", "Assens", [assens.medborgerraad.role, ...assens.trialArenas.map((a) => a.name), ...assens.annualDialogue.topics, assens.prerequisites.currentPractice]],
    ];
    for (const [slug, name, texts] of expectations) {
      const page = await openMember(slug);
      const local = localPart(page, name);
      await expect.poll(() => local.getByRole("heading", { level: 3 }).count(), { message: slug }).toBeGreaterThan(0);
      const text = normalise(await local.textContent());
      for (const expected of texts) expect(text, `${slug}: ${expected}`).toContain(normalise(expected));
    }
    expect(web.pageErrors).toEqual([]);
  });

  it("offers editing to an editor of Holbæk on Holbæk only, and to anonymous visitors nowhere", async () => {
    const holbaek = await member("holbaek");
    let page = await openMember("holbaek");
    expect(await editingControls(page).count()).toBe(0);

    await web.signIn("redaktør for Holbæk");
    for (const label of [say("municipality.newTrial"), say("municipality.newCouncil"), say("municipality.newPolicy")]) {
      const button = page.getByRole("button", { name: label, exact: true });
      expect(await button.count(), label).toBe(1);
      expect(await button.getAttribute("aria-expanded")).toBe("false");
    }
    expect(await page.getByRole("button", { name: say("municipality.edit") }).count()).toBe(holbaek.councils.length + holbaek.policies.length);
    expect(await page.getByRole("button", { name: say("municipality.editCouncil", { name: holbaek.councils[0]!.name }), exact: true }).count()).toBe(1);

    await page.getByRole("navigation").getByRole("link", { name: "Assens", exact: true }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Assens");
    await expect.poll(() => councilCards(page).count()).toBeGreaterThan(0);
    expect(await editingControls(page).count()).toBe(0);

    page = await openMember("assens");
    expect(await page.getByText(/Logget ind som/).count()).toBe(1);
    expect(await editingControls(page).count()).toBe(0);
    expect(web.pageErrors).toEqual([]);
  });

  it("creates a council by keyboard alone, and shows it at once", async () => {
    const page = await openMember("holbaek");
    await web.signIn("redaktør for Holbæk");
    const name = unique("Testråd");
    const open = page.getByRole("button", { name: say("municipality.newCouncil"), exact: true });
    await open.focus();
    await page.keyboard.press("Enter");
    expect(await open.getAttribute("aria-expanded")).toBe("true");
    const form = page.getByRole("form", { name: say("municipality.newCouncil") });
    // Opening moves the focus to the form's first field.
    expect(await form.getByRole("textbox", { name: say("form.name"), exact: true }).evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.type(name);
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    const kind = await form.getByRole("combobox", { name: say("form.kind"), exact: true }).inputValue();
    await page.keyboard.press("Tab");
    await page.keyboard.type("3");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Oprettet i en test.");
    await page.keyboard.press("Tab");
    await page.keyboard.type("2017");
    await page.keyboard.press("Tab");
    await page.keyboard.type("2018-06");
    await page.keyboard.press("Enter");

    await expect.poll(() => open.getAttribute("aria-expanded")).toBe("false");
    expect(await open.evaluate((e) => e === document.activeElement)).toBe(true);
    const card = councilCards(page).filter({ has: page.getByRole("heading", { level: 3, name, exact: true }) });
    await expect.poll(() => card.count()).toBe(1);
    const text = normalise(await card.textContent());
    expect(text).toContain(say(`council.${kind}` as keyof typeof words));
    expect(text).toContain(say("municipality.count", { count: 3 }));
    expect(text).toContain(say("municipality.valid", { from: "2017", to: "juni 2018" }));

    const saved = (await member("holbaek")).councils.find((c) => c.name === name);
    expect(saved).toMatchObject({ kind, count: 3, description: "Oprettet i en test.", validFrom: "2017", validTo: "2018-06" });
    expect(web.pageErrors).toEqual([]);
  });

  it("adopts a policy and edits it, and shows the change", async () => {
    const page = await openMember("holbaek");
    await web.signIn("redaktør for Holbæk");
    const title = unique("Testpolitik");
    await page.getByRole("button", { name: say("municipality.newPolicy"), exact: true }).click();
    const adopt = page.getByRole("form", { name: say("municipality.newPolicy") });
    await adopt.getByRole("textbox", { name: say("form.title"), exact: true }).fill(title);
    await adopt.getByRole("textbox", { name: say("form.summary"), exact: true }).fill("Vedtaget i en test.");
    await adopt.getByRole("textbox", { name: say("form.adoptedOn"), exact: true }).fill("2016-11");
    await adopt.getByRole("button", { name: say("form.create") }).click();
    const card = policyCards(page).filter({ has: page.getByRole("heading", { level: 3, name: title, exact: true }) });
    await expect.poll(() => card.count()).toBe(1);
    expect(normalise(await card.textContent())).toContain(say("municipality.adoptedOn", { on: "november 2016" }));

    const renamed = unique("Omdøbt politik");
    await card.getByRole("button", { name: say("municipality.editPolicy", { name: title }) }).click();
    const edit = page.getByRole("form", { name: say("municipality.editPolicy", { name: title }) });
    expect(await edit.getByRole("textbox", { name: say("form.title"), exact: true }).inputValue()).toBe(title);
    await edit.getByRole("textbox", { name: say("form.title"), exact: true }).fill(renamed);
    await edit.getByRole("textbox", { name: say("form.goals"), exact: true }).fill("Første mål\n\n  Andet mål  \n");
    await edit.getByRole("textbox", { name: say("form.adoptedBy"), exact: true }).fill("Holbæk Byråd");
    await edit.getByRole("button", { name: say("form.save") }).click();

    const edited = policyCards(page).filter({ has: page.getByRole("heading", { level: 3, name: renamed, exact: true }) });
    await expect.poll(() => edited.count()).toBe(1);
    expect(await policyCards(page).filter({ has: page.getByRole("heading", { level: 3, name: title, exact: true }) }).count()).toBe(0);
    expect(await edited.locator("ul li").allTextContents()).toEqual(["Første mål", "Andet mål"]);
    expect(normalise(await edited.textContent())).toContain(say("municipality.adopted", { on: "november 2016", by: "Holbæk Byråd" }));

    const saved = (await member("holbaek")).policies.find((p) => p.title === renamed);
    expect(saved).toMatchObject({ goals: ["Første mål", "Andet mål"], adoptedOn: "2016-11", summary: "Vedtaget i en test." });
    expect(web.pageErrors).toEqual([]);
  });

  it("shows a bad input beside its field without sending it, and the API's error beside the field it names", async () => {
    const page = await openMember("holbaek");
    await web.signIn("redaktør for Holbæk");
    const sent: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/graphql") && request.postData()?.includes("MunicipalityCreateCouncil")) sent.push(request.postData()!);
    });
    await page.getByRole("button", { name: say("municipality.newCouncil"), exact: true }).click();
    const form = page.getByRole("form", { name: say("municipality.newCouncil") });
    const nameField = form.getByRole("textbox", { name: say("form.name"), exact: true });
    const from = form.getByRole("textbox", { name: say("form.validFrom"), exact: true });
    const to = form.getByRole("textbox", { name: say("form.validTo"), exact: true });
    await nameField.fill("X");
    await from.fill("2016-1");
    await form.getByRole("button", { name: say("form.create") }).click();
    await expect.poll(() => fieldError(nameField)).toBe(say("form.length", { min: 2, max: 200 }));
    expect(await fieldError(from)).toBe(say("form.date"));
    expect(await nameField.getAttribute("aria-invalid")).toBe("true");
    // The focus goes to the first field that says what is wrong.
    expect(await nameField.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(sent).toEqual([]);

    // A period that ends before it starts passes the form's own checks; the API refuses it and names the field.
    const name = unique("Ugyldigt råd");
    const refusal = await api<unknown>(`mutation ($input: CouncilInput!) { createHolbaekCouncil(input: $input) { id } }`, { input: { name, kind: "FORUM", validFrom: "2016", validTo: "2015" } }, await editorToken("holbaek"));
    const apiError = refusal.errors?.find((e) => e.extensions?.field === "input.validTo");
    expect(apiError).toBeDefined();
    await nameField.fill(name);
    await from.fill("2016");
    await to.fill("2015");
    await form.getByRole("button", { name: say("form.create") }).click();
    await expect.poll(() => fieldError(to)).toBe(apiError!.message);
    expect(await fieldError(nameField)).toBe("");
    expect(await fieldError(from)).toBe("");
    expect(sent).toHaveLength(1);
    expect((await member("holbaek")).councils.some((c) => c.name === name)).toBe(false);

    // The trial form checks its own fields the same way.
    await page.getByRole("button", { name: say("municipality.newTrial"), exact: true }).click();
    const trial = page.getByRole("form", { name: say("municipality.newTrial") });
    await trial.getByRole("textbox", { name: say("form.title"), exact: true }).fill("ab");
    await trial.getByRole("button", { name: say("form.create") }).click();
    await expect.poll(() => fieldError(trial.getByRole("textbox", { name: say("form.title"), exact: true }))).toBe(say("form.length", { min: 3, max: 200 }));
    expect(await fieldError(trial.getByRole("textbox", { name: say("form.purpose"), exact: true }))).toBe(say("form.required"));
    expect(web.pageErrors).toEqual([]);
  });

  it("creates a trial and ends on its page, with the new trial in the member's list", async () => {
    const page = await openMember("holbaek");
    await web.signIn("redaktør for Holbæk");
    const { data } = await api<{ exemptions: { code: string; title: string }[] }>(`{ exemptions { code title } }`);
    const exemption = data!.exemptions[0]!;
    const owner = (await member("holbaek")).councils[0]!;
    const title = unique("Testforsøg");

    await page.getByRole("button", { name: say("municipality.newTrial"), exact: true }).click();
    const form = page.getByRole("form", { name: say("municipality.newTrial") });
    await form.getByRole("textbox", { name: say("form.title"), exact: true }).fill(title);
    await form.getByRole("textbox", { name: say("form.purpose"), exact: true }).fill("Afprøvet i en test.");
    await form.getByRole("checkbox", { name: `${exemption.code}) ${exemption.title}` }).check();
    await form.getByRole("textbox", { name: say("form.validFrom"), exact: true }).fill("2017-03");
    await form.getByRole("combobox", { name: say("municipality.form.owner"), exact: true }).selectOption({ label: owner.name });
    await form.getByRole("button", { name: say("form.create") }).click();

    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/kommune\/holbaek\/forsoeg\/[^/]+$/);
    const id = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
    const created = await api<{ holbaekTrial: { title: string; purpose: string; status: string; validFrom: string; exemptions: { code: string }[]; ownerCouncil: { id: string } } }>(
      `query ($id: ID!) { holbaekTrial(id: $id) { title purpose status validFrom exemptions { code } ownerCouncil { id } } }`,
      { id },
    );
    expect(created.data?.holbaekTrial).toEqual({ title, purpose: "Afprøvet i en test.", status: "IDEA", validFrom: "2017-03", exemptions: [{ code: exemption.code }], ownerCouncil: { id: owner.id } });

    await page.goBack();
    await expect.poll(() => region(page, say("municipality.trials")).getByRole("link", { name: title, exact: true }).count()).toBe(1);
    expect(web.pageErrors).toEqual([]);
  });

  it("switches to English, keeping the data in Danish and marked so", async () => {
    const page = await openMember("holbaek");
    await page.getByRole("button", { name: "English" }).click();
    expect(await page.getByRole("heading", { level: 2, name: "Councils and committees" }).count()).toBe(1);
    const first = (await member("holbaek")).councils[0]!;
    expect(await page.getByRole("heading", { level: 3, name: first.name, exact: true }).getAttribute("lang")).toBe("da");
    expect(await page.getByRole("heading", { level: 2, name: "What is particular to Holbæk" }).count()).toBe(1);
    expect(web.pageErrors).toEqual([]);
  });

  it("has no serious or critical accessibility violations, signed in with every form open", async () => {
    const page = await openMember("holbaek");
    await web.signIn("redaktør for Holbæk");
    for (const label of [say("municipality.newCouncil"), say("municipality.newPolicy"), say("municipality.newTrial")]) {
      await page.getByRole("button", { name: label, exact: true }).click();
    }
    await councilCards(page).first().getByRole("button", { name: say("municipality.edit") }).click();
    await policyCards(page).first().getByRole("button", { name: say("municipality.edit") }).click();
    // One form showing its errors too.
    await page.getByRole("form", { name: say("municipality.newCouncil") }).getByRole("button", { name: say("form.create") }).click();
    await expect.poll(() => page.getByRole("form").count()).toBe(5);
    await page.locator("details").first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    expect(await web.seriousViolations()).toEqual([]);
    expect(web.pageErrors).toEqual([]);
  });

  it("has no serious or critical accessibility violations on any member's page", async () => {
    for (const { slug } of members) {
      await openMember(slug);
      expect(await web.seriousViolations(), slug).toEqual([]);
    }
    expect(web.pageErrors).toEqual([]);
  });
});
