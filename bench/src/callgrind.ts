/**
 * Reading callgrind's self costs per function, with V8's JIT code named. callgrind sees JIT code
 * as `???:0x<address> [???]`; a node started with `--perf-basic-prof` writes every code object it
 * makes to /tmp/perf-<pid>.map (`<start hex> <size hex> <name>`), which names it: the JavaScript
 * function, its file and line, and its tier (`JS:~` interpreted, `^` Sparkplug, `+` Maglev, `*`
 * TurboFan). tracing-instructions.ts uses it to say where a traced process's extra instructions go.
 */

export interface PerfMapEntry {
  start: bigint;
  end: bigint;
  name: string;
}

/** A perf map's entries, sorted by address. Later entries for the same address (code made again) come later. */
export function readPerfMap(text: string): PerfMapEntry[] {
  const entries: PerfMapEntry[] = [];
  for (const line of text.split("\n")) {
    const m = /^([0-9a-f]+) ([0-9a-f]+) (.+)$/.exec(line);
    if (!m) continue;
    const start = BigInt(`0x${m[1]}`);
    entries.push({ start, end: start + BigInt(`0x${m[2]}`), name: m[3]! });
  }
  // Stable: of two entries at one address, the later one (code made there last) stays last.
  return entries.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** The name of the code at `address`: the last entry starting at or below it that covers it. */
export function symbolAt(map: readonly PerfMapEntry[], address: bigint): string | undefined {
  let lo = 0;
  let hi = map.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]!.start <= address) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Code objects do not overlap, but one that was freed and another made over it may both be listed.
  for (let i = at; i >= 0 && i > at - 64; i--) if (address < map[i]!.end) return map[i]!.name;
  return undefined;
}

/** JIT code the map does not name (code made before the map was written, or moved). */
export const UNNAMED_JIT = "(JIT code without a name)";

/**
 * Entries callgrind_annotate lists with their threads' whole cost (the roots every thread starts
 * from: the main thread's event loop, pthread's start for the helpers), not their own.
 */
const THREAD_ROOTS = /__libc_start_main|\(below main\)|^main$|NodeMainInstance::Run|SpinEventLoopInternal|^node::Start\(|:clone$|:start_thread$|^0x[0-9a-f]+$/;

/** A JS function's name without its tier marker, and the tier: "optimized" (Maglev, TurboFan) or "baseline" (interpreter, Sparkplug). */
export function jsFunction(name: string): { name: string; tier: "optimized" | "baseline" } | undefined {
  const m = /^JS:([~^+*']+)\s*(.*)$/.exec(name);
  if (!m) return undefined;
  return { name: m[2] || "(anonymous)", tier: /[+*]/.test(m[1]!) ? "optimized" : "baseline" };
}

/**
 * Self instructions per function from `callgrind_annotate --inclusive=no --threshold=100` output:
 * JIT code under its perf-map name (tier marker dropped), everything else under callgrind's own
 * name without its object file; the threads' roots, listed with their whole threads, are left out.
 * Also the totals: in all, on the main thread (its event loop's whole cost), in JIT code, and in
 * baseline code (interpreted and Sparkplug).
 */
export function selfCosts(annotated: string, map: readonly PerfMapEntry[]): { functions: Map<string, number>; total: number; main: number; jit: number; baseline: number } {
  const functions = new Map<string, number>();
  let total = 0;
  let main = 0;
  let jit = 0;
  let baseline = 0;
  for (const line of annotated.split("\n")) {
    const m = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$/.exec(line);
    if (!m) continue;
    const n = Number(m[1]!.replace(/,/g, ""));
    const what = m[2]!.replace(/'\d+/g, ""); // callgrind's marks for recursion depth
    if (what === "PROGRAM TOTALS") {
      total = n;
      continue;
    }
    let name: string;
    const code = /^\?\?\?:0x([0-9a-f]+) \[\?\?\?\]$/.exec(what);
    if (code) {
      jit += n;
      const symbol = symbolAt(map, BigInt(`0x${code[1]}`));
      const js = symbol === undefined ? undefined : jsFunction(symbol);
      if (js?.tier === "baseline") baseline += n;
      name = js ? js.name : (symbol ?? UNNAMED_JIT);
    } else {
      name = what.replace(/^\?\?\?:/, "").replace(/ \[[^\]]*\]$/, "");
      if (name.includes("node::SpinEventLoopInternal")) main = n;
      if (THREAD_ROOTS.test(name)) continue;
    }
    functions.set(name, (functions.get(name) ?? 0) + n);
  }
  return { functions, total, main, jit, baseline };
}

/** The functions whose cost differs most between `a` and `b` (per unit: each divided by its own `per`), largest difference first. */
export function largestDifferences(a: Map<string, number>, aPer: number, b: Map<string, number>, bPer: number, top: number): { name: string; a: number; b: number }[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names]
    .map((name) => ({ name, a: (a.get(name) ?? 0) / aPer, b: (b.get(name) ?? 0) / bPer }))
    .sort((x, y) => Math.abs(y.a - y.b) - Math.abs(x.a - x.b))
    .slice(0, top);
}
