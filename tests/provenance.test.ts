import { readFileSync } from "node:fs";
import { buildSchema, getNamedType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { members } from "@frikommune/members";
import { as, type Caller } from "./support/callers.js";
import { withClient } from "./support/database.js";
import { useTestGraph } from "./support/graph.js";
import { unsourcedRows } from "./support/sources.js";

const graph = useTestGraph();
const api = buildSchema(readFileSync(new URL("../gateway/api-schema.graphql", import.meta.url), "utf8"));
const schemas = ["network", ...members.map((m) => m.slug.replace(/-/g, "_"))];

/** Types whose rows only ever come from writes, never from the documents. */
const WRITTEN_ONLY: Record<string, string> = {
  Evaluation: "recorded by a member's editor against the template",
};

describe("where each fact comes from", () => {
  it("every row a freshly started graph holds was seeded from the documents and has a source", async () => {
    await withClient(graph.databaseUrl, async (client) => {
      const { tables, unsourced } = await unsourcedRows(client, schemas);
      expect(tables).toBeGreaterThan(schemas.length * 4);
      expect(unsourced).toEqual([]);
      for (const schema of schemas) {
        const { rows } = await client.query(`select count(*)::int as n from "${schema}".source where length(quote) > 300 or length(quote) = 0`);
        expect(rows[0].n, schema).toBe(0);
      }
    });
  });

  it("every type with an id answers `sources` and `history`, unless only writes create it", () => {
    const missing = Object.values(api.getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith("__") && "id" in t.getFields() && !(t.name in WRITTEN_ONLY))
      .filter((t) => isObjectType(t) && !("sources" in t.getFields() && "history" in t.getFields()))
      .map((t) => t.name);
    expect(missing).toEqual([]);
    const source = api.getType("Source");
    expect(isObjectType(source) && Object.keys(source.getFields())).toEqual(["document", "location", "quote"]);
    const trial = api.getType("HolbaekTrial");
    expect(isObjectType(trial) && getNamedType(trial.getFields().sources!.type).name).toBe("Source");
  });

  it("lists the five documents with their metadata, and each source names one of them", async () => {
    const { data, errors } = await graph.query(`{ sourceDocuments { key kind title issuer issuedOn }
      municipalities { slug councils { name sources { location quote document { key title } } } } }`);
    expect(errors).toBeUndefined();
    expect(data.sourceDocuments.map((d: { kind: string }) => d.kind).sort()).toEqual(["APPLICATION", "MINUTES", "REPORT", "TERMS_OF_REFERENCE", "WEB_PAGE"]);
    expect(data.sourceDocuments.find((d: { kind: string }) => d.kind === "MINUTES").issuedOn).toBe("2015-03-24");
    const keys = new Set(data.sourceDocuments.map((d: { key: string }) => d.key));
    for (const m of data.municipalities) {
      for (const c of m.councils) {
        expect(c.sources.length, `${m.slug} ${c.name}`).toBeGreaterThan(0);
        for (const s of c.sources) expect(keys.has(s.document.key)).toBe(true);
      }
    }
  });

  it("an entity a write creates has no source but its audit trail, and an edited seeded one keeps its sources", async () => {
    const editor: Caller = ["editor", "nordfyn"];
    const created = await as(graph, editor, `mutation { createNordfynTrial(input: { title: "Lokalrådenes rolle", purpose: "Afprøve", exemptionCodes: [] }) { id sources { quote } history { action role municipality at } } }`);
    expect(created.errors).toBeUndefined();
    expect(created.data.createNordfynTrial.sources).toEqual([]);
    expect(created.data.createNordfynTrial.history).toMatchObject([{ action: "create", role: "editor", municipality: "nordfyn" }]);

    const seeded = await graph.query(`{ municipality(slug: "nordfyn") { trials(first: 1, exemption: "B") { nodes { id history { action } sources { quote } } } } }`);
    const trial = seeded.data.municipality.trials.nodes[0];
    expect(trial.history).toEqual([]);
    const edited = await as(graph, editor, `mutation ($id: ID!) { setNordfynTrialStatus(id: $id, status: APPLICATION_SENT) { history { action } sources { quote } } }`, { id: trial.id });
    expect(edited.errors).toBeUndefined();
    expect(edited.data.setNordfynTrialStatus.history).toEqual([{ action: "setStatus" }]);
    expect(edited.data.setNordfynTrialStatus.sources).toEqual(trial.sources);
  });
});

describe("milestones say what is known of them", () => {
  const SUMMARY = `{ municipalities { slug trialSummary { overdueMilestones } } }`;

  it("the ministry's summary on the documents' data shows no overdue milestones: their plans are of unknown outcome", async () => {
    const { data, errors } = await graph.query(SUMMARY);
    expect(errors).toBeUndefined();
    expect(data.municipalities.map((m: { trialSummary: { overdueMilestones: number } }) => m.trialSummary.overdueMilestones)).toEqual(members.map(() => 0));
    const plan = await graph.query(`{ municipality(slug: "slagelse") { trials(first: 1, exemption: "A") { nodes { milestones { title dueOn state overdue sources { quote } } } } } }`);
    const milestones = plan.data.municipality.trials.nodes[0].milestones;
    expect(milestones.map((m: { state: string; overdue: boolean }) => [m.state, m.overdue])).toEqual(milestones.map(() => ["UNKNOWN", false]));
    expect(milestones[1]).toMatchObject({ dueOn: "2016-11" });
    expect(milestones[1].sources[0].quote).toContain("november 2016");
  });

  it("counts a milestone as overdue once it is known not to be done, and not when its outcome is unknown", async () => {
    const editor: Caller = ["editor", "slagelse"];
    const plan = await graph.query(`{ municipality(slug: "slagelse") { trials(first: 1, exemption: "C") { nodes { milestones { id } } } } }`);
    const [first, second, third] = plan.data.municipality.trials.nodes[0].milestones.map((m: { id: string }) => m.id);
    const set = (id: string, state: string) => as(graph, editor, `mutation ($id: ID!, $state: MilestoneState!) { setSlagelseMilestoneState(id: $id, state: $state) { state overdue } }`, { id, state });
    const overdue = async () => (await graph.query(`{ municipality(slug: "slagelse") { trialSummary { overdueMilestones } } }`)).data.municipality.trialSummary.overdueMilestones;

    expect((await set(first, "NOT_DONE")).data.setSlagelseMilestoneState).toEqual({ state: "NOT_DONE", overdue: true });
    expect(await overdue()).toBe(1);
    const done = await as(graph, editor, `mutation ($id: ID!) { completeSlagelseMilestone(id: $id, completedOn: "2016-11") { state completedOn overdue } }`, { id: second });
    expect(done.data.completeSlagelseMilestone).toEqual({ state: "DONE", completedOn: "2016-11", overdue: false });
    expect(await overdue()).toBe(1);
    expect((await set(first, "UNKNOWN")).data.setSlagelseMilestoneState).toEqual({ state: "UNKNOWN", overdue: false });
    expect(await overdue()).toBe(0);

    const refused = await set(third, "DONE");
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "state" });
    const again = await set(second, "PLANNED");
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });
});
