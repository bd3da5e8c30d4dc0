/**
 * Issue 11, acceptance 2: the most expensive requests a client can send within the
 * gateway's limits, and what each one costs. Against a running federation on the scale
 * set (subgraphs with the probe, see federation-probe.ts), it sends each hostile but valid
 * query below once, alone, waits until the subgraphs are idle again (a subgraph goes on
 * working after the gateway gave up on it), and reports: HTTP status, error codes, wall
 * time, how long the subgraphs stayed busy, SQL statements and subgraph requests, CPU per
 * process, peak RSS, and processes that died (a subgraph past its V8 heap limit is
 * restarted by npm start's supervisor; the request is then waited out until /readyz).
 *
 *   DATABASE_URL=file:$PWD/data/scale.db NODE_OPTIONS="--require …/probe.cjs" npm start
 *   npx tsx bench/src/experiments/worst-request.ts [--gateway URL] [--only id,id] [--out file.json] [--print id]
 *
 * The same list runs before and after the limits change, so figures compare one to one.
 */
import { writeFileSync } from "node:fs";
import { BILATERAL_PROFILE } from "../../../tests/support/queries";
import { sampleProcess } from "../procs";
import { members, post, readAll, settle, type Member, type Reading } from "./federation-probe";

interface Hostile {
  id: string;
  /** (a) aliases with first: $n, (b) unpaged lists nested, (c) the same through fragments, (d) deep profiles, control: refused or cheap. */
  family: "a" | "b" | "c" | "d" | "control";
  what: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** The largest page a list field accepts (runtime pagination: 1..100). */
const N = 100;
const cursor = (kind: string, key: string): string => Buffer.from(`${kind}:${key}`, "utf8").toString("base64url");
const aliases = (n: number, field: (i: number) => string): string => Array.from({ length: n }, (_, i) => `q${i}: ${field(i)}`).join("\n  ");
/** Fifteen windows of 100 over a list keyed `scale-<kind>-NNNNN`, so no two aliases ask for the same rows. */
const windows = (kind: string, prefix: string, digits: number): Record<string, string> =>
  Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`c${i}`, cursor(kind, `${prefix}${String(i * N).padStart(digits, "0")}`)]));
const afterVars = (n: number): string => Array.from({ length: n }, (_, i) => `$c${i}: String`).join(", ");
/** The largest pairs of the scale set (bench/src/experiments/scale-pairs.ts lists them). */
const BIG_PAIRS = ["CN-RU", "RU-US", "RU-TR", "DE-RU", "CN-US", "IN-RU", "FR-RU", "GB-RU", "CN-TR", "AZ-TR", "JP-RU", "IR-RU", "CN-DE", "KZ-RU", "AZ-RU"];
const MID_COUNTRIES = ["GE", "AM", "KG", "TJ", "TM", "MN", "BY", "MD", "LV", "LT", "EE", "AF", "PK", "QA", "OM"];
const BUSIEST = ["RU", "CN", "US", "TR", "DE", "IN", "FR", "GB", "JP", "AZ", "IR", "KZ", "SA", "UZ", "AE"];
/** A country with every list one level down, each crossing into another subgraph (one fetch and a few loaders each). */
const EVERY_LOADER = `fragment E on Country {
  code names capital sources { publisher } leaders { name roles { title } }
  agreements { signedOn { iso } parties { code name } signatories { name } sources { publisher } event { title } }
  indicators { countries { code name } sources { publisher } }
  events { date { iso } countries { code name } participants { name } sources { claim } }
  people { names roles { title } agreementsSigned { id } events { id } }
  corridors { countries { code } }
}`;
/** The deep profile's selection, without its one alias (the alias budget goes to the pairs). */
const PROFILE_FIELDS = BILATERAL_PROFILE.slice(BILATERAL_PROFILE.indexOf("bilateral(a: $a, b: $b) {") + "bilateral(a: $a, b: $b) {".length, BILATERAL_PROFILE.lastIndexOf("}", BILATERAL_PROFILE.lastIndexOf("}") - 1)).replace(
  "arabic: name(lang: AR) ",
  "",
);

