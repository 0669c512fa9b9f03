// Malformed and mutated requests for the gateway: a seeded generator, a sender, and what no answer may show.
import { signDevToken } from "@frikommune/auth";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildSchema, OperationTypeNode } from "graphql";
import { loadGatewayConfig, loadTokenConfig } from "@frikommune/config";
import { fieldPrefix, members } from "@frikommune/members";
import type { Caller } from "./callers.js";

/** The gateway refuses bodies over this many bytes with 413 (read as the test gateway reads it). */
export const BODY_LIMIT = loadGatewayConfig().limits.maxBodyBytes;

const PUBLISHED = buildSchema(readFileSync(resolve(import.meta.dirname, "../../gateway/api-schema.graphql"), "utf8"));
/** The operation types the published schema has no root type for. */
export const MISSING_OPERATION_TYPES = Object.values(OperationTypeNode).filter((type) => !PUBLISHED.getRootType(type));

/** Seeded pseudo-random numbers (mulberry32): the same seed makes the same requests. */
export class Random {
  #state: number;
  constructor(readonly seed: number) {
    this.#state = seed >>> 0;
  }
  next(): number {
    let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  sample<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    const taken: T[] = [];
    while (taken.length < n && pool.length) taken.push(pool.splice(this.int(pool.length), 1)[0]!);
    return taken;
  }
  bytes(n: number): Uint8Array {
    return Uint8Array.from({ length: n }, () => this.int(256));
  }
  uuid(): string {
    const hex = Buffer.from(this.bytes(16)).toString("hex");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
  }
  text(length: number, alphabet = "abcdefghijklmnopqrstuvwxyzæøå ÆØÅ0123456789{}[]():$!@\"'\\,.-_#%&*+=?<>|~^`"): string {
    return Array.from({ length }, () => this.pick([...alphabet])).join("");
  }
}

/** An argument or input field left out. */
export const MISSING: unique symbol = Symbol("missing");
/** An enum value: a bare name in a literal, a string in variables. */
export class EnumValue {
  constructor(readonly name: string) {}
  toJSON(): string {
    return this.name;
  }
}
export type Value = string | number | boolean | null | EnumValue | typeof MISSING | Value[] | { [field: string]: Value };
export type Values = Record<string, Value>;
export const enumValue = (name: string) => new EnumValue(name);

