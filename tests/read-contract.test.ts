import { describe, expect, it } from "vitest";
import { loadMemberModule } from "@frikommune/gateway/subgraph-schemas";
import { fieldPrefix, members } from "@frikommune/members";
import { DOCUMENTED_MEMBERS } from "@frikommune/subgraph-network";
import { useTestGraph } from "./support/graph.js";

const graph = useTestGraph();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
type Case = [what: string, query: string, check: (data: any) => void];

/** What a frontend reads, one row per question, answered through the gateway. */
const cases: Case[] = [
  ["the network, its theme, period and members", `{ network { id name theme periodFrom periodTo invitedOn coordinator { role name } ministryContacts { name title office organisation } members { slug name } } }`, ({ network }) => {
    expect(network.id).toMatch(UUID);
    expect(network.theme).toBe("Øget borgerinvolvering og samskabelse");
    expect([network.periodFrom, network.periodTo, network.invitedOn]).toEqual([2016, 2019, "2016-01-15"]);
    expect(network.coordinator.role).toMatch(/kontakt/i);
    expect(network.coordinator.name).toBeNull();
    expect(network.ministryContacts).toEqual([
      { name: "Linea Birch Hansen", title: "Specialkonsulent", office: "Udgifter", organisation: null },
      { name: "Helena Elisabeth Ravn", title: "Fuldmægtig", office: "Opgaver og Struktur", organisation: null },
      { name: null, title: null, office: "Finansiering", organisation: "Indenrigs- og Boligministeriet" },
    ]);
    expect(network.members.map((m: { name: string }) => m.name)).toEqual(members.map((m) => m.name));
  }],
  ["every member as its own type", `{ municipalities { __typename id slug name } }`, ({ municipalities }) => {
    expect(municipalities.map((m: { __typename: string }) => m.__typename)).toEqual(members.map((m) => `${m.typePrefix}Municipality`));
    expect(municipalities.every((m: { id: string }) => UUID.test(m.id))).toBe(true);
  }],
  ["a member by slug, with the condition on its membership", `{ municipality(slug: "assens") { name membershipCondition conditionDecidedOn conditionDecisionScheduledOn conditionCertainty } }`, ({ municipality }) => {
    expect(municipality).toMatchObject({ name: "Assens", conditionDecidedOn: null, conditionDecisionScheduledOn: "2016-06-01", conditionCertainty: "SCHEDULED" });
    expect(municipality.membershipCondition).toMatch(/byråd/i);
  }],
  ["a slug that no member can have", `{ municipality(slug: "not a member!") { name } }`, ({ municipality }) => {
    expect(municipality).toBeNull();
  }],
  ["the four common exemptions, all proposed; for D the ministry found no legal basis in April 2016", `{ exemptions { id code title decision decidedOn decisionNote legalFinding { kind foundOn } createdAt updatedAt } }`, ({ exemptions }) => {
    expect(exemptions.every((e: { createdAt: string }) => !Number.isNaN(Date.parse(e.createdAt)))).toBe(true);
    expect(exemptions.map((e: { code: string }) => e.code)).toEqual(["A", "B", "C", "D"]);
    expect(exemptions.every((e: { decision: string }) => e.decision === "PROPOSED")).toBe(true);
    expect(exemptions[3]).toMatchObject({ decidedOn: null, legalFinding: { kind: "NO_LEGAL_BASIS", foundOn: "2016-04" } });
    expect(exemptions[3].title).toMatch(/forsikring/i);
  }],
  ["one exemption by code, in any case", `{ exemption(code: "d") { code decision } }`, ({ exemption }) => {
    expect(exemption).toEqual({ code: "D", decision: "PROPOSED" });
  }],
  ["an unknown exemption code", `{ exemption(code: "E") { code } }`, ({ exemption }) => {
    expect(exemption).toBeNull();
  }],
  ["no theme day is held yet: the application plans 1–2 a year, and members state challenges they can bring", `{ themeDays { id } network { themeDayPlan { perYear certainty } } challenges { themeDay { id } municipality { slug } } }`, ({ themeDays, network, challenges }) => {
    expect(themeDays).toEqual([]);
    expect(network.themeDayPlan).toEqual({ perYear: "1–2", certainty: "EXPECTED" });
    expect(challenges.map((c: { municipality: { slug: string } }) => c.municipality.slug)).toEqual(["holbaek", "nordfyn", "ringkobing-skjern"]);
    expect(challenges.every((c: { themeDay: unknown }) => c.themeDay === null)).toBe(true);
  }],
  ["the groups, with one coordinator per member the documents name in the coordination group", `{ groups { name kind optional members { role municipality { slug } } } }`, ({ groups }) => {
    const kinds = groups.map((g: { kind: string }) => g.kind);
    expect(kinds).toEqual(expect.arrayContaining(["POLITICAL_ANCHORING", "STEERING_GROUP", "NETWORK_GROUP", "COORDINATION_GROUP", "POLITICAL_REFERENCE_GROUP", "ADMINISTRATIVE_REFERENCE_GROUP"]));
    const coordination = groups.find((g: { kind: string }) => g.kind === "COORDINATION_GROUP");
    expect(coordination.members.map((m: { municipality: { slug: string } }) => m.municipality.slug)).toEqual(DOCUMENTED_MEMBERS);
    expect(groups.filter((g: { optional: boolean }) => g.optional).map((g: { kind: string }) => g.kind).sort()).toEqual(["ADMINISTRATIVE_REFERENCE_GROUP", "MAYORS_EXCHANGE", "NETWORK_GROUP", "POLITICAL_REFERENCE_GROUP"]);
  }],
  ["the uniform evaluation template", `{ evaluationTemplate { name dimensions { code title question } } }`, ({ evaluationTemplate }) => {
    expect(evaluationTemplate.dimensions.map((d: { code: string }) => d.code)).toEqual(["EFFECTS", "LEGAL_CERTAINTY", "ECONOMIC_CONSEQUENCES", "ADMINISTRATIVE_CONSEQUENCES"]);
    expect(evaluationTemplate.dimensions[1].title).toMatch(/retssikkerhed/i);
  }],
  ["Holbæk's 17 lokalfora and its § 17, stk. 4-committee", `{ municipality(slug: "holbaek") { councils { __typename id name kind count validFrom validTo } } }`, ({ municipality }) => {
    const councils = municipality.councils;
    expect(councils.every((c: { __typename: string; id: string }) => c.__typename === "HolbaekLocalCouncil" && UUID.test(c.id))).toBe(true);
    expect(councils).toContainEqual(expect.objectContaining({ kind: "LOKALFORUM", count: 17 }));
    expect(councils).toContainEqual(expect.objectContaining({ kind: "PARAGRAF_17_STK_4_UDVALG", name: expect.stringMatching(/Projektudvalget for lokal udvikling/) }));
  }],
  ["Nordfyn's 13 lokalråd and the nine effect goals of its vision", `{ municipality(slug: "nordfyn") { councils { kind count } policies { kind goals } } }`, ({ municipality }) => {
    expect(municipality.councils).toContainEqual(expect.objectContaining({ kind: "LOKALRAAD", count: 13 }));
    expect(municipality.policies.some((p: { goals: string[] }) => p.goals.length === 9)).toBe(true);
  }],
  ["Assens' Medborgerråd and its standing committee", `{ municipality(slug: "assens") { councils { name kind } policies { title } } }`, ({ municipality }) => {
    expect(municipality.councils).toContainEqual({ name: "Medborgerrådet", kind: "MEDBORGERRAAD" });
    expect(municipality.councils).toContainEqual({ name: "Innovations- og Medborgerskabsudvalget", kind: "STAAENDE_UDVALG" });
    expect(municipality.policies.map((p: { title: string }) => p.title).join(" ")).toMatch(/Sammen er vi bedst/);
  }],
  ["Ringkøbing-Skjern's 2014 vision", `{ municipality(slug: "ringkobing-skjern") { policies { kind adoptedOn } } }`, ({ municipality }) => {
    expect(municipality.policies).toContainEqual({ kind: "VISION", adoptedOn: "2014" });
  }],
  ["Slagelse's local trials, owned by its § 17, stk. 4-committee", `{ municipality(slug: "slagelse") { trials(first: 100) { nodes { title exemptions { code } ownerCouncil { name kind } } } } }`, ({ municipality }) => {
    const local = municipality.trials.nodes.filter((t: { exemptions: unknown[] }) => t.exemptions.length === 0);
    expect(local.length).toBeGreaterThan(0);
    expect(local.every((t: { ownerCouncil: { kind: string } }) => t.ownerCouncil?.kind === "PARAGRAF_17_STK_4_UDVALG")).toBe(true);
  }],
  ["a trial's municipality, resolved by the network", `{ municipality(slug: "nordfyn") { trials(first: 1) { nodes { __typename id municipality { __typename name } } } } }`, ({ municipality }) => {
    const [trial] = municipality.trials.nodes;
    expect(trial).toMatchObject({ __typename: "NordfynTrial", municipality: { __typename: "NordfynMunicipality", name: "Nordfyn" } });
    expect(trial.id).toMatch(UUID);
  }],
];