export const HOSTILE: Hostile[] = [
  // ─── controls: what the limits do refuse, and a cheap request for scale ───
  { id: "control-country", family: "control", what: "one country lookup", query: `{ country(code: "AZ") { code name } }` },
  { id: "control-literal-first", family: "control", what: "15 aliases with a literal first: 100 (armor multiplies a literal)", query: `{\n  ${aliases(15, () => "countries(first: 100) { nodes { code agreements { id parties { code name } } } }")}\n}` },
  { id: "control-n-10000", family: "control", what: "first: $n with n = 10000 (the resolvers allow 1..100)", query: `query($n: Int) { countries(first: $n) { nodes { code } } }`, variables: { n: 10_000 } },

  // ─── (a) 15 aliases, first: $n (n = 100): armor counts each list as one item ───
  {
    id: "a1-countries-agreements-parties",
    family: "a",
    what: "15 × countries(first: $n) { agreements { parties { code name } } }",
    query: `query($n: Int) {\n  ${aliases(15, () => "countries(first: $n) { nodes { code agreements { id parties { code name } } } }")}\n}`,
    variables: { n: N },
  },
  {
    id: "a2-countries-indicators-sources",
    family: "a",
    what: "15 × countries(first: $n, after: page 0/1/2) { indicators { value sources { publisher } } }",
    query: `query($n: Int, $p1: String, $p2: String) {\n  ${aliases(15, (i) => `countries(first: $n${i % 3 ? `, after: $p${i % 3}` : ""}) { nodes { code indicators { id value sources { publisher } } } }`)}\n}`,
    variables: { n: N, p1: cursor("country", "GQ"), p2: cursor("country", "NF") },
  },
  {
    id: "a3-indicator-windows-countries",
    family: "a",
    what: "15 distinct windows of indicators(first: $n) { countries { name leaders { name } } sources { publisher } }",
    query: `query($n: Int, ${afterVars(15)}) {\n  ${aliases(15, (i) => `indicators(first: $n, after: $c${i}) { nodes { id value countries { code name leaders { name } } sources { publisher documentTitle } } }`)}\n}`,
    variables: { n: N, ...windows("indicator", "scale-ind-", 6) },
  },
  {
    id: "a4-people-windows-events",
    family: "a",
    what: "15 distinct windows of people(first: $n) { roles { country { name } } events { participants { name } } agreementsSigned { parties { code } } }",
    query: `query($n: Int, ${afterVars(15)}) {\n  ${aliases(15, (i) => `people(first: $n, after: $c${i}) { nodes { id roles { title country { name } } events { title participants { name } } agreementsSigned { title parties { code } } } }`)}\n}`,
    variables: { n: N, ...windows("person", "scale-person-", 5) },
  },

  {
    id: "a5-nested-first-variable",
    family: "a",
    what: "15 × countries(first: $n) { agreements(first: $n) { parties } events(first: $n) { participants } }: nested lists paged by a variable (arguments added by issue 11; before them a validation error)",
    query: `query($n: Int) {\n  ${aliases(15, () => "countries(first: $n) { nodes { code agreements(first: $n) { id parties { code } } events(first: $n) { id participants { name } } } }")}\n}`,
    variables: { n: N },
  },

  // ─── (b) lists without paging arguments, nested (armor: one item each) ───
  {
    id: "b1-agreements-parties-agreements",
    family: "b",
    what: "agreements(first: $n) { parties { agreements { id } } }: every party's whole agreement list",
    query: `query($n: Int) { agreements(first: $n) { nodes { id parties { code agreements { id } } } } }`,
    variables: { n: N },
  },
  {
    id: "b2-indicators-countries-indicators",
    family: "b",
    what: "indicators(first: $n) { countries { indicators { id } } }: every country's whole indicator list",
    query: `query($n: Int) { indicators(first: $n) { nodes { id countries { code indicators { id } } } } }`,
    variables: { n: N },
  },
  {
    id: "b3-ru-agreements-parties-agreements",
    family: "b",
    what: 'country("RU") { agreements { parties { agreements { id } } } }: no paging argument anywhere',
    query: `{ country(code: "RU") { agreements { id parties { code agreements { id } } } } }`,
  },
  {
    id: "b4-ru-people-events-participants",
    family: "b",
    what: 'country("RU") { people { events { participants { events { participants { name } } } } } }',
    query: `{ country(code: "RU") { people { id events { id participants { id events { id participants { name } } } } } } }`,
  },
  {
    id: "b5-ru-lists-two-levels",
    family: "b",
    what: 'country("RU"): agreements, indicators, events, people, each with its countries\' lists again',
    query: `{ country(code: "RU") {
  agreements { id parties { code agreements { id } } }
  indicators { id countries { code indicators { id } } }
  events { id countries { code events { id } } }
  people { id roles { country { code people { id } } } }
} }`,
  },
  {
    id: "b6-ru-lists-one-level",
    family: "b",
    what: 'country("RU") { every list, one level down: parties\' names, indicator sources, participants, roles }',
    query: `{ country(code: "RU") {
  agreements { id title parties { code name } signatories { name } sources { publisher claim } }
  indicators { id value countries { code name } sources { publisher claim } }
  events { id title countries { code name } participants { name } sources { claim } }
  people { id name roles { title country { name } } agreementsSigned { id } }
} }`,
  },

  // ─── (c) the same through fragments (flattened by armor, so no cheaper, but no aliases spent) ───
  {
    id: "c1-fragment-every-root-list",
    family: "c",
    what: "one fragment of a country's lists, spread under every root list (no alias)",
    query: `query($n: Int) {
  countries(first: $n) { nodes { ...L } }
  agreements(first: $n) { nodes { parties { ...L } } }
  indicators(first: $n) { nodes { countries { ...L } } }
  people(first: $n) { nodes { roles { country { ...L } } } }
}
fragment L on Country { code agreements { id } indicators { id } events { id } people { id } }`,
    variables: { n: N },
  },
  {
    id: "c2-fragments-b3",
    family: "c",
    what: "b3 written with fragments",
    query: `{ country(code: "RU") { ...A } }
fragment A on Country { agreements { ...G } }
fragment G on Agreement { id parties { ...P } }
fragment P on Country { code agreements { id } }`,
  },
  {
    id: "c3-fragment-15-aliases",
    family: "c",
    what: "15 aliases of countries(first: $n) spreading one fragment of every list with its sources",
    query: `query($n: Int, $p1: String, $p2: String) {\n  ${aliases(15, (i) => `countries(first: $n${i % 3 ? `, after: $p${i % 3}` : ""}) { nodes { ...F } }`)}\n}
fragment F on Country { code agreements { id parties { code } } indicators { id sources { publisher } } events { id participants { name } } people { id name } }`,
    variables: { n: N, p1: cursor("country", "GQ"), p2: cursor("country", "NF") },
  },

  {
    id: "c4-fragment-every-loader",
    family: "c",
    what: "15 aliases of countries(first: $n) spreading a fragment that touches every loader of every subgraph",
    query: `query($n: Int, $p1: String, $p2: String) {\n  ${aliases(15, (i) => `countries(first: $n${i % 3 ? `, after: $p${i % 3}` : ""}) { nodes { ...E } }`)}\n}
fragment E on Country {
  code names capital sources { publisher } leaders { name }
  agreements { signedOn { iso } parties { code } signatories { id } sources { publisher } event { id } }
  indicators { countries { code } sources { publisher } }
  events { date { iso } countries { code } participants { id } sources { claim } }
  people { names roles { title } agreementsSigned { id } }
  corridors { countries { code } }
}`,
    variables: { n: N, p1: cursor("country", "GQ"), p2: cursor("country", "NF") },
  },

  {
    id: "c5-every-loader-15-countries",
    family: "c",
    what: "15 aliases of country(code) (mid-sized countries) spreading a fragment that crosses every subgraph at every level: the most SQL statements",
    query: `{\n  ${aliases(15, (i) => `country(code: "${MID_COUNTRIES[i]!}") { ...E }`)}\n}\n${EVERY_LOADER}`,
  },
  {
    id: "c6-every-loader-15-busiest",
    family: "c",
    what: "c5 on the 15 busiest countries",
    query: `{\n  ${aliases(15, (i) => `country(code: "${BUSIEST[i]!}") { ...E }`)}\n}\n${EVERY_LOADER}`,
  },
  {
    id: "c7-fragment-15-aliases-one-page",
    family: "c",
    what: "c3 with every alias on the page that holds RU, US and TR (countries after NF)",
    query: `query($n: Int, $p: String) {\n  ${aliases(15, () => "countries(first: $n, after: $p) { nodes { ...F } }")}\n}
fragment F on Country { code agreements { id parties { code } } indicators { id sources { publisher } } events { id participants { name } } people { id name } }`,
    variables: { n: N, p: cursor("country", "NF") },
  },

  // ─── (d) deep bilateral profiles ───
  { id: "d1-profile-cn-ru", family: "d", what: "the deep profile of the largest pair, CN–RU", query: BILATERAL_PROFILE, variables: { a: "CN", b: "RU" } },
  // The profile costs 357 in armor's terms: 13 fit under 5000, 14 do not.
  {
    id: "d2-profile-13-pairs",
    family: "d",
    what: "the deep profile of the 13 largest pairs in one request (13 aliases, one fragment)",
    query: `{\n  ${aliases(13, (i) => `bilateral(a: "${BIG_PAIRS[i]!.slice(0, 2)}", b: "${BIG_PAIRS[i]!.slice(3)}") { ...P }`)}\n}\nfragment P on Bilateral {${PROFILE_FIELDS}}`,
  },
  {
    id: "d3-profile-cn-ru-13-times",
    family: "d",
    what: "the deep profile of CN–RU 13 times in one request",
    query: `{\n  ${aliases(13, () => `bilateral(a: "CN", b: "RU") { ...P }`)}\n}\nfragment P on Bilateral {${PROFILE_FIELDS}}`,
  },
];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : (process.argv[i + 1] ?? fallback);
}