function literal(value: Value): string {
  if (value === MISSING || value === null) return "null";
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (typeof value === "object") {
    return `{ ${Object.entries(value).filter(([, v]) => v !== MISSING).map(([k, v]) => `${k}: ${literal(v)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}

function copy(value: Value): Value {
  if (Array.isArray(value)) return value.map(copy);
  if (value && typeof value === "object" && !(value instanceof EnumValue)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
  return value;
}

/** A copy of `values` with each path of `patch` ("input.answers.0.answer") set, parents created as needed. */
function patched(values: Values, patch: Values): Values {
  const result = copy(values) as Values;
  for (const [path, value] of Object.entries(patch)) {
    const keys = path.split(".");
    let target = result as Record<string, Value>;
    for (const key of keys.slice(0, -1)) {
      const next = target[key];
      if (!next || typeof next !== "object" || next instanceof EnumValue) target[key] = {};
      target = target[key] as Record<string, Value>;
    }
    target[keys.at(-1)!] = value;
  }
  return result;
}

/** Every path to a string in `values`, e.g. "input.title" and "input.exemptionCodes.0". */
function stringPaths(values: Value, prefix = ""): string[] {
  if (typeof values === "string") return [prefix];
  if (!values || typeof values !== "object" || values instanceof EnumValue) return [];
  return Object.entries(values).flatMap(([k, v]) => stringPaths(v, prefix ? `${prefix}.${k}` : k));
}

export interface Operation {
  type: "query" | "mutation";
  /** The root field a mutation answers on; it must stay null when the input is refused. */
  field?: string;
  /** Declared arguments: name → GraphQL type. */
  args: Record<string, string>;
  /** The selection, writing each argument with `arg` (as `$name` or as a literal). */
  body: (arg: (name: string) => string) => string;
}

interface GraphQLPayload {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

type Form = "variables" | "literals";

function written(op: Operation, values: Values, form: Form): GraphQLPayload {
  if (form === "literals") return { query: `${op.type} ${op.body((name) => literal(values[name] ?? MISSING))}` };
  const declared = Object.entries(op.args).map(([name, type]) => `$${name}: ${type}`).join(", ");
  const variables = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(values).filter(([, v]) => v !== MISSING)))) as Record<string, unknown>;
  return { query: `${op.type} Malformed${declared ? `(${declared})` : ""} ${op.body((name) => `$${name}`)}`, variables };
}

/**
 * Request-level changes that can only add reasons to refuse: an undeclared, unused or wrongly
 * typed variable, a variable left out, extra variables, an operation name that names nothing.
 */
function perturbed(random: Random, payload: GraphQLPayload, op: Operation): [GraphQLPayload, string] {
  const names = Object.keys(op.args);
  const name = names.length ? random.pick(names) : undefined;
  const variables = { ...(payload.variables ?? {}) };
  switch (random.int(10)) {
    case 0:
      return [{ ...payload, variables: { ...variables, unexpected: random.pick([1, "x", null, [1], { a: 1 }]) } }, "an extra variable"];
    case 1: {
      const named = /^(query|mutation) (Malformed\(|Malformed )?/;
      const query = payload.query.replace(named, (_, type: string, name?: string) => `${type} Malformed($unused: Int${name === "Malformed(" ? ", " : ") "}`);
      return [{ ...payload, query }, "an unused variable"];
    }
    case 2:
      if (!name || !payload.variables) break;
      // Never the same type made non-null, which fits wherever the nullable one does.
      const other = random.pick(["String", "Int!", "[ID]", "Boolean", "TrialStatus"].filter((t) => t !== op.args[name] && t !== `${op.args[name]}!`));
      return [{ ...payload, query: payload.query.replace(`$${name}: ${op.args[name]}`, `$${name}: ${other}`) }, `$${name} declared as ${other}`];
    case 3:
      if (!name || !payload.variables) break;
      return [{ ...payload, query: payload.query.replace(new RegExp(`\\$${name}: [^,)]+(, )?`), "").replace("Malformed()", "Malformed") }, `$${name} used undeclared`];
    case 4:
      return [{ ...payload, operationName: random.pick(["Other", "0", "query", "malformed"]) }, "an operation name that names nothing"];
    default:
      break;
  }
  return [payload, ""];
}

/** A value for an argument of a read, and whether it surely makes the read refused. */
export interface Hostile {
  value: Value;
  refused: boolean;
}
export const refusing = (...values: Value[]): Hostile[] => values.map((value) => ({ value, refused: true }));
export const tolerated = (...values: Value[]): Hostile[] => values.map((value) => ({ value, refused: false }));

export interface ReadCase {
  name: string;
  op: Operation;
  valid: Values;
  callers: Caller[];
  /** Per argument, the values to put in its place one at a time. */
  hostile: Record<string, Hostile[]>;
}

export interface WriteCase {
  op: Operation & { field: string };
  /** Arguments that would succeed; never sent as they are. */
  valid: Values;
  /** A caller who may make this write. */
  caller: NonNullable<Caller>;
  /** Each patch ("input.title" → "ab") makes the write invalid on its own, whatever else is sent. */
  invalid: Values[];
}

export interface Tables {
  reads: ReadCase[];
  writes: WriteCase[];
  /** Callers who may not make a write: they get UNAUTHENTICATED or FORBIDDEN. */
  outsiders: Caller[];
}

/** Strings a careless or hostile client sends: control characters, lone surrogates, NUL, SQL, markup, long text. */
export const HOSTILE_STRINGS: string[] = [
  "", " ", "\t\n", "\u0001\u0002\u0003", "Titel\u0007\u001b[31m", "\u0000", "a\u0000b", "\ud800", "abc\udfff", "\udc00\ud800x",
  "æøå ÆØÅ", "🙂👍🏽", "\u202eredro", "\u200b\u200b\u200b", "' OR '1'='1", "1; DROP TABLE trial; --", "\" OR 1=1 --", "%_\\", "$1 ?",
  "<script>alert(1)</script>", "{{7*7}}", "${7*7}", "null", "NaN", "x".repeat(1_000),
];

/** Authorization headers that name no valid caller, some made from a valid token. */
const GARBAGE_AUTHORIZATION: [string, (token: string) => string][] = [
  ["no token", () => "Bearer"],
  ["an empty token", () => "Bearer "],
  ["three random parts", () => "Bearer abc.def.ghi"],
  ["Basic credentials", () => "Basic dXNlcjpwYXNzd29yZA=="],
  ["another scheme", (t) => `Token ${t}`],
  ["the scheme twice", (t) => `Bearer Bearer ${t}`],
  ["an unsigned token", () => `Bearer ${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from('{"sub":"x","role":"ministry"}').toString("base64url")}.`],
  ["a truncated token", (t) => `Bearer ${t.slice(0, -5)}`],
  ["a token with a changed signature", (t) => `Bearer ${t.slice(0, -2)}${t.endsWith("AA") ? "BB" : "AA"}`],
  ["a token with a changed payload", (t) => { const [h, , s] = t.split("."); return `Bearer ${h}.${Buffer.from('{"sub":"x","role":"network-coordinator","iss":"x"}').toString("base64url")}.${s}`; }],
  ["a very long token", () => `Bearer ${"a".repeat(6_000)}`],
  ["Latin-1 bytes", () => "Bearer \u00ff\u00fe"],
];

const short = (value: Value): string => {
  const text = value === MISSING ? "(missing)" : value instanceof EnumValue ? value.name : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 30)}…(${text.length} chars)` : text;
};
const describedPatch = (patch: Values) => Object.entries(patch).map(([k, v]) => `${k}=${short(v)}`).join(", ");
const who = (caller: Caller) => (caller ? caller.join(" ") : "anonymous");

/** Requests of one family, each built by `make` from a generator that is the family's own. */
interface Family {
  name: string;
  make: (random: Random) => Omit<MalformedRequest, "name"> & { name?: string } | null;
  count: number;
}

export interface Generated {
  requests: MalformedRequest[];
  /** Every mutation a generated request calls. */
  mutations: Set<string>;
}

/**
 * Every request of the run: each write's fields made wrong one at a time (`patchesPerWrite` of
 * its patches, all of them for Infinity) and several at a time, each read's arguments likewise,
 * then broken JSON, bytes, sizes, HTTP methods and headers, and requests made from nothing.
 */
export function generate(random: Random, tables: Tables, patchesPerWrite: (write: WriteCase) => number): Generated {
  const requests: MalformedRequest[] = [];
  const mutations = new Set<string>();
  const add = (family: string, request: Omit<MalformedRequest, "name"> & { name?: string }) => {
    const full = { ...request, name: `${family}#${requests.length}: ${request.name ?? ""}` };
    if (!carriesMarker(full)) requests.push(full);
  };

  // A write made invalid by `patches`, written either way; `mixed` adds noise to other strings,
  // request-level faults and other callers, which may then be what the write is refused for.
  const writeRequest = (write: WriteCase, patches: Values[], mixed: boolean) => {
    let values = write.valid;
    const touched = patches.flatMap((p) => Object.keys(p));
    const noisy = stringPaths(values).filter((path) => !touched.some((t) => path === t || path.startsWith(`${t}.`) || t.startsWith(`${path}.`)));
    const noise: Values = {};
    if (mixed && random.chance(0.5)) for (const path of random.sample(noisy, random.between(1, 2))) noise[path] = random.pick(HOSTILE_STRINGS);
    values = patched(values, noise);
    for (const patch of patches) values = patched(values, patch);
    const form: Form = random.chance(0.5) ? "variables" : "literals";
    const [payload, perturbation] = mixed && random.chance(0.4) ? perturbed(random, written(write.op, values, form), write.op) : [written(write.op, values, form), ""];
    const roll = random.next();
    const caller = !mixed || roll < 0.6 ? write.caller : roll < 0.8 ? random.pick(tables.outsiders) : undefined;
    const garbage = caller === undefined ? random.pick(GARBAGE_AUTHORIZATION) : undefined;
    mutations.add(write.op.field);
    return {
      request: jsonPost("", payload, { caller: caller ?? undefined, authorization: garbage?.[1], refused: true, mutation: write.op.field }),
      name: `${write.op.field} ${patches.map(describedPatch).join(" + ")}${Object.keys(noise).length ? ` with noise ${describedPatch(noise)}` : ""} (${form}${perturbation ? `, ${perturbation}` : ""}; ${garbage ? `Authorization: ${garbage[0]}` : who(caller ?? null)})`,
    };
  };

  for (const write of tables.writes) {
    const patches = random.sample(write.invalid, patchesPerWrite(write));
    for (const patch of patches) {
      const { request, name } = writeRequest(write, [patch], false);
      add("write", { ...request, name });
    }
  }
  for (let i = 0; i < 100; i++) {
    const write = random.pick(tables.writes);
    const { request, name } = writeRequest(write, random.sample(write.invalid, random.between(1, 3)), true);
    add("writes", { ...request, name });
  }

  // A read with `hostile` arguments; `mixed` adds request-level faults. A value that leaves a parent
  // null (an unknown trial) spares its children's arguments, so several are refused only if all are.
  const readRequest = (read: ReadCase, hostile: Record<string, Hostile>, mixed: boolean) => {
    const values = patched(read.valid, Object.fromEntries(Object.entries(hostile).map(([arg, h]) => [arg, h.value])));
    const form: Form = random.chance(0.5) ? "variables" : "literals";
    const [payload, perturbation] = mixed && random.chance(0.3) ? perturbed(random, written(read.op, values, form), read.op) : [written(read.op, values, form), ""];
    const caller = random.pick(read.callers);
    return jsonPost(`${read.name} ${describedPatch(Object.fromEntries(Object.entries(hostile).map(([a, h]) => [a, h.value])))} (${form}${perturbation ? `, ${perturbation}` : ""}; ${who(caller)})`, payload, {
      caller: caller ?? undefined,
      refused: Object.values(hostile).every((h) => h.refused) || (perturbation !== "" && perturbation !== "an extra variable"),
    });
  };
  for (const read of tables.reads) {
    for (const [arg, values] of Object.entries(read.hostile)) for (const hostile of values) add("read", readRequest(read, { [arg]: hostile }, false));
  }
  for (let i = 0; i < 50; i++) {
    const read = random.pick(tables.reads.filter((r) => Object.keys(r.hostile).length));
    const args = random.sample(Object.keys(read.hostile), random.between(2, 3));
    add("reads", readRequest(read, Object.fromEntries(args.map((arg) => [arg, random.pick(read.hostile[arg]!)])), true));
  }

  // Bodies to break: valid reads, and writes that are invalid already.
  const readPayloads = tables.reads.map((read) => ({ name: read.name, payload: written(read.op, read.valid, "variables"), caller: read.callers[0] ?? null }));
  const invalidWrites = requests.filter((r) => r.mutation && r.caller !== undefined).map((r) => ({ name: r.name, payload: r.body as string, caller: r.caller!, mutation: r.mutation! }));
  const readBody = () => random.pick(readPayloads);
  const anyBody = () => {
    if (random.chance(0.5)) {
      const read = readBody();
      return { ...read, json: JSON.stringify(read.payload), mutation: undefined };
    }
    const write = random.pick(invalidWrites);
    return { ...write, json: write.payload };
  };

  for (const family of families({ readBody, anyBody })) {
    for (let i = 0; i < family.count; i++) {
      const made = family.make(random);
      if (made) add(family.name, made);
    }
  }
  return { requests, mutations };
}

