import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "@atlas/db";
import { readRegistry } from "@atlas/runtime";
import { BILATERAL_PROFILE } from "../../tests/support/queries";
import { countFetches } from "../src/loadgen";
import { buildPlan, criticalPathMs, fetchNodes, matchRecorded, planSteps, primaryTable, rootNode, tablesOf, type RecordedRequest } from "../src/plan";
import { COUNTRY_LOOKUP } from "../src/workloads";

const supergraph = readFileSync(join(repoRoot, "gateway", "src", "supergraph.graphql"), "utf8");

describe("primaryTable", () => {
  it("reads the table of SQLite and PostgreSQL statements as Prisma writes them", () => {
    expect(primaryTable('SELECT `main`.`agreement_party`.`agreementId` FROM `main`.`agreement_party` WHERE 1=1')).toBe("agreement_party");
    expect(primaryTable('SELECT "t0"."code" FROM "main"."country" AS "t0" WHERE "t0"."code" IN (?,?)')).toBe("country");
    expect(primaryTable('SELECT "public"."role"."id" FROM "public"."role" WHERE "public"."role"."personId" IN ($1)')).toBe("role");
    expect(primaryTable('INSERT INTO "main"."document" ("id") VALUES (?)')).toBe("document");
    expect(primaryTable("select 1")).toBeNull();
  });

  it("counts tables read more than once", () => {
    const { tables, repeated } = tablesOf(['SELECT * FROM "main"."agreement_party"', 'SELECT * FROM "main"."agreement"', 'SELECT * FROM "main"."agreement_party"']);
    expect(tables).toEqual(["agreement_party", "agreement"]);
    expect(repeated).toEqual(["agreement_party"]);
  });
});

describe("query plans", () => {
  it("plans the country lookup as one fetch to the countries subgraph", () => {
    const nodes = fetchNodes(rootNode(buildPlan(supergraph, COUNTRY_LOOKUP)));
    expect(nodes.map((n) => n.serviceName)).toEqual(["countries"]);
  });

  it("plans the deep profile over registered subgraphs, starting at countries", () => {
    const nodes = fetchNodes(rootNode(buildPlan(supergraph, BILATERAL_PROFILE)));
    const registered = new Set(readRegistry().map((s) => s.name));
    expect(nodes.length).toBeGreaterThan(4);
    expect(nodes[0]!.serviceName).toBe("countries");
    for (const n of nodes) expect(registered.has(n.serviceName)).toBe(true);
  });

  it("pairs each fetch with a recorded request of the same operation and keeps the plan's shape", () => {
    const plan = buildPlan(supergraph, BILATERAL_PROFILE);
    const nodes = fetchNodes(rootNode(plan));
    const recorded: Record<string, RecordedRequest[]> = {};
    // Recorded in reverse order: pairing must go by operation, not by arrival.
    for (const n of [...nodes].reverse()) (recorded[n.serviceName] ??= []).push({ body: { query: n.operation, variables: { n: nodes.indexOf(n) } }, statements: 1, sql: [] });
    const matched = matchRecorded(plan, recorded);
    const urls = Object.fromEntries(readRegistry().map((s) => [s.name, `http://127.0.0.1:1/${s.name}`]));
    const steps = planSteps(rootNode(plan), matched, urls);
    expect(countFetches(steps)).toBe(nodes.length);
    expect(steps.kind).toBe("sequence");
    for (const n of nodes) expect((matched.get(n)!.body.query)).toBe(n.operation);
  });

  it("fails clearly when a fetch was not recorded", () => {
    expect(() => matchRecorded(buildPlan(supergraph, COUNTRY_LOOKUP), {})).toThrow(/no recorded countries request/);
  });
});

describe("criticalPathMs", () => {
  it("adds up sequences and takes the longest parallel branch", () => {
    const f = (service: string) => ({ kind: "fetch" as const, service, url: "", body: service });
    const ms: Record<string, number> = { root: 5, a: 100, b: 30, c: 50, d: 10 };
    const plan = { kind: "sequence" as const, steps: [f("root"), { kind: "parallel" as const, steps: [f("a"), { kind: "sequence" as const, steps: [f("b"), f("c")] }, f("d")] }] };
    expect(criticalPathMs(plan, (x) => ms[x.service]!)).toBe(105);
    expect(criticalPathMs({ kind: "parallel", steps: [] }, () => 1)).toBe(0);
  });
});
