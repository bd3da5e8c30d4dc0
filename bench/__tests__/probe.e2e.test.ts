/**
 * The probe the benchmark preloads into subgraph processes counts what Prisma's query
 * events count (the StatementCounter of createDb) and every GraphQL request.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "@atlas/db";
import { compileProbe } from "../src/probe-build";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "atlas-probe-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("counts the same SQL statements as Prisma's query events, and the GraphQL requests", () => {
  const probe = compileProbe(dir);
  const out = execFileSync(process.execPath, ["--import", "tsx", "--require", probe, join(__dirname, "fixtures", "probe-child.ts")], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: "silent" },
    encoding: "utf8",
    timeout: 60_000,
  });
  const { counted, probe: stats } = JSON.parse(out.trim().split("\n").pop()!) as { counted: number; probe: { requests: number; statements: number; rssBytes: number; maxRssBytes: number } };
  expect(counted).toBeGreaterThanOrEqual(5);
  expect(stats.statements).toBe(counted);
  expect(stats.requests).toBe(2);
  expect(stats.maxRssBytes).toBeGreaterThanOrEqual(stats.rssBytes * 0.5);
});