interface Bodies {
  readBody: () => { name: string; payload: GraphQLPayload; caller: Caller };
  anyBody: () => { name: string; json: string; caller: Caller; mutation?: string };
}

const CONTROL = [...Array.from({ length: 9 }, (_, i) => i), 0x0b, 0x0c, ...Array.from({ length: 18 }, (_, i) => 0x0e + i)].map((c) => String.fromCharCode(c));
const INVALID_UTF8 = [[0xff], [0xfe, 0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80]];

function insertAt(text: string, at: number, piece: string): string {
  return text.slice(0, at) + piece + text.slice(at);
}

function deepArray(depth: number): string {
  return "[".repeat(depth) + "]".repeat(depth);
}

function randomJson(random: Random, depth: number): unknown {
  const roll = random.int(depth > 0 ? 8 : 5);
  if (roll === 0) return null;
  if (roll === 1) return random.pick([0, -1, 1.5, 1e308, -0, 2 ** 53 + 1, 101]);
  if (roll === 2) return random.chance(0.5);
  if (roll === 3) return random.pick(HOSTILE_STRINGS);
  if (roll === 4) return random.text(random.between(0, 30));
  if (roll === 5) return Array.from({ length: random.between(0, 4) }, () => randomJson(random, depth - 1));
  return Object.fromEntries(Array.from({ length: random.between(0, 4) }, () => [random.pick(["query", "variables", "operationName", "extensions", "id", random.text(5)]), randomJson(random, depth - 1)]));
}

