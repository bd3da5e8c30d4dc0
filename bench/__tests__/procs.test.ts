/**
 * CPU time read from /proc (procs.ts): a process's own total, and the same split into its main
 * thread and its other threads (tracing-cost.ts reports them apart), on this very process.
 */
import { sampleProcess, threadCpuSeconds } from "../src/procs";

it("splits a process's CPU time into its main thread and the rest, adding up to the process's total", () => {
  const before = threadCpuSeconds(process.pid);
  const until = Date.now() + 300;
  let spin = 0;
  while (Date.now() < until) spin += Math.sqrt(spin + 1); // 300 ms on the main thread
  const after = threadCpuSeconds(process.pid);
  const total = sampleProcess(process.pid)!.cpuSeconds;
  expect(spin).toBeGreaterThan(0);
  expect(after.main - before.main).toBeGreaterThanOrEqual(0.2);
  expect(after.helpers).toBeGreaterThanOrEqual(before.helpers);
  // The process's total also holds threads that have exited; read a moment later, to the clock tick (10 ms).
  expect(total).toBeGreaterThanOrEqual(after.main + after.helpers - 0.05);
  expect(after.main).toBeLessThanOrEqual(total + 0.05);
});
