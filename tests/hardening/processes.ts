/**
 * Real processes for the fault tests: each subgraph and the gateway started from its
 * src/index.ts with tsx (no build needed), on free loopback ports below the ephemeral range
 * (support/ports.ts), logs captured.
 * Every process started here is SIGKILLed by killAll(), and on the test worker's exit.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "@atlas/db";
import { envName, readRegistry } from "@atlas/runtime";
import { freePort } from "../support/ports";

export { freePort };

const started = new Set<ChildProcess>();
process.once("exit", () => {
  for (const c of started) c.kill("SIGKILL");
  releaseLock();
});

/**
 * One federation of processes at a time across Jest's workers: seven Node processes each,
 * on two cores and PostgreSQL's 100 connections, starve each other's timeouts. (Their ports
 * cannot clash: each worker draws from a block of its own, support/ports.ts.)
 */
const LOCK = join(tmpdir(), "atlas-federation-processes.lock");
let holdsLock = false;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function acquireLock(timeoutMs = 600_000): Promise<void> {
  if (holdsLock) return;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, "pid"), String(process.pid));
      holdsLock = true;
      return;
    } catch {
      let owner = NaN;
      try {
        owner = Number(readFileSync(join(LOCK, "pid"), "utf8"));
      } catch {
        /* being written or removed */
      }
      if (Number.isInteger(owner) && !alive(owner)) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`another test's federation processes held ${LOCK} for ${timeoutMs / 1000} s`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

function releaseLock(): void {
  if (!holdsLock) return;
  holdsLock = false;
  rmSync(LOCK, { recursive: true, force: true });
}

export interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  [key: string]: unknown;
}

export interface ServiceProcess {
  name: string;
  port: number;
  child: ChildProcess;
  logs: LogLine[];
  /** stdout/stderr lines that are not JSON (crashes, warnings). */
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first log line (already written or to come) that matches. */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
}

function start(name: string, entry: string, port: number, env: NodeJS.ProcessEnv): ServiceProcess {
  const child = spawn(process.execPath, ["--import", "tsx", entry], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  started.add(child);
  const logs: LogLine[] = [];
  const output: string[] = [];
  const waiters = new Set<() => void>();
  const onLine = (line: string): void => {
    if (!line.trim()) return;
    try {
      logs.push(JSON.parse(line) as LogLine);
    } catch {
      output.push(line);
    }
    for (const w of waiters) w();
  };
  for (const stream of [child.stdout!, child.stderr!]) {
    let buffer = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split("\n");
      buffer = lines.pop()!;
      lines.forEach(onLine);
    });
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      started.delete(child);
      for (const w of waiters) w();
      resolve({ code, signal });
    }),
  );
  return {
    name,
    port,
    child,
    logs,
    output,
    exited,
    waitForLog: (match, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          const hit = logs.find(match);
          if (hit) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(hit);
          } else if (child.exitCode !== null || child.signalCode !== null) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(new Error(`${name} exited before the expected log line:\n${output.join("\n")}`));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`${name}: no matching log line within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
  };
}

export interface FederationProcesses {
  secret: string;
  gatewayUrl: string;
  subgraphs: Map<string, ServiceProcess>;
  gateway: ServiceProcess;
  /** The environment every process got (ports, secret, store). */
  env: NodeJS.ProcessEnv;
  /** Starts (again) one subgraph on its port; resolves once its /readyz answers 200. */
  startSubgraph(name: string): Promise<ServiceProcess>;
  readyUrl(port: number): string;
}

/** Polls until url answers 200 or the deadline passes. */
export async function waitForOk(url: string, timeoutMs = 30_000, proc?: ServiceProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    if (proc && proc.child.exitCode !== null) throw new Error(`${proc.name} exited (${proc.child.exitCode}):\n${proc.output.join("\n")}`);
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Every registered subgraph and the gateway as separate processes in production mode,
 * sharing a random secret, on the suite's seeded store (DATABASE_URL). `gatewayEnv` is added
 * to the gateway's environment alone.
 */
export async function startFederationProcesses(extraEnv: NodeJS.ProcessEnv = {}, gatewayEnv: NodeJS.ProcessEnv = {}): Promise<FederationProcesses> {
  await acquireLock();
  const secret = randomBytes(24).toString("base64url");
  const registry = readRegistry();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    LOG_LEVEL: "debug",
    SUBGRAPH_SECRET: secret,
    // Seven processes share PostgreSQL's 100 connections with the other test worker.
    DATABASE_POOL_SIZE: "4",
    ...extraEnv,
  };
  const ports = new Map<string, number>();
  for (const s of registry) {
    const port = await freePort();
    ports.set(s.name, port);
    env[`${envName(s.name)}_PORT`] = String(port);
    delete env[`${envName(s.name)}_URL`];
  }
  const gatewayPort = await freePort();
  env.GATEWAY_PORT = String(gatewayPort);
  const readyUrl = (port: number): string => `http://127.0.0.1:${port}/readyz`;

  const subgraphs = new Map<string, ServiceProcess>();
  const startSubgraph = async (name: string): Promise<ServiceProcess> => {
    const port = ports.get(name)!;
    const proc = start(name, join(repoRoot, "services", name, "src", "index.ts"), port, env);
    subgraphs.set(name, proc);
    await waitForOk(readyUrl(port), 60_000, proc);
    return proc;
  };
  await Promise.all(registry.map((s) => startSubgraph(s.name)));
  const gateway = start("gateway", join(repoRoot, "gateway", "src", "index.ts"), gatewayPort, { ...env, ...gatewayEnv });
  await waitForOk(readyUrl(gatewayPort), 60_000, gateway);
  return { secret, gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`, subgraphs, gateway, env, startSubgraph, readyUrl };
}

/** SIGKILLs every process this module started that is still alive (stopped ones included). */
export async function killAll(): Promise<void> {
  const exits = [...started].map(
    (c) =>
      new Promise<void>((resolve) => {
        if (c.exitCode !== null || c.signalCode !== null) return resolve();
        c.once("exit", () => resolve());
        c.kill("SIGKILL");
      }),
  );
  await Promise.all(exits);
  releaseLock();
}