const GRAPHQL_TOKENS = ["{", "}", "(", ")", "[", "]", ":", "$", "!", "@", "...", "=", "|", "&", "query", "mutation", "subscription", "fragment", "on", "network", "name", "municipalities", "municipality", "slug", "trials", "first", "after", "nodes", "id", "title", `create${members[0]!.typePrefix}Trial`, "input", "__typename", "__schema", "true", "null", "42", "-1", "1.5e3", JSON.stringify(members[0]!.slug), '"""block"""', "#", "\n", ",", "ACTIVE", "$first", "Int!", "include(if: true)"];

function families({ readBody, anyBody }: Bodies): Family[] {
  const post = (name: string, body: string | Uint8Array, caller: Caller, refused: boolean, extra: Partial<MalformedRequest> = {}) => ({ name, method: "POST", headers: { ...JSON_TYPE }, body, caller: caller ?? undefined, refused, ...extra });
  const mangledQuery = () => {
    const { payload } = readBody();
    const params = new URLSearchParams({ query: payload.query, ...(payload.variables ? { variables: JSON.stringify(payload.variables) } : {}) }).toString();
    return params;
  };
  return [
    {
      name: "broken-json",
      count: 90,
      make: (r) => {
        const body = anyBody();
        switch (r.int(12)) {
          case 0: return post(`${body.name} cut short`, body.json.slice(0, r.between(1, body.json.length - 1)), body.caller, true);
          case 1: return post(`a top-level ${["number", "string", "true", "null", "empty array"][r.int(5)]}`, r.pick(["42", '"{ network { name } }"', "true", "null", "[]"]), body.caller, true);
          case 2: return post(`${body.name} as a batch`, `[${body.json}${r.chance(0.5) ? `,${body.json}` : ""}]`, body.caller, true);
          case 3: {
            const query = r.pick([42, -1.5, true, null, ["{ network { name } }"], { query: "{ network { name } }" }, [], {}]);
            return post(`query as ${JSON.stringify(query)}`, JSON.stringify({ query, variables: {} }), body.caller, true);
          }
          case 4: {
            const read = readBody();
            // The last of duplicate keys wins: a read after a refused write, or a refused write after a read.
            const [first, last] = r.chance(0.5) || !body.mutation ? [body.json, JSON.stringify(read.payload)] : [JSON.stringify(read.payload), body.json];
            const lastIsWrite = last === body.json && body.mutation !== undefined;
            return post(`duplicate keys, ${lastIsWrite ? body.name : read.name} last`, `${first.slice(0, -1)},${last.slice(1)}`, lastIsWrite ? body.caller : read.caller, lastIsWrite, { mutation: lastIsWrite ? body.mutation : undefined });
          }
          case 5: {
            const depth = r.between(1_000, 45_000);
            const { payload, caller, name } = readBody();
            const where = r.int(4);
            if (where === 0) return post(`arrays nested ${depth} deep as the body`, deepArray(depth), caller, true);
            if (where === 1) return post(`arrays nested ${depth} deep as the query`, `{"query":${deepArray(depth)}}`, caller, true);
            if (where === 2) return post(`${name} with arrays nested ${depth} deep in extensions`, `${JSON.stringify(payload).slice(0, -1)},"extensions":{"deep":${deepArray(depth)}}}`, caller, false);
            return post(`${name} with objects nested ${depth} deep in a variable`, `{"query":${JSON.stringify(payload.query)},"variables":{"deep":${'{"a":'.repeat(depth / 5)}1${"}".repeat(depth / 5)}}}`, caller, false);
          }
          case 6: {
            const broken = r.pick([
              ["an empty body", ""], ["only whitespace", " \n\t "], ["a byte order mark first", `\ufeff${body.json}`], ["trailing garbage", `${body.json}xyz`],
              ["a comment", `/* c */${body.json}`], ["single quotes", body.json.replaceAll('"', "'")], ["a trailing comma", `${body.json.slice(0, -1)},}`],
              ["NaN", '{"query":"{ network { name } }","variables":{"a":NaN}}'], ["a raw control character", `${body.json.slice(0, 10)}\u0001${body.json.slice(10)}`],
            ] as const);
            return post(`${body.name} with ${broken[0]}`, broken[1], body.caller, true);
          }
          case 7: {
            const variables = r.pick(['"x"', "42", "[1]", "true", '"{}"']);
            return post(`variables as ${variables}`, `{"query":"query ($a: Int) { network { name } }","variables":${variables}}`, body.caller, true);
          }
          case 8: {
            const extensions = r.pick(['"x"', "42", "[]", "true"]);
            return post(`extensions as ${extensions}`, `${JSON.stringify(readBody().payload).slice(0, -1)},"extensions":${extensions}}`, body.caller, true);
          }
          case 9: return post("a persisted query that was never registered", JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: r.text(64, "0123456789abcdef") } } }), body.caller, true);
          case 10: return post(`${body.name} with operationName ${"as a number"}`, `${body.json.slice(0, -1)},"operationName":${r.pick(["42", "[]", "{}", "true"])}}`, body.caller, true);
          default: {
            const { payload, caller, name } = readBody();
            return post(`${name} with variables of the wrong shape`, JSON.stringify({ ...payload, variables: r.pick([[payload.variables], "variables", 7]) }), caller, true);
          }
        }
      },
    },
    {
      name: "bytes",
      count: 60,
      make: (r) => {
        const { payload, caller, name } = readBody();
        const json = JSON.stringify(payload);
        const queryStart = json.indexOf('"query":"') + 9;
        const inQuery = () => r.between(queryStart, queryStart + payload.query.length - 1);
        switch (r.int(5)) {
          case 0: {
            const bytes = r.pick(INVALID_UTF8);
            const at = r.chance(0.5) ? inQuery() : r.int(json.length);
            const encoded = new TextEncoder().encode(json.slice(0, at));
            return post(`${name} with bytes ${bytes.map((b) => b.toString(16)).join(" ")} that are not UTF-8`, new Uint8Array([...encoded, ...bytes, ...new TextEncoder().encode(json.slice(at))]), caller, false);
          }
          case 1: {
            const surrogate = r.pick(["\\ud800", "\\udfff", "\\udc00\\ud800", "\\ud83d"]);
            return post(`${name} with the lone surrogate ${surrogate} in the query`, insertAt(json, inQuery(), surrogate), caller, true);
          }
          case 2: {
            const control = r.pick(CONTROL);
            const escaped = `\\u${control.charCodeAt(0).toString(16).padStart(4, "0")}`;
            return post(`${name} with the control character ${escaped} in the query`, insertAt(json, inQuery(), escaped), caller, true);
          }
          case 3: {
            const at = inQuery();
            const edit = r.pick(["delete", "duplicate", "swap", "brace"]);
            const query = payload.query;
            const i = at - queryStart;
            const changed = edit === "delete" ? query.slice(0, i) + query.slice(i + 1) : edit === "duplicate" ? insertAt(query, i, query.slice(i, i + r.between(1, 20))) : edit === "swap" ? query.slice(0, i) + (query[i + 1] ?? "") + (query[i] ?? "") + query.slice(i + 2) : insertAt(query, i, r.pick(["{", "}", "(", ")", "$", "!", "...", '"']));
            return post(`${name} with one ${edit} in the query`, JSON.stringify({ ...payload, query: changed }), caller, false);
          }
          default: {
            const { payload: other } = readBody();
            return post(`${name} with a raw control character in a variable`, JSON.stringify({ ...other, variables: { ...(other.variables ?? {}), noise: "x" } }).replace('"noise":"x"', `"noise":"x${r.pick(CONTROL)}"`), caller, true);
          }
        }
      },
    },
    {
      name: "size",
      count: 26,
      make: (r) => {
        const { payload, caller, name } = readBody();
        const base = JSON.stringify({ ...payload, variables: { ...(payload.variables ?? {}), padding: "" } });
        const padded = (bytes: number, unit = "x") => base.replace('"padding":""', `"padding":"${unit.repeat(Math.max(0, Math.floor((bytes - Buffer.byteLength(base)) / Buffer.byteLength(unit))))}"`);
        switch (r.int(6)) {
          case 0: {
            const size = BODY_LIMIT - r.int(2_000);
            return post(`${name} of ${size} bytes, under the limit`, padded(size), caller, false, { bodyLimit: "under" });
          }
          case 1: return post(`${name} of exactly ${BODY_LIMIT} bytes`, padded(BODY_LIMIT), caller, false, { bodyLimit: "under" });
          case 2: {
            const size = r.pick([BODY_LIMIT + 1, BODY_LIMIT + r.between(2, 1_000), 150_000, 400_000]);
            return post(`${name} of ${size} bytes, over the limit`, padded(size), caller, true, { bodyLimit: "over" });
          }
          case 3: return post(`${name} of ${BODY_LIMIT + 2_000} bytes in two-byte characters, under the limit in characters`, padded(BODY_LIMIT + 2_000, "ø"), caller, true, { bodyLimit: "over" });
          case 4: {
            const size = r.pick([BODY_LIMIT + 1, 180_000]);
            return post(`${name} of ${size} bytes in chunks, over the limit`, padded(size), caller, true, { chunked: true, bodyLimit: "over" });
          }
          default: return post(`${name} of 90,000 bytes in chunks, under the limit`, padded(90_000), caller, false, { chunked: true, bodyLimit: "under" });
        }
      },
    },
    {
      name: "http",
      count: 80,
      make: (r) => {
        const { payload, caller, name } = readBody();
        const json = JSON.stringify(payload);
        switch (r.int(6)) {
          case 0: {
            const params = mangledQuery();
            const mangle = r.pick(["cut", "bad percent", "NUL", "raw bytes", "query twice", "variables not JSON", "variables an array", "extensions not JSON", "no query"] as const);
            const search =
              mangle === "cut" ? params.slice(0, r.between(1, params.length - 1))
              : mangle === "bad percent" ? insertAt(params, r.int(params.length), r.pick(["%zz", "%E0%A4%A", "%", "%%", "%u0041"]))
              : mangle === "NUL" ? insertAt(params, r.int(params.length), "%00")
              : mangle === "raw bytes" ? insertAt(params, r.int(params.length), r.pick(["%FF%FE", "%C0%80", "%ED%A0%80"]))
              : mangle === "query twice" ? `${params}&query=${encodeURIComponent(r.pick(["{ nope }", "", "mutation { x }"]))}`
              : mangle === "variables not JSON" ? `query=${encodeURIComponent("query ($a: Int) { network { name } }")}&variables=${r.pick(["%7B", "x", "%7B%22a%22%3A", "undefined"])}`
              : mangle === "variables an array" ? `query=${encodeURIComponent("{ network { name } }")}&variables=%5B1%5D`
              : mangle === "extensions not JSON" ? `query=${encodeURIComponent("{ network { name } }")}&extensions=${r.pick(["zz", "%7B", "%5B"])}`
              : `foo=1&variables=%7B%7D`;
            const refused = ["variables not JSON", "variables an array", "extensions not JSON", "no query"].includes(mangle);
            return { name: `GET ${name} with ${mangle}`, method: "GET", search: `?${search}`, headers: { ...PREFLIGHTED }, caller: caller ?? undefined, refused };
          }
          case 1: {
            const write = anyBody();
            if (!write.mutation) return { name: `GET ${name} without the preflight header`, method: "GET", search: `?${mangledQuery()}`, headers: {}, caller: caller ?? undefined, refused: true };
            const { query, variables } = JSON.parse(write.json) as GraphQLPayload;
            return { name: `GET ${write.name}`, method: "GET", search: `?${new URLSearchParams({ query, variables: JSON.stringify(variables ?? {}) })}`, headers: { ...PREFLIGHTED }, caller: write.caller ?? undefined, refused: true, mutation: write.mutation };
          }
          case 2: {
            const method = r.pick(["PUT", "PATCH", "DELETE", "PROPFIND", "OPTIONS"]);
            const withBody = method !== "OPTIONS" && r.chance(0.7);
            return { name: `${method} ${name}`, method, headers: { ...JSON_TYPE, ...(r.chance(0.5) ? PREFLIGHTED : {}) }, body: withBody ? json : undefined, caller: caller ?? undefined, refused: method !== "OPTIONS" };
          }
          case 3: {
            const [type, body, refused] = r.pick([
              ["text/plain", json, true], ["application/xml", `<query>${payload.query}</query>`, true], ["application/x-www-form-urlencoded", json, true],
              ["multipart/form-data", json, true], ["multipart/form-data; boundary=x", `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${json}\r\n--x--`, true],
              ["application/json; charset=utf-16", json, false], ["APPLICATION/JSON", json, false], ["application/json-patch+json", json, false],
              ["application/graphql", payload.query, false], ["image/png", json, true], ["", json, true],
            ] as const);
            const preflighted = r.chance(0.5);
            return { name: `POST ${name} as "${type}"${preflighted ? " with the preflight header" : ""}`, method: "POST", headers: { "content-type": type, ...(preflighted ? PREFLIGHTED : {}) }, body, caller: caller ?? undefined, refused };
          }
          case 4: {
            const [accept, refused] = r.pick([["text/html", true], ["image/png", true], ["application/xml", true], ["application/graphql-response+json", false], ["application/json;q=0.1, application/graphql-response+json", false], ["*/*", false]] as const);
            return { name: `POST ${name} accepting ${accept}`, method: "POST", headers: { ...JSON_TYPE, accept }, body: json, caller: caller ?? undefined, refused };
          }
          default: {
            const write = anyBody();
            const [label, authorization] = r.pick(GARBAGE_AUTHORIZATION);
            return { name: `${write.name} with Authorization: ${label}`, method: "POST", headers: { ...JSON_TYPE }, body: write.json, authorization, refused: true, mutation: write.mutation };
          }
        }
      },
    },
    {
      name: "operation types the schema lacks",
      count: MISSING_OPERATION_TYPES.length ? 24 : 0,
      make: (r) => {
        const type = r.pick(MISSING_OPERATION_TYPES);
        const query = `${type} ${r.pick(["", "Named "])}${r.pick(["{ x }", "{ __typename }", "{ network { name } }", "{ municipalities { slug name } }"])}`;
        const caller = r.pick<Caller>([null, ["ministry"], ["editor", members[0]!.slug]]);
        const accept = r.pick(["application/json", "application/graphql-response+json", "*/*"]);
        return { ...post(`${query}, accepting ${accept}`, JSON.stringify({ query }), caller, true), headers: { ...JSON_TYPE, accept } };
      },
    },
    {
      name: "scratch",
      count: 60,
      make: (r) => {
        const caller = r.pick<Caller>([null, ["ministry"], ["editor", members[0]!.slug], ["network-coordinator"]]);
        switch (r.int(4)) {
          case 0: return post("random JSON", JSON.stringify(randomJson(r, 4)) ?? "null", caller, false);
          case 1: {
            const query = Array.from({ length: r.between(1, 40) }, () => r.pick(GRAPHQL_TOKENS)).join(r.pick([" ", ""]));
            return post(`random tokens: ${query.slice(0, 60)}`, JSON.stringify({ query, variables: randomJson(r, 2) }), caller, false);
          }
          case 2: return post("random bytes", r.bytes(r.between(1, 2_000)), caller, false);
          default: {
            const field = r.pick(["network", "municipality", "municipalities", "exemption", `${fieldPrefix(members[0]!.typePrefix)}Trial`, "groups", "themeDays", "viewer", "evaluationTemplate", "nope"]);
            const arg = r.pick(["slug", "id", "code", "first", "after", "status", "x"]);
            const value = literal(randomJson(r, 2) as Value);
            return post(`${field}(${arg}: ${value.slice(0, 40)})`, JSON.stringify({ query: `{ ${field}(${arg}: ${value}) { ${r.pick(["name", "id", "__typename", "nodes { id }", "title"])} } }` }), caller, false);
          }
        }
      },
    },
  ];
}

