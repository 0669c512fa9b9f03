import { describe, expect, it } from "vitest";
import { members } from "@frikommune/members";
import { useTestGraph } from "./support/graph.js";
import { MINISTRY_QUERY } from "./support/queries.js";

const graph = useTestGraph();

describe("with one municipality's subgraph stopped", () => {
  it("the ministry's query still answers for the other members and names the missing subgraph", async () => {
    const before = await graph.query(MINISTRY_QUERY, { first: 100 });
    expect(before.errors).toBeUndefined();

    await graph.subgraphs.get("slagelse")!.stop();
    const { data, errors } = await graph.query(MINISTRY_QUERY, { first: 100 });

    const bySlug = Object.fromEntries(data.municipalities.map((m: { slug: string }) => [m.slug, m]));
    expect(Object.keys(bySlug)).toEqual(members.map((m) => m.slug));
    expect(bySlug.slagelse).toMatchObject({ name: "Slagelse", trials: null, trialSummary: null });
    for (const slug of members.map((m) => m.slug).filter((s) => s !== "slagelse")) {
      const earlier = before.data.municipalities.find((m: { slug: string }) => m.slug === slug);
      expect(bySlug[slug]).toEqual(earlier);
    }

    expect(errors).toContainEqual(expect.objectContaining({ extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "slagelse" } }));
    expect(JSON.stringify(errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|localhost|stacktrace/);
  });
});
