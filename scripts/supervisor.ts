/**
 * Keeps the federation's processes running for `npm start`: a process that dies on its own
 * (a crash, kill -9, the V8 heap limit) is started again after a back-off that doubles with
 * each quick failure (0.5 s, 1 s, 2 s … up to 30 s) and resets once it has stayed up for a
 * minute, while the others keep serving (the gateway answers partially meanwhile). Every
 * process gets a V8 heap limit (`--max-old-space-size`), so one request cannot take the
 * machine's memory: the process dies and comes back instead.
 */
import { spawn, type ChildProcess } from "node:child_process";

export interface ProcessSpec {
  name: string;
  /** Node.js arguments after the flags (the entry file and its arguments). */
  args: string[];
  /** V8 heap limit in MiB. */
  maxOldSpaceMb: number;
  /** Further node flags, before the entry (the young generation's: @atlas/runtime youngGenerationFlags). */
  nodeFlags?: string[];
  env?: NodeJS.ProcessEnv;
  /** Where its output goes: the supervisor's own (default) or nowhere. */
  output?: "inherit" | "ignore";
}

export interface SupervisorOptions {
  /** First restart delay; doubles per quick failure. Default 500 ms. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** A process that ran this long is healthy again: the back-off starts over. Default 60 s. */
  healthyAfterMs?: number;
  log?: (line: string) => void;
}

interface Supervised {
  spec: ProcessSpec;
  child: ChildProcess | null;
  startedAt: number;
  backoffMs: number;
  restarts: number;
  timer: NodeJS.Timeout | null;
}

export class Supervisor {
  private readonly procs = new Map<string, Supervised>();
  private stopping = false;
  private readonly initialBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly healthyAfterMs: number;
  private readonly log: (line: string) => void;

  constructor(options: SupervisorOptions = {}) {
    this.initialBackoffMs = options.initialBackoffMs ?? 500;
    this.maxBackoffMs = options.maxBackoffMs ?? 30_000;
    this.healthyAfterMs = options.healthyAfterMs ?? 60_000;
    this.log = options.log ?? ((line) => console.error(line));
  }

  /** Starts a process and keeps it running until stop(). */
  start(spec: ProcessSpec): void {
    const p: Supervised = { spec, child: null, startedAt: 0, backoffMs: this.initialBackoffMs, restarts: 0, timer: null };
    this.procs.set(spec.name, p);
    this.launch(p);
  }

  /** How often each process was restarted. */
  restarts(): Record<string, number> {
    return Object.fromEntries([...this.procs].map(([name, p]) => [name, p.restarts]));
  }

  /** The running child of a process (undefined while it waits to restart). */
  child(name: string): ChildProcess | undefined {
    return this.procs.get(name)?.child ?? undefined;
  }

  private launch(p: Supervised): void {
    const child = spawn(process.execPath, [`--max-old-space-size=${p.spec.maxOldSpaceMb}`, "--enable-source-maps", ...(p.spec.nodeFlags ?? []), ...p.spec.args], {
      stdio: ["ignore", p.spec.output ?? "inherit", p.spec.output ?? "inherit"],
      env: p.spec.env ?? process.env,
    });
    p.child = child;
    p.startedAt = Date.now();
    child.on("exit", (code, signal) => {
      p.child = null;
      if (this.stopping) return;
      if (Date.now() - p.startedAt >= this.healthyAfterMs) p.backoffMs = this.initialBackoffMs;
      const delay = p.backoffMs;
      p.backoffMs = Math.min(p.backoffMs * 2, this.maxBackoffMs);
      p.restarts++;
      this.log(`${p.spec.name} exited (${signal ?? `code ${code}`}); restarting in ${delay} ms (restart ${p.restarts})`);
      p.timer = setTimeout(() => {
        p.timer = null;
        if (!this.stopping) this.launch(p);
      }, delay);
    });
  }

  /** Stops every process: SIGTERM (they drain), SIGKILL after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    const exits = [...this.procs.values()].map((p) => {
      if (p.timer) clearTimeout(p.timer);
      const c = p.child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return Promise.resolve();
      return new Promise<void>((resolve) => {
        c.once("exit", () => resolve());
        c.kill("SIGTERM");
      });
    });
    const timer = setTimeout(() => {
      for (const p of this.procs.values()) p.child?.kill("SIGKILL");
    }, graceMs);
    await Promise.all(exits);
    clearTimeout(timer);
  }
}