export interface MalformedRequest {
  /** What was sent, for the report of a failure (with the seed). */
  name: string;
  method: string;
  /** Appended to the gateway's URL: a query string, for GET. */
  search?: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** Sent in chunks without Content-Length. */
  chunked?: boolean;
  /** The caller whose development token is sent. */
  caller?: Caller;
  /** A raw Authorization header, made from a valid ministry token (to tamper with) or from nothing. */
  authorization?: (validToken: string) => string;
  /** Invalid by construction: must be answered with errors. */
  refused: boolean;
  /** The mutation whose answer must stay null. */
  mutation?: string;
  /** Which side of the gateway's body limit the body lies on. */
  bodyLimit?: "under" | "over";
}

const JSON_TYPE = { "content-type": "application/json" };
/** A header browsers cannot send across sites without a preflight, which GET and form posts need. */
const PREFLIGHTED = { "x-graphql-csrf": "1" };

function jsonPost(name: string, payload: unknown, options: Partial<MalformedRequest> & { refused: boolean }): MalformedRequest {
  return { name, method: "POST", headers: { ...JSON_TYPE }, body: typeof payload === "string" ? payload : JSON.stringify(payload), ...options };
}

export interface Answer {
  request: MalformedRequest;
  status: number;
  contentType: string | null;
  text: string;
  json?: { data?: Record<string, unknown> | null; errors?: { message?: unknown; extensions?: Record<string, unknown> }[] };
  /** Set when no HTTP answer came at all. */
  failure?: string;
}

