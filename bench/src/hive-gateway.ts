/**
 * Hive Gateway as the benchmark starts it (systems B, B+rust, B+cache, B+otel and B-solo): its own
 * CLI on a supergraph file, one worker (--fork 1), a config from bench/src/hive/, the subgraph
 * secret's header name in BENCH_SECRET_HEADER (the configs forward the secret, as our gateway sends it).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { repoRoot } from "@atlas/db";
import { freePort, startProcess, type Proc } from "./procs";

const benchDir = join(repoRoot, "bench");

/** The hive-gateway executable of the installed @graphql-hive/gateway. */
export function hiveBin(): string {
  const pkg = require.resolve("@graphql-hive/gateway/package.json");
  return join(dirname(pkg), (JSON.parse(readFileSync(pkg, "utf8")) as { bin: Record<string, string> }).bin["hive-gateway"]!);
}

/** Our gateway's build's supergraph with each subgraph's URL replaced by `subgraphs`' one, written to `file`. */
export function writeHiveSupergraph(subgraphs: readonly { name: string; url: string }[], file: string): string {
  let supergraph = readFileSync(join(repoRoot, "gateway", "dist", "supergraph.graphql"), "utf8");
  for (const s of subgraphs) supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${s.name}", url: ")[^"]*(")`), `$1${s.url}$2`);
  writeFileSync(file, supergraph);
  return file;
}

export interface HiveOptions {
  supergraphFile: string;
  /** A file in bench/src/hive/. */
  config: string;
  /** Its environment (the subgraph secret among it) and BENCH_SECRET_HEADER. */
  env: NodeJS.ProcessEnv;
  secretHeader: string;
  /** Node arguments before the executable (--cpu-prof…). */
  nodeArgs?: readonly string[];
}

/** Starts Hive Gateway as process `name` on a free port; the caller waits until it answers. */
export async function launchHive(name: string, o: HiveOptions): Promise<{ proc: Proc; url: string }> {
  const port = await freePort();
  const args = [...(o.nodeArgs ?? []), hiveBin(), "supergraph", o.supergraphFile, "--fork", "1", "-p", String(port), "-h", "127.0.0.1", "-c", join(benchDir, "src", "hive", o.config)];
  const proc = startProcess(name, args, { ...o.env, BENCH_SECRET_HEADER: o.secretHeader }, benchDir);
  return { proc, url: `http://127.0.0.1:${port}/graphql` };
}
