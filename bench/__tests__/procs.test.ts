/**
 * CPU time read from /proc (procs.ts): a process's own total, and the same split into its main
 * thread and its other threads (tracing-cost.ts reports them apart), on this very process.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { busyShare, cpuTicks, machineBusySeconds, sampleProcess, startProcess, threadCpuSeconds } from "../src/procs";

it("splits a process's CPU time into its main thread and the rest, adding up to the process's total", () => {
  const before = threadCpuSeconds(process.pid);
  const cpu0 = process.cpuUsage();
  // Spin until /proc shows 300 ms of CPU for the process, however long that takes on a busy machine
  // (CI runs other suites beside this one). Node's own count (process.cpuUsage) is every thread's, so
  // helper threads busy with the last suite's garbage could fill it while the main thread got 100 ms.
  const until = Date.now() + 60_000;
  let spin = 0;
  const used = (): number => {
    const d = process.cpuUsage(cpu0);
    return (d.user + d.system) / 1e6;
  };
  const mainSoFar = (): number => threadCpuSeconds(process.pid).main - before.main;
  while (mainSoFar() < 0.3 && Date.now() < until) for (let i = 0; i < 100_000; i++) spin += Math.sqrt(spin + 1);
  const after = threadCpuSeconds(process.pid);
  const total = sampleProcess(process.pid)!.cpuSeconds;
  expect(spin).toBeGreaterThan(0);
  // Node's count (getrusage) saw about as much: /proc's ticks are 10 ms samples, so the two differ by a
  // few ticks either way (CI once had /proc at 0.30 s and Node at 0.29 s; a wrong thread or unit is far off).
  expect(used()).toBeGreaterThanOrEqual(0.25);
  // /proc's main thread saw (nearly) all of what Node counted, to the clock tick (10 ms) at each end.
  expect(after.main - before.main).toBeGreaterThanOrEqual(0.2);
  expect(after.helpers).toBeGreaterThanOrEqual(before.helpers);
  // The process's total also holds threads that have exited; read a moment later, to the clock tick (10 ms).
  expect(total).toBeGreaterThanOrEqual(after.main + after.helpers - 0.05);
  expect(after.main).toBeLessThanOrEqual(total + 0.05);
});

it("keeps a process's last 40 lines, and with BENCH_OUTPUT_DIR all it printed in <dir>/<name>.log, the folder made if missing", async () => {
  const root = mkdtempSync(join(tmpdir(), "bench-output-"));
  const dir = join(root, "not", "there", "yet");
  const saved = process.env.BENCH_OUTPUT_DIR;
  process.env.BENCH_OUTPUT_DIR = dir;
  try {
    const proc = startProcess("printer", ["-e", "for (let i = 1; i <= 100; i++) console.log(`line ${i}`); console.error('on stderr');"], process.env);
    await new Promise((resolve) => proc.child.once("close", resolve));
    expect(proc.output).toHaveLength(40);
    expect(proc.output).toContain("on stderr");
    const lines = readFileSync(join(dir, "printer.log"), "utf8").trim().split("\n");
    expect(lines).toHaveLength(101);
    expect(lines[0]).toBe("line 1");
    expect(lines).toContain("line 100");
  } finally {
    if (saved === undefined) delete process.env.BENCH_OUTPUT_DIR;
    else process.env.BENCH_OUTPUT_DIR = saved;
    rmSync(root, { recursive: true, force: true });
  }
});

it("runs node under a launcher when given one (the command, then node and its arguments)", async () => {
  const proc = startProcess("launched", ["-e", "console.log(process.env.LAUNCHED_BY)"], process.env, undefined, ["env", "LAUNCHED_BY=env"]);
  await new Promise((resolve) => proc.child.once("close", resolve));
  expect(proc.output).toEqual(["env"]);
});

it("reads /proc/stat's CPU lines once: the machine and each CPU, and a pinned spin shows as that CPU's busy share", () => {
  // Fields: user nice system idle iowait irq softirq steal guest guest_nice (guest time is inside user already).
  const parsed = cpuTicks("cpu  100 2 30 400 5 6 7 8 9 1\ncpu0 50 1 15 200 2 3 3 4 4 0\nintr 1 2 3\n");
  expect(parsed).toEqual(new Map([["cpu", { busy: 153, total: 558 }], ["cpu0", { busy: 76, total: 278 }]]));
  const first = cpuTicks();
  expect(first.has("cpu")).toBe(true);
  expect([...first.keys()].filter((k) => /^cpu\d+$/.test(k))).toHaveLength(availableParallelism());
  for (const t of first.values()) expect(t.total).toBeGreaterThanOrEqual(t.busy);
  // A child pinned to the last CPU spins for 1.5 s of wall time: that CPU is nearly all busy meanwhile.
  const last = availableParallelism() - 1;
  const before = cpuTicks();
  execFileSync("taskset", ["-c", String(last), process.execPath, "-e", "const t = Date.now() + 1500; while (Date.now() < t);"]);
  const after = cpuTicks();
  expect(busyShare(before, after, `cpu${last}`)).toBeGreaterThan(0.8);
  expect(busyShare(before, after, `cpu${last}`)).toBeLessThanOrEqual(1);
  expect(() => busyShare(before, after, "cpu999")).toThrow("/proc/stat has no cpu999");
  // The machine's busy time in seconds is the same reading's busy ticks over the clock's rate.
  const hz = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
  const seconds = machineBusySeconds();
  const later = cpuTicks();
  expect(seconds).toBeGreaterThanOrEqual(after.get("cpu")!.busy / hz);
  expect(seconds).toBeLessThanOrEqual(later.get("cpu")!.busy / hz);
});