function inChunks(body: string | Uint8Array): ReadableStream<Uint8Array> {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, (offset += 16_384)));
    },
  });
}

/** Sends every request, `concurrency` at a time, and keeps each answer with its request. */
export async function sendAll(url: string, requests: MalformedRequest[], concurrency: number): Promise<Answer[]> {
  const config = loadTokenConfig();
  const tokens = new Map<string, Promise<string>>();
  const token = (caller: NonNullable<Caller>) => {
    const key = caller.join("/");
    if (!tokens.has(key)) tokens.set(key, signDevToken(config, caller[0], caller[1]));
    return tokens.get(key)!;
  };
  const send = async (request: MalformedRequest): Promise<Answer> => {
    const headers = { ...request.headers };
    if (request.caller) headers.authorization = `Bearer ${await token(request.caller)}`;
    if (request.authorization) headers.authorization = request.authorization(await token(["ministry"]));
    try {
      const response = await fetch(url + (request.search ?? ""), {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : request.chunked ? inChunks(request.body) : request.body,
        ...(request.chunked ? { duplex: "half" } : {}),
      } as RequestInit);
      const text = await response.text();
      let json: Answer["json"];
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      return { request, status: response.status, contentType: response.headers.get("content-type"), text, json };
    } catch (error) {
      return { request, status: 0, contentType: null, text: "", failure: String((error as Error).cause ?? error) };
    }
  };
  const answers: Answer[] = new Array(requests.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const i = next++;
        answers[i] = await send(requests[i]!);
      }
    }),
  );
  return answers;
}

