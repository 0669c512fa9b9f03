import { describe, expect, it } from "vitest";
import { loadMemberModule } from "@frikommune/gateway/subgraph-schemas";
import { members } from "@frikommune/members";
import { isOverdue } from "@frikommune/municipality-kit";
import { useTestGraph } from "./support/graph.js";
import { MINISTRY_QUERY } from "./support/queries.js";

const graph = useTestGraph();

/** What a member's data seeds: its trials, the common exemptions they use, and the milestones overdue today. */
async function seeded(slug: string) {
  const { trials } = (await loadMemberModule(slug)).data;
  return {
    trials: trials.length,
    codes: [...new Set(trials.flatMap((t) => t.exemptionCodes))].sort(),
    withMilestones: trials.some((t) => t.milestones.length > 0),
    overdue: trials.flatMap((t) => t.milestones).filter((m) => isOverdue(m.dueOn, m.state)).length,
  };
}

type Ministry = {
  municipalities: {
    slug: string;
    name: string;
    trialSummary: { total: number; overdueMilestones: number; byStatus: { status: string; count: number }[] };
    trials: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string }[];
      nodes: { id: string; title: string; status: string; municipality: { slug: string; name: string }; exemptions: { code: string; title: string; decision: string }[]; milestones: { title: string; dueOn: string | null; overdue: boolean }[] }[];
    };
  }[];
};

describe("the ministry's query through the gateway", () => {
  it("returns every member with its trials, their exemptions from the network and their milestones", async () => {
    const { data, errors } = await graph.query<Ministry>(MINISTRY_QUERY, { first: 100 });
    expect(errors).toBeUndefined();
    expect(data!.municipalities.map((m) => m.name)).toEqual(members.map((m) => m.name));
    for (const m of data!.municipalities) {
      const seed = await seeded(m.slug);
      expect(m.trials.totalCount).toBe(m.trialSummary.total);
      expect(m.trials.nodes).toHaveLength(m.trials.totalCount);
      expect(m.trials.nodes.every((t) => t.municipality.slug === m.slug && t.municipality.name === m.name)).toBe(true);
      // The common exemptions a)–d) each member's data gives its trials (the five applicants take part in all four).
      const codes = [...new Set(m.trials.nodes.flatMap((t) => t.exemptions.map((e) => e.code)))].sort();
      expect(codes, m.slug).toEqual(seed.codes);
      for (const insurance of m.trials.nodes.filter((t) => t.exemptions.some((e) => e.code === "D"))) {
        // d) is proposed like a)–c); the ministry's finding on the law is CommonExemption.legalFinding.
        expect(insurance.exemptions.find((e) => e.code === "D")).toMatchObject({ decision: "PROPOSED" });
        expect(insurance.exemptions[0]!.title).toMatch(/\S/);
      }
      expect(m.trials.nodes.some((t) => t.milestones.length > 0), m.slug).toBe(seed.withMilestones);
    }
  });

  it("summarises each member's trials by status, counting every status", async () => {
    const { data } = await graph.query<Ministry>(MINISTRY_QUERY, { first: 1 });
    for (const m of data!.municipalities) {
      const { total, byStatus, overdueMilestones } = m.trialSummary;
      expect(byStatus.map((s) => s.status)).toEqual(["IDEA", "APPLICATION_SENT", "APPROVED", "REJECTED", "ACTIVE", "COMPLETED", "STOPPED"]);
      expect(byStatus.reduce((sum, s) => sum + s.count, 0)).toBe(total);
      const seed = await seeded(m.slug);
      expect(total, m.slug).toBe(seed.trials);
      // Overdue as the data says: a plan the documents give without its outcome is not overdue.
      expect(overdueMilestones, m.slug).toBe(seed.overdue);
    }
  });

  it.each([
    ["status", { status: "IDEA" }, (t: { status: string }) => t.status === "IDEA"],
    ["status with no trials", { status: "COMPLETED" }, () => false],
    ["exemption code", { exemption: "D" }, (t: { exemptions: { code: string }[] }) => t.exemptions.some((e) => e.code === "D")],
    ["exemption code in lower case", { exemption: "b" }, (t: { exemptions: { code: string }[] }) => t.exemptions.some((e) => e.code === "B")],
  ])("filters by %s", async (_name, filter, keeps) => {
    const all = await graph.query<Ministry>(MINISTRY_QUERY, { first: 100 });
    const filtered = await graph.query<Ministry>(MINISTRY_QUERY, { first: 100, ...filter });
    expect(filtered.errors).toBeUndefined();
    for (const [i, m] of filtered.data!.municipalities.entries()) {
      const expected = all.data!.municipalities[i]!.trials.nodes.filter(keeps as (t: unknown) => boolean).map((t) => t.id);
      expect(m.trials.nodes.map((t) => t.id).sort()).toEqual(expected.sort());
      expect(m.trials.totalCount).toBe(expected.length);
    }
  });

  it.each(members.map((m) => m.slug))("walks every page of %s's trials without gaps or repeats", async (slug) => {
    const PAGE = /* GraphQL */ `query ($slug: ID!, $after: String) {
      municipality(slug: $slug) { trials(first: 2, after: $after) { totalCount nodes { id } edges { cursor } pageInfo { hasNextPage endCursor } } }
    }`;
    const all = await graph.query(`query ($slug: ID!) { municipality(slug: $slug) { trials(first: 100) { nodes { id } } } }`, { slug });
    const expected = all.data.municipality.trials.nodes.map((t: { id: string }) => t.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages <= expected.length; pages++) {
      const { data, errors }: { data?: any; errors?: unknown } = await graph.query(PAGE, { slug, after });
      expect(errors).toBeUndefined();
      const trials: any = data.municipality.trials;
      expect(trials.totalCount).toBe(expected.length);
      expect(trials.nodes.length).toBeLessThanOrEqual(2);
      seen.push(...trials.nodes.map((t: { id: string }) => t.id));
      if (!trials.pageInfo.hasNextPage) break;
      expect(trials.edges.at(-1).cursor).toBe(trials.pageInfo.endCursor);
      after = trials.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it.each([
    [{ first: 0 }, "first"],
    [{ first: 101 }, "first"],
    [{ after: "not-a-cursor" }, "after"],
  ])("refuses %j as BAD_USER_INPUT and keeps the rest of the answer", async (args, field) => {
    const { data, errors } = await graph.query<Ministry>(MINISTRY_QUERY, args);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|node_modules|127\.0\.0\.1/);
    expect(data!.municipalities).toHaveLength(members.length);
  });
});
