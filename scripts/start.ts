/**
 * `npm start`: the whole federation on one machine.
 *  1. migrates the store DATABASE_URL names (default: the embedded SQLite file
 *     data/atlas.db, created on first start);
 *  2. starts every registered subgraph as its own process, waits until each answers;
 *  3. loads the seed corpus through the subgraphs' own validated writes (an import per
 *     article: it only adds what is missing, never clears or overwrites anything; a seed
 *     record a curator has changed is reported as a conflict and left alone);
 *  4. starts the gateway, prints the URLs;
 *  5. keeps them running: a process that dies on its own (a crash, kill -9, its V8 heap
 *     limit) is restarted with back-off while the others serve (scripts/supervisor.ts);
 *  6. on Ctrl-C (SIGINT) or SIGTERM stops every process and exits 0.
 * Ports: GATEWAY_PORT (4000) and <NAME>_PORT per subgraph (services/subgraphs.json).
 * `--replicas N` (N ≥ 2): N gateway processes on GATEWAY_PORT+101… behind one balancer on
 * GATEWAY_PORT (scripts/balancer.ts), sharing the response cache and rate limits through
 * Redis (REDIS_URL, default redis://127.0.0.1:6379; it must answer). docs/caching.md.
 * SUBGRAPH_SECRET (what the gateway sends and subgraphs require) is generated for the
 * run when unset, and handed to every process.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { defaultDatabaseUrl, migrate, repoRoot } from "@atlas/db";
import { readRegistry, subgraphUrl, youngGenerationFlags } from "@atlas/runtime";
import { conflictsOf, seedCorpus, subgraphTransport } from "@atlas/seeds";
import Redis from "ioredis";
import { startBalancer, type Balancer } from "./balancer";
import { SEED_CALLER } from "./local-subgraphs";
import { Supervisor } from "./supervisor";

const supervisor = new Supervisor();

/** V8 heap limits in MiB: NODE_HEAP_MB_GATEWAY (512) and NODE_HEAP_MB_SUBGRAPH (384); see README "Limits". */
function heapMb(kind: "GATEWAY" | "SUBGRAPH"): number {
  const raw = process.env[`NODE_HEAP_MB_${kind}`];
  const n = raw ? Number(raw) : kind === "GATEWAY" ? 512 : 384;
  if (!Number.isInteger(n) || n < 64) throw new Error(`NODE_HEAP_MB_${kind} must be an integer of at least 64, got ${JSON.stringify(raw)}`);
  return n;
}

function startProcess(name: string, entry: string, kind: "GATEWAY" | "SUBGRAPH", env: NodeJS.ProcessEnv = process.env): void {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
  // A tracing process gets a larger young generation: its spans wait for their batch's export (young-generation.ts).
  supervisor.start({ name, args: [entry], maxOldSpaceMb: heapMb(kind), nodeFlags: youngGenerationFlags(env), env });
}

/** `--replicas N`: how many gateway processes (1 without the flag). */
function replicasFromArgs(argv: string[]): number {
  const i = argv.indexOf("--replicas");
  if (i < 0) return 1;
  const n = Number(argv[i + 1]);
  if (!Number.isInteger(n) || n < 1 || n > 16) throw new Error(`--replicas takes a number from 1 to 16, got ${JSON.stringify(argv[i + 1])}`);
  return n;
}

/** Replicas share their cache and limits through Redis: it must answer before they start. */
async function requireRedis(url: string): Promise<void> {
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 3000, retryStrategy: () => null });
  r.on("error", () => undefined);
  try {
    await r.connect();
    await r.ping();
  } catch (e) {
    throw new Error(`--replicas needs Redis (REDIS_URL=${url}): ${(e as Error).message}`, { cause: e });
  } finally {
    r.disconnect();
  }
}

let balancer: Balancer | undefined;

/** Waits for the process's /readyz (next to its /graphql) to answer 200. */
async function waitUntilReady(name: string, graphqlUrl: string, timeoutMs = 30_000): Promise<void> {
  const url = new URL("readyz", graphqlUrl);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} was not ready at ${url} within ${timeoutMs / 1000}s`);
}

async function stopAll(code: number): Promise<void> {
  await balancer?.close();
  await supervisor.stop();
  process.exit(code);
}

async function main(): Promise<void> {
  const replicas = replicasFromArgs(process.argv.slice(2));
  if (replicas > 1) {
    process.env.REDIS_URL ||= "redis://127.0.0.1:6379";
    await requireRedis(process.env.REDIS_URL);
  }
  const url = process.env.DATABASE_URL || defaultDatabaseUrl;
  process.env.DATABASE_URL = url;
  // One secret per run, shared by the gateway and the subgraphs it started; nothing else can call the subgraphs.
  const secret = (process.env.SUBGRAPH_SECRET ||= randomBytes(32).toString("base64url"));
  const migrated = await migrate(url);
  console.log(`store ${url.replace(/\/\/[^@]*@/, "//***@")}: ${migrated.applied.length} migrations applied`);

  process.on("SIGINT", () => void stopAll(0));
  process.on("SIGTERM", () => void stopAll(0));

  const subgraphs = readRegistry();
  for (const s of subgraphs) startProcess(s.name, join(repoRoot, "services", s.name, "dist", "index.js"), "SUBGRAPH");
  await Promise.all(subgraphs.map((s) => waitUntilReady(s.name, subgraphUrl(s))));
  const urls = Object.fromEntries(subgraphs.map((s) => [s.name, subgraphUrl(s)]));
  const seeded = await seedCorpus(subgraphTransport(urls, secret, SEED_CALLER));
  console.log(
    `corpus: ${seeded.imported.length ? `imported ${seeded.imported.join(", ")}` : "already loaded"} (${Object.entries(seeded.counts).map(([k, v]) => `${v} ${k}`).join(", ")})`,
  );
  for (const c of seeded.reports.flatMap(conflictsOf)) console.log(`  seed conflict, left as stored: ${c.part} ${c.id}: ${c.reason}`);
  const gatewayEntry = join(repoRoot, "gateway", "dist", "index.js");
  const port = Number(process.env.GATEWAY_PORT ?? 4000);
  const gatewayUrl = `http://127.0.0.1:${port}/graphql`;
  if (replicas === 1) {
    startProcess("gateway", gatewayEntry, "GATEWAY");
  } else {
    const ports = Array.from({ length: replicas }, (_, i) => port + 101 + i);
    ports.forEach((p, i) => startProcess(`gateway-${i + 1}`, gatewayEntry, "GATEWAY", { ...process.env, GATEWAY_PORT: String(p) }));
    await Promise.all(ports.map((p, i) => waitUntilReady(`gateway-${i + 1}`, `http://127.0.0.1:${p}/graphql`)));
    balancer = await startBalancer(port, process.env.GATEWAY_HOST ?? "127.0.0.1", ports, console.log);
  }
  await waitUntilReady("gateway", gatewayUrl);

  console.log("\nBilateral Atlas is up:");
  for (const s of subgraphs) console.log(`  ${s.name.padEnd(12)} ${subgraphUrl(s)}`);
  console.log(`  ${"gateway".padEnd(12)} ${gatewayUrl}  (open it in a browser for GraphiQL)`);
  const origin = gatewayUrl.replace(/\/graphql$/, "");
  console.log(`  ${"explorer".padEnd(12)} ${origin}/`);
  console.log(`  ${"exports".padEnd(12)} ${origin}/export  (CSV and JSON for BI tools, see docs/bi.md)`);
  console.log("Ctrl-C stops everything.");
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  void stopAll(1);
});