/** Traces, addresses and SQL: what an answer must never show a caller outside development. */
const LEAK_MARKERS = [
  "    at ", ".ts:", ".js:", "node_modules", "/work/", "file://", "127.0.0.1", "localhost", "::1", ":5432", "ECONNREFUSED", "ECONNRESET",
  "stacktrace", "relation \"", "syntax error at or near", "invalid input syntax", "violates", "duplicate key", "DriverException", "pqformat",
  "mikro-orm", "kysely", "select \"", "insert into",
];
/** Extension keys through which a server passes on internals (Apollo's `extensions.response` among them). */
const LEAKY_EXTENSIONS = ["stacktrace", "exception", "response", "request", "stack"];

/** JSON text as sent, and every string in it as decoded: a marker may hide behind an escaped quote. */
function readable(text: string): string {
  const strings: string[] = [text];
  const collect = (value: unknown): void => {
    if (typeof value === "string") strings.push(value);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) strings.push(k), collect(v);
  };
  try {
    collect(JSON.parse(text));
  } catch {
    // not JSON: the text as it is
  }
  return strings.join("\n");
}

/** A request that itself carries a marker would make its echo look like a leak; the generator drops such requests. */
function carriesMarker(request: MalformedRequest): boolean {
  const body = request.body === undefined ? "" : typeof request.body === "string" ? request.body : Buffer.from(request.body).toString("latin1");
  const sent = `${decodeURIComponentSafely(request.search ?? "")}${Object.values(request.headers).join(" ")}${readable(body)}`;
  return LEAK_MARKERS.some((m) => sent.includes(m));
}