describe("reading the graph through the gateway", () => {
  it.each(cases)("%s", async (_what, query, check) => {
    const { data, errors } = await graph.query(query);
    expect(errors).toBeUndefined();
    check(data);
  });

  it.each(members.map((m) => [m.name, m] as const))("%s answers every Municipality field, with as many councils, policies and trials as its data has", async (_name, member) => {
    const { data: seed } = await loadMemberModule(member.slug);
    const { data, errors } = await graph.query(`query ($slug: ID!) { municipality(slug: $slug) { __typename slug name councils { id } policies { id } trials { totalCount } trialSummary { total } } }`, { slug: member.slug });
    expect(errors).toBeUndefined();
    expect(data.municipality).toEqual({
      __typename: `${member.typePrefix}Municipality`,
      slug: member.slug,
      name: member.name,
      councils: seed.councils.map(() => ({ id: expect.stringMatching(UUID) })),
      policies: seed.policies.map(() => ({ id: expect.stringMatching(UUID) })),
      trials: { totalCount: seed.trials.length },
      trialSummary: { total: seed.trials.length },
    });
  });

  it.each(members.map((m) => [m.name, m] as const))("finds each of %s's trials by id in its subgraph, and nothing for an unknown or malformed id", async (_name, member) => {
    const field = `${fieldPrefix(member.typePrefix)}Trial`;
    const { data } = await graph.query(`query ($slug: ID!) { municipality(slug: $slug) { trials(first: 3) { nodes { id title status } } } }`, { slug: member.slug });
    for (const trial of data.municipality.trials.nodes) {
      expect(await graph.query(`query ($id: ID!) { ${field}(id: $id) { id title status } }`, { id: trial.id })).toEqual({ data: { [field]: trial } });
    }
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      expect(await graph.query(`query ($id: ID!) { ${field}(id: $id) { id } }`, { id })).toEqual({ data: { [field]: null } });
    }
  });
});
