/**
 * The processes the benchmark starts: spawning, waiting until they answer, reading their
 * CPU time and memory from /proc (Linux), and stopping exactly the ones it started.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { execSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, writeSync } from "node:fs";
import net from "node:net";
import { join } from "node:path";

export interface Proc {
  name: string;
  child: ChildProcess;
  pid: number;
  /** The last lines it printed, for error messages. */
  output: string[];
  exited: boolean;
}

const started: Proc[] = [];

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Runs this node with `args`; under `launcher` (a command and its arguments, e.g. valgrind's) when given. */
export function startProcess(name: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string, launcher: readonly string[] = []): Proc {
  // BENCH_OUTPUT_DIR: everything the process prints also goes to <dir>/<name>.log (node --trace-deopt and the like print more than the last 40 lines).
  // Written at once (writeSync): the file is whole as soon as the process has closed its output. Opened before
  // the spawn: a child started and then left out of `started` by a throw would outlive the run (stopAll never sees it).
  const dir = process.env.BENCH_OUTPUT_DIR;
  if (dir) mkdirSync(dir, { recursive: true });
  const file = dir ? openSync(join(dir, `${name}.log`), "w") : undefined;
  const [command, ...before] = [...launcher, process.execPath];
  const child = spawn(command!, [...before, ...args], { env, cwd, stdio: ["ignore", "pipe", "pipe"] });
  if (child.pid === undefined) {
    if (file !== undefined) closeSync(file);
    throw new Error(`could not start ${name}`);
  }
  const proc: Proc = { name, child, pid: child.pid, output: [], exited: false };
  const keep = (chunk: Buffer): void => {
    if (file !== undefined) writeSync(file, chunk);
    for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) proc.output.push(line);
    if (proc.output.length > 40) proc.output.splice(0, proc.output.length - 40);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("exit", () => {
    proc.exited = true;
  });
  if (file !== undefined) child.once("close", () => closeSync(file));
  started.push(proc);
  return proc;
}

/** Resolves when `check` says yes; fails early when the process exits or `check` throws an Error it means. */
export async function waitUntil(proc: Proc, check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    if (proc.exited) throw new Error(`${proc.name} exited before ${what} answered:\n${proc.output.join("\n")}`);
    try {
      if (await check()) return;
      last = "not ready";
    } catch (e) {
      const err = e as Error & { cause?: unknown };
      // fetch failures (connection refused while starting) are expected; anything else is not.
      if (!(err instanceof TypeError)) throw err;
      last = err.message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} (${proc.name}) did not answer within ${timeoutMs / 1000} s (${last}):\n${proc.output.join("\n")}`);
}

/** Stops every process this module started: SIGTERM, then SIGKILL after 5 s. */
export async function stopAll(): Promise<void> {
  const running = started.filter((p) => !p.exited);
  await Promise.all(
    running.map(
      (p) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            if (!p.exited) p.child.kill("SIGKILL");
          }, 5000);
          p.child.once("exit", () => {
            clearTimeout(timer);
            resolve();
          });
          p.child.kill("SIGTERM");
        }),
    ),
  );
  started.length = 0;
}

// ─── /proc ───

let ticksPerSecond = 0;
function clockTicks(): number {
  if (!ticksPerSecond) {
    try {
      ticksPerSecond = Number(execSync("getconf CLK_TCK", { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

export interface ProcSample {
  /** User + system CPU time, in seconds, since the process started. */
  cpuSeconds: number;
  rssBytes: number;
  /** Peak RSS since the process started (VmHWM). */
  peakRssBytes: number;
}

/** User + system CPU seconds from a /proc stat file: a process's (/proc/<pid>/stat, all its threads) or one thread's (/proc/<pid>/task/<tid>/stat). */
function statCpuSeconds(path: string): number {
  const stat = readFileSync(path, "utf8");
  // Fields after the command name (which may hold spaces) start at ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / clockTicks(); // utime, stime
}

/** CPU seconds of a process's main thread (the event loop) and of its other threads (V8's GC helpers and TurboFan, libuv's pool). */
export function threadCpuSeconds(pid: number): { main: number; helpers: number } {
  let main = 0;
  let helpers = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const seconds = statCpuSeconds(`/proc/${pid}/task/${tid}/stat`);
    if (Number(tid) === pid) main += seconds;
    else helpers += seconds;
  }
  return { main, helpers };
}

/** CPU time and memory of one process, or null when it is gone. */
export function sampleProcess(pid: number): ProcSample | null {
  try {
    const cpuSeconds = statCpuSeconds(`/proc/${pid}/stat`);
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) * 1024;
    return { cpuSeconds, rssBytes: kb("VmRSS"), peakRssBytes: kb("VmHWM") };
  } catch {
    return null;
  }
}

/**
 * Waits until the named processes stop using CPU (less than `idlePercent` of a core over
 * `windowMs`), at most `maxMs`. After a load run the client has gone but the servers may
 * still be working off the requests it abandoned; the next measurement must not pay for them.
 */
export async function settle(pids: number[], opts: { windowMs?: number; idlePercent?: number; maxMs?: number } = {}): Promise<number> {
  const windowMs = opts.windowMs ?? 300;
  const idle = ((opts.idlePercent ?? 3) / 100) * (windowMs / 1000);
  const started = Date.now();
  const total = (): number => pids.reduce((n, pid) => n + (sampleProcess(pid)?.cpuSeconds ?? 0), 0);
  let last = total();
  while (Date.now() - started < (opts.maxMs ?? 15_000)) {
    await new Promise((r) => setTimeout(r, windowMs));
    const now = total();
    if (now - last <= idle) break;
    last = now;
  }
  return Date.now() - started;
}

/** The pid and every descendant (for gateways that fork workers). */
export function processTree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    try {
      const children = readFileSync(`/proc/${out[i]}/task/${out[i]}/children`, "utf8").trim();
      if (children) out.push(...children.split(/\s+/).map(Number));
    } catch {
      /* gone */
    }
  }
  return out;
}

export interface UsageWindow {
  /** Per named process: CPU used during the window (percent of one core) and its peak RSS seen. */
  perProcess: Record<string, { cpuPercent: number; peakRssBytes: number }>;
  /** The largest sum of RSS over all processes at one sample. */
  stackPeakRssBytes: number;
  /** CPU used by this process (the load generator), percent of one core. */
  loadgenCpuPercent: number;
  /** CPU used on the machine by anything else (other processes, other users), percent of one core. */
  backgroundCpuPercent: number;
}

/** Several windows of one system as one: CPU percentages averaged, peaks the largest. */
export function mergeUsage(windows: readonly UsageWindow[]): UsageWindow {
  if (windows.length === 1) return windows[0]!;
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const perProcess: UsageWindow["perProcess"] = {};
  for (const name of Object.keys(windows[0]!.perProcess)) {
    const of = windows.map((w) => w.perProcess[name]).filter((x) => x !== undefined);
    perProcess[name] = { cpuPercent: mean(of.map((x) => x.cpuPercent)), peakRssBytes: Math.max(...of.map((x) => x.peakRssBytes)) };
  }
  return {
    perProcess,
    stackPeakRssBytes: Math.max(...windows.map((w) => w.stackPeakRssBytes)),
    loadgenCpuPercent: mean(windows.map((w) => w.loadgenCpuPercent)),
    backgroundCpuPercent: mean(windows.map((w) => w.backgroundCpuPercent)),
  };
}

/** Clock ticks spent so far, busy (user, nice, system, irq, softirq, steal) and in all (those, idle and iowait). */
export interface CpuTicks {
  busy: number;
  total: number;
}

/** /proc/stat's CPU lines, read once (or `stat`, its text): `cpu` (the machine) and `cpu0`, `cpu1`… (each CPU). */
export function cpuTicks(stat = readFileSync("/proc/stat", "utf8")): Map<string, CpuTicks> {
  const ticks = new Map<string, CpuTicks>();
  for (const line of stat.split("\n")) {
    if (!line.startsWith("cpu")) continue;
    const [name, user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).map((x, i) => (i ? Number(x) : x)) as [string, ...number[]];
    const busy = user + nice + system + irq + softirq + steal;
    ticks.set(name, { busy, total: busy + idle + iowait });
  }
  return ticks;
}

/** The share of `cpu`'s time (`cpu`, `cpu0`…) that was busy between two readings of cpuTicks. */
export function busyShare(before: Map<string, CpuTicks>, after: Map<string, CpuTicks>, cpu: string): number {
  const [b, a] = [before.get(cpu), after.get(cpu)];
  if (!b || !a) throw new Error(`/proc/stat has no ${cpu}`);
  return (a.busy - b.busy) / (a.total - b.total);
}

/** Busy CPU time of the whole machine, in seconds (from /proc/stat). */
export function machineBusySeconds(): number {
  try {
    return cpuTicks().get("cpu")!.busy / clockTicks();
  } catch {
    return Number.NaN;
  }
}

/**
 * Samples named processes every `intervalMs` until stopped: CPU from the difference in
 * CPU time between start and stop, memory as the largest RSS seen (per process and summed).
 */
export function watchUsage(procs: { name: string; pid: number }[], intervalMs = 200): { stop(): UsageWindow } {
  const t0 = process.hrtime.bigint();
  const first = new Map<string, number>();
  const peak = new Map<string, number>();
  let stackPeak = 0;
  const sample = (): Map<string, number> => {
    const cpu = new Map<string, number>();
    let sum = 0;
    for (const p of procs) {
      let cpuSeconds = 0;
      let rss = 0;
      for (const pid of processTree(p.pid)) {
        const s = sampleProcess(pid);
        if (!s) continue;
        cpuSeconds += s.cpuSeconds;
        rss += s.rssBytes;
      }
      cpu.set(p.name, cpuSeconds);
      peak.set(p.name, Math.max(peak.get(p.name) ?? 0, rss));
      sum += rss;
    }
    stackPeak = Math.max(stackPeak, sum);
    return cpu;
  };
  for (const [k, v] of sample()) first.set(k, v);
  const busy0 = machineBusySeconds();
  const self0 = process.cpuUsage();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      const last = sample();
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const perProcess: UsageWindow["perProcess"] = {};
      let ours = 0;
      for (const p of procs) {
        const cpu = (last.get(p.name) ?? 0) - (first.get(p.name) ?? 0);
        ours += cpu;
        perProcess[p.name] = { cpuPercent: (cpu / seconds) * 100, peakRssBytes: peak.get(p.name) ?? 0 };
      }
      const self = process.cpuUsage(self0);
      const loadgen = (self.user + self.system) / 1e6;
      const background = Math.max(0, machineBusySeconds() - busy0 - ours - loadgen);
      return { perProcess, stackPeakRssBytes: stackPeak, loadgenCpuPercent: (loadgen / seconds) * 100, backgroundCpuPercent: (background / seconds) * 100 };
    },
  };
}