/** Waits until the gateway reports every subgraph ready (after a crash the supervisor restarts it with back-off). */
async function waitReady(gatewayUrl: string, maxMs = 120_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < maxMs) {
    try {
      if ((await fetch(new URL("/readyz", gatewayUrl), { signal: AbortSignal.timeout(2000) })).ok) return Date.now() - started;
    } catch {
      /* restarting */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the federation at ${gatewayUrl} was not ready within ${maxMs / 1000} s`);
}

interface Seen {
  cpuMs: number;
  statements: number | null;
  requests: number | null;
  peakRssBytes: number;
}

/**
 * Samples the processes of `before` every 250 ms by pid: the last CPU time and counters
 * seen before a process died are all that is left of its share.
 */
function watch(fed: Member[], before: Reading[]): { stop(): Promise<Map<string, Seen>> } {
  const seen = new Map<string, Seen>();
  for (const r of before) if (r.pid !== null) seen.set(r.name, { cpuMs: r.cpuMs ?? 0, statements: r.statements, requests: r.requests, peakRssBytes: r.rssBytes ?? 0 });
  const sample = async (): Promise<void> => {
    const now = await readAll(fed);
    for (const b of before) {
      const s = seen.get(b.name);
      const direct = b.pid !== null ? sampleProcess(b.pid) : null;
      if (!s || !direct) continue;
      s.cpuMs = direct.cpuSeconds * 1000;
      s.peakRssBytes = Math.max(s.peakRssBytes, direct.rssBytes);
      const r = now.find((x) => x.name === b.name && x.pid === b.pid);
      if (r?.statements != null) s.statements = r.statements;
      if (r?.requests != null) s.requests = r.requests;
    }
  };
  let running = true;
  const loop = (async () => {
    while (running) {
      await sample();
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      await sample();
      return seen;
    },
  };
}

export interface Measured {
  id: string;
  family: Hostile["family"];
  what: string;
  queryBytes: number;
  status: number;
  codes: string[];
  message: string | null;
  wallMs: number;
  /** From sending the request until every subgraph was idle again. */
  busyMs: number;
  answerBytes: number;
  /** Over every subgraph; "≥" when a subgraph died (its last counts seen). */
  statements: number | null;
  subgraphRequests: number | null;
  subgraphCpuMs: number;
  cpuMs: Record<string, number>;
  peakRssMb: Record<string, number>;
  died: string[];
}

async function measure(fed: Member[], h: Hostile): Promise<Measured> {
  await waitReady(fed[0]!.graphqlUrl);
  await settle(fed, 30_000);
  const before = await readAll(fed);
  const w = watch(fed, before);
  const started = performance.now();
  const answer = await post(fed[0]!.graphqlUrl, { query: h.query, variables: h.variables ?? {} }, 300_000);
  await settle(fed);
  const busyMs = performance.now() - started;
  const seen = await w.stop();
  const after = await readAll(fed);
  const died = before.filter((b) => !after.some((a) => a.name === b.name && a.pid === b.pid)).map((b) => b.name);
  const cpuMs: Record<string, number> = {};
  const peakRssMb: Record<string, number> = {};
  let statements: number | null = 0;
  let subgraphRequests: number | null = 0;
  let subgraphCpuMs = 0;
  for (const b of before) {
    const s = seen.get(b.name);
    if (!s) continue;
    cpuMs[b.name] = Math.round(s.cpuMs - (b.cpuMs ?? 0));
    peakRssMb[b.name] = Math.round(s.peakRssBytes / 2 ** 20);
    if (b.name === "gateway") continue;
    subgraphCpuMs += cpuMs[b.name]!;
    statements = statements !== null && s.statements !== null && b.statements !== null ? statements + s.statements - b.statements : null;
    subgraphRequests = subgraphRequests !== null && s.requests !== null && b.requests !== null ? subgraphRequests + s.requests - b.requests : null;
  }
  return {
    id: h.id,
    family: h.family,
    what: h.what,
    queryBytes: Buffer.byteLength(h.query),
    status: answer.status,
    codes: answer.codes,
    message: answer.firstMessage?.slice(0, 160) ?? null,
    wallMs: Math.round(answer.ms),
    busyMs: Math.round(busyMs),
    answerBytes: answer.bytes,
    statements,
    subgraphRequests,
    subgraphCpuMs,
    cpuMs,
    peakRssMb,
    died,
  };
}

async function main(): Promise<void> {
  const gateway = arg("gateway", `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 4000}/graphql`);
  const print = arg("print", "");
  if (print) {
    const h = HOSTILE.find((x) => x.id === print);
    if (!h) throw new Error(`no query ${print}; ids: ${HOSTILE.map((x) => x.id).join(", ")}`);
    console.log(`${h.query}\n\nvariables: ${JSON.stringify(h.variables ?? {})}`);
    return;
  }
  const only = arg("only", "").split(",").filter(Boolean);
  const out = arg("out", "");
  const fed = members(gateway);
  const chosen = HOSTILE.filter((h) => !only.length || only.includes(h.id));
  const results: Measured[] = [];
  for (const h of chosen) {
    const m = await measure(fed, h);
    results.push(m);
    const ge = m.died.length ? "≥" : "";
    console.log(
      `${m.id.padEnd(36)} ${String(m.queryBytes).padStart(5)} B  HTTP ${m.status} ${(m.codes.join(",") || "ok").padEnd(28)} wall ${String(m.wallMs).padStart(6)} ms  busy ${String(m.busyMs).padStart(6)} ms  ` +
        `SQL ${ge}${m.statements ?? "?"}  subgraph requests ${ge}${m.subgraphRequests ?? "?"}  subgraph CPU ${ge}${m.subgraphCpuMs} ms  gateway CPU ${m.cpuMs.gateway ?? "?"} ms  ` +
        `answer ${m.answerBytes.toLocaleString("en")} B  peak RSS MB ${JSON.stringify(m.peakRssMb)}${m.died.length ? `  DIED: ${m.died.join(", ")}` : ""}`,
    );
    if (m.message && m.codes.length) console.log(`${"".padEnd(36)} first error: ${m.message}`);
  }
  const worst = [...results].sort((x, y) => y.subgraphCpuMs + (y.cpuMs.gateway ?? 0) - (x.subgraphCpuMs + (x.cpuMs.gateway ?? 0)))[0];
  if (worst) console.log(`\nmost CPU: ${worst.id} (${worst.subgraphCpuMs} ms in the subgraphs, ${worst.cpuMs.gateway ?? "?"} ms in the gateway, wall ${worst.wallMs} ms, busy ${worst.busyMs} ms)`);
  if (out) writeFileSync(out, JSON.stringify({ gateway, at: new Date().toISOString(), results, queries: chosen }, null, 2));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