function decodeURIComponentSafely(text: string): string {
  try {
    return `${text}\n${decodeURIComponent(text.replaceAll("+", " "))}`;
  } catch {
    return text;
  }
}

export function leaksOf(answer: Answer): string[] {
  const text = readable(answer.text);
  const found = LEAK_MARKERS.filter((m) => text.includes(m));
  for (const error of answer.json?.errors ?? []) {
    for (const key of LEAKY_EXTENSIONS) if (error?.extensions && key in error.extensions) found.push(`extensions.${key}`);
    const original = error?.extensions?.originalError;
    if (original && typeof original === "object" && "stack" in original) found.push("extensions.originalError.stack");
  }
  return found;
}

export function isRefusal(answer: Answer): boolean {
  const errors = answer.json?.errors;
  return Array.isArray(errors) && errors.length > 0 && errors.every((e) => e && typeof e.message === "string");
}

export function codesOf(answer: Answer): string[] {
  if (!answer.json) return [answer.failure ? "(no answer)" : answer.text === "" ? "(empty body)" : "(not JSON)"];
  if (!answer.json.errors?.length) return ["(data)"];
  return [...new Set(answer.json.errors.map((e) => (typeof e?.extensions?.code === "string" ? e.extensions.code : "(no code)")))];
}

/** One line: requests sent, by HTTP status and by `extensions.code` (a response counts once per code it carries). */
export function summary(seed: number, answers: Answer[]): string {
  const count = (keys: string[]) => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k}=${n}`).join(" ");
  };
  return `malformed input (seed ${seed}): ${answers.length} requests; by status: ${count(answers.map((a) => String(a.status)))}; by extensions.code: ${count(answers.flatMap(codesOf))}`;
}

/** A failing answer as one line: the request and what came back. */
export function described(answer: Answer): string {
  return `${answer.request.name} → ${answer.status} ${answer.failure ?? answer.text.slice(0, 240)}`;
}
