/**
 * Issue 11, acceptance 3: does the scale set answer every pair's deep profile in full?
 * Against a running federation serving the scale set (see federation-probe.ts for the
 * probe that counts SQL statements), it asks the deep bilateral profile (the one the
 * benchmark measures, tests/support/queries.ts) for
 *  - the N pairs with the most agreements + indicators + events in common,
 *  - every pair among the K busiest countries,
 *  - the benchmark's planted pairs and a pair with nothing in common (the small pairs),
 * one request at a time, and reports per pair: errors, what came back against the SQL
 * truth read from the same store, time, SQL statements and subgraph requests.
 *
 *   DATABASE_URL=file:$PWD/data/scale.db NODE_OPTIONS="--require …/probe.cjs" npm start
 *   npx tsx bench/src/experiments/scale-pairs.ts --store file:$PWD/data/scale.db [--gateway URL] [--top 10] [--busiest 20] [--out file.json]
 *
 * Exit code 1 when any pair answered with an error or incompletely.
 */
import { writeFileSync } from "node:fs";
import { createDb, type Database } from "@atlas/db";
import { BILATERAL_PROFILE } from "../../../tests/support/queries";
import { FULL_SCALE } from "../scale/generate";
import { scaleDatabaseUrl } from "../scale/load";
import { members, post, readAll, usageBetween } from "./federation-probe";

const KINDS = ["agreements", "indicators", "events", "people", "parties", "signatories", "indicatorCountries", "participants"] as const;
type Kind = (typeof KINDS)[number];
type Counts = Record<Kind, number>;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : (process.argv[i + 1] ?? fallback);
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}-${b}` : `${b}-${a}`);

/** Items in common per pair, for every pair that has any: one grouped self-join per link table. */
async function pairTotals(db: Database): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  const links = [
    ["agreement_party", "agreementId", "agreement"],
    ["indicator_country", "indicatorId", "indicator"],
    ["event_country", "eventId", "event"],
  ] as const;
  for (const [table, owner, facts] of links) {
    const rows = await db.prisma.$queryRawUnsafe<{ a: string; b: string; n: number | bigint }[]>(
      `SELECT x."countryCode" AS a, y."countryCode" AS b, count(*) AS n
       FROM "${table}" x JOIN "${table}" y ON y."${owner}" = x."${owner}" AND x."countryCode" < y."countryCode"
       JOIN "${facts}" f ON f."id" = x."${owner}" AND f."retractedAt" IS NULL
       GROUP BY x."countryCode", y."countryCode"`,
    );
    for (const r of rows) totals.set(pairKey(r.a, r.b), (totals.get(pairKey(r.a, r.b)) ?? 0) + Number(r.n));
  }
  return totals;
}

/** What the profile of (a, b) must hold, counted in SQL (public reads leave retracted facts out). */
async function truth(db: Database, a: string, b: string): Promise<Counts> {
  // Codes come from the store's own rows; checked anyway, since they are written into the SQL (one text for both stores).
  if (![a, b].every((c) => /^[A-Z]{2}$/.test(c))) throw new Error(`not a country code pair: ${a}-${b}`);
  const both = (table: string, owner: string): string =>
    `SELECT x."${owner}" AS id FROM "${table}" x JOIN "${table}" y ON y."${owner}" = x."${owner}" AND y."countryCode" = '${b}' WHERE x."countryCode" = '${a}'`;
  const one = async (sql: string): Promise<number> => Number((await db.prisma.$queryRawUnsafe<{ n: number | bigint }[]>(sql))[0]?.n ?? 0);
  const agreements = `SELECT g."id" FROM "agreement" g WHERE g."retractedAt" IS NULL AND g."id" IN (${both("agreement_party", "agreementId")})`;
  const indicators = `SELECT i."id" FROM "indicator" i WHERE i."retractedAt" IS NULL AND i."id" IN (${both("indicator_country", "indicatorId")})`;
  const events = `SELECT e."id" FROM "event" e WHERE e."retractedAt" IS NULL AND e."id" IN (${both("event_country", "eventId")})`;
  return {
    agreements: await one(`SELECT count(*) AS n FROM (${agreements}) t`),
    indicators: await one(`SELECT count(*) AS n FROM (${indicators}) t`),
    events: await one(`SELECT count(*) AS n FROM (${events}) t`),
    people: await one(
      `SELECT count(DISTINCT p."personId") AS n FROM "event_participant" p JOIN "person" q ON q."id" = p."personId" AND q."retractedAt" IS NULL WHERE p."eventId" IN (${events})`,
    ),
    parties: await one(`SELECT count(*) AS n FROM "agreement_party" WHERE "agreementId" IN (${agreements})`),
    signatories: await one(`SELECT count(*) AS n FROM "agreement_signatory" WHERE "agreementId" IN (${agreements})`),
    indicatorCountries: await one(`SELECT count(*) AS n FROM "indicator_country" WHERE "indicatorId" IN (${indicators})`),
    participants: await one(`SELECT count(*) AS n FROM "event_participant" WHERE "eventId" IN (${events})`),
  };
}

interface Profile {
  agreements?: { parties?: unknown[]; signatories?: unknown[] }[] | null;
  indicators?: { countries?: unknown[] }[] | null;
  events?: { participants?: unknown[] }[] | null;
  people?: unknown[] | null;
}

/** The same counts read from an answer (a null list counts -1, so it never matches). */
function returned(p: Profile | null | undefined): Counts {
  const len = (xs: unknown[] | null | undefined): number => (Array.isArray(xs) ? xs.length : -1);
  const sum = <T>(xs: T[] | null | undefined, f: (x: T) => unknown[] | undefined): number => (Array.isArray(xs) ? xs.reduce((n, x) => n + len(f(x)), 0) : -1);
  return {
    agreements: len(p?.agreements),
    indicators: len(p?.indicators),
    events: len(p?.events),
    people: len(p?.people),
    parties: sum(p?.agreements, (g) => g.parties),
    signatories: sum(p?.agreements, (g) => g.signatories),
    indicatorCountries: sum(p?.indicators, (i) => i.countries),
    participants: sum(p?.events, (e) => e.participants),
  };
}

export interface PairResult {
  pair: string;
  why: string;
  status: number;
  errors: string[];
  truth: Counts;
  got: Counts;
  complete: boolean;
  ms: number;
  bytes: number;
  statements: number | null;
  subgraphRequests: number | null;
  subgraphCpuMs: number | null;
}

async function main(): Promise<void> {
  const gateway = arg("gateway", `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 4000}/graphql`);
  const store = arg("store", scaleDatabaseUrl());
  const top = Number(arg("top", "10"));
  const busiest = Number(arg("busiest", "20"));
  const out = arg("out", "");
  const db = createDb(store);
  const fed = members(gateway);
  try {
    const totals = await pairTotals(db);
    const byTotal = [...totals.entries()].sort((x, y) => y[1] - x[1]);
    const activity = new Map<string, number>();
    for (const [pair, n] of totals) for (const c of pair.split("-")) activity.set(c, (activity.get(c) ?? 0) + n);
    const busy = [...activity.entries()].sort((x, y) => y[1] - x[1]).slice(0, busiest).map(([c]) => c);

    const chosen = new Map<string, string>();
    for (const [pair] of byTotal.slice(0, top)) chosen.set(pair, `top ${top}`);
    for (const p of FULL_SCALE.pairs) if (!chosen.has(pairKey(p.a, p.b))) chosen.set(pairKey(p.a, p.b), `bench pair (${p.items} planted)`);
    // Two countries with nothing in common: the smallest profile there is.
    const quiet = [...activity.keys()].sort().find((c) => c !== "AZ" && !totals.has(pairKey("AZ", c)));
    if (quiet) chosen.set(pairKey("AZ", quiet), "nothing in common");
    for (let i = 0; i < busy.length; i++) for (let j = i + 1; j < busy.length; j++) if (!chosen.has(pairKey(busy[i]!, busy[j]!))) chosen.set(pairKey(busy[i]!, busy[j]!), `among the ${busiest} busiest`);
    console.log(`${totals.size} pairs have something in common; busiest countries: ${busy.join(" ")}; asking ${chosen.size} pairs of ${gateway}`);

    const results: PairResult[] = [];
    for (const [pair, why] of chosen) {
      const [a, b] = pair.split("-") as [string, string];
      const expected = await truth(db, a, b);
      const before = await readAll(fed);
      const answer = await post(gateway, { query: BILATERAL_PROFILE, variables: { a, b } });
      const usage = usageBetween(before, await readAll(fed));
      const got = returned((answer.json?.data as { bilateral?: Profile } | undefined)?.bilateral);
      const complete = KINDS.every((k) => got[k] === expected[k]);
      const r: PairResult = {
        pair,
        why,
        status: answer.status,
        errors: answer.codes,
        truth: expected,
        got,
        complete,
        ms: Math.round(answer.ms),
        bytes: answer.bytes,
        statements: usage.statements,
        subgraphRequests: usage.subgraphRequests,
        subgraphCpuMs: usage.subgraphCpuMs === null ? null : Math.round(usage.subgraphCpuMs),
      };
      results.push(r);
      const counts = (c: Counts): string => `${c.agreements}/${c.indicators}/${c.events}/${c.people}`;
      console.log(
        `${pair.padEnd(6)} ${String(r.status).padEnd(4)} ${(r.errors.join(",") || "no errors").padEnd(22)} got ${counts(got).padEnd(18)} ${complete ? "complete" : `INCOMPLETE (want ${counts(expected)}, nested ${JSON.stringify(expected)} got ${JSON.stringify(got)})`}  ${String(r.ms).padStart(6)} ms  SQL ${r.statements ?? "?"}  subgraph requests ${r.subgraphRequests ?? "?"}  subgraph CPU ${r.subgraphCpuMs ?? "?"} ms  ${why}`,
      );
    }

    const bad = results.filter((r) => r.status !== 200 || r.errors.length || !r.complete);
    const sql = [...new Set(results.map((r) => r.statements))].sort((x, y) => (x ?? 0) - (y ?? 0));
    const slowest = [...results].sort((x, y) => y.ms - x.ms)[0];
    console.log(`\n${results.length} pairs: ${bad.length} with errors or incomplete answers${bad.length ? ` (${bad.map((r) => r.pair).join(" ")})` : ""}`);
    console.log(`SQL statements per request: ${sql.map((n) => `${n ?? "?"} (${results.filter((r) => r.statements === n).length} pairs)`).join(", ")}`);
    if (slowest) console.log(`slowest: ${slowest.pair} ${slowest.ms} ms, ${slowest.bytes.toLocaleString("en")} bytes`);
    if (out) writeFileSync(out, JSON.stringify({ gateway, store: store.replace(/\/\/[^@]*@/, "//***@"), at: new Date().toISOString(), results }, null, 2));
    process.exitCode = bad.length ? 1 : 0;
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});
