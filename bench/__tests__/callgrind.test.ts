/**
 * callgrind.ts: JIT code named from V8's perf map, self costs per function from callgrind_annotate's
 * listing (the format valgrind 3.19 prints), and the largest differences between two runs.
 */
import { jsFunction, largestDifferences, readPerfMap, selfCosts, symbolAt, UNNAMED_JIT } from "../src/callgrind";

const perfMap = [
  "28004c80 148 JS:^writeString /app/node_modules/x/writer.js:251:16",
  "28003d00 318 JS:*'writeString /app/node_modules/x/writer.js:251:16",
  "28005000 100 JS:+startSpan /app/node_modules/sdk/Tracer.js:42:14",
  "28005000 80 JS:*startSpan /app/node_modules/sdk/Tracer.js:42:14",
  "not a line",
].join("\n");

const annotated = `--------------------------------------------------------------------------------
Ir
--------------------------------------------------------------------------------
2,000,000 (100.0%)  PROGRAM TOTALS

--------------------------------------------------------------------------------
Ir                      file:function
--------------------------------------------------------------------------------
1,500,000 (75.00%)  ./csu/../csu/libc-start.c:__libc_start_main@@GLIBC_2.34 [/usr/lib/x86_64-linux-gnu/libc.so.6]
1,500,000 (75.00%)  ???:node::SpinEventLoopInternal(node::Environment*) [/app/node]
  500,000 (25.00%)  ./misc/../sysdeps/unix/sysv/linux/x86_64/clone.S:clone [/usr/lib/x86_64-linux-gnu/libc.so.6]
  300,000 (15.00%)  ???:0x0000000028003d10 [???]
  100,000 ( 5.00%)  ???:0x0000000028004c90'2 [???]
   50,000 ( 2.50%)  ???:Builtins_LoadIC'2 [/app/node]
   40,000 ( 2.00%)  ???:0x0000000028005010 [???]
   30,000 ( 1.50%)  ???:0x0000000077000000 [???]
   20,000 ( 1.00%)  ???:v8::internal::Scavenger::Process(v8::JobDelegate*) [/app/node]
`;

it("names an address by the perf-map entry that covers it, the last made there when two were", () => {
  const map = readPerfMap(perfMap);
  expect(map).toHaveLength(4);
  expect(symbolAt(map, 0x28003d10n)).toBe("JS:*'writeString /app/node_modules/x/writer.js:251:16");
  expect(symbolAt(map, 0x28004c80n)).toBe("JS:^writeString /app/node_modules/x/writer.js:251:16");
  expect(symbolAt(map, 0x28005010n)).toBe("JS:*startSpan /app/node_modules/sdk/Tracer.js:42:14");
  expect(symbolAt(map, 0x28005090n)).toBe("JS:+startSpan /app/node_modules/sdk/Tracer.js:42:14"); // past the newer, shorter code
  expect(symbolAt(map, 0x28004dc8n)).toBeUndefined(); // just past the end
  expect(symbolAt(map, 0x1000n)).toBeUndefined();
});

it("tells a function's tier by V8's marker", () => {
  expect(jsFunction("JS:*'writeString a.js:1:1")).toEqual({ name: "writeString a.js:1:1", tier: "optimized" });
  expect(jsFunction("JS:+startSpan a.js:1:1")?.tier).toBe("optimized");
  expect(jsFunction("JS:^next a.js:1:1")?.tier).toBe("baseline");
  expect(jsFunction("JS:~ a.js:1:1")).toEqual({ name: "a.js:1:1", tier: "baseline" });
  expect(jsFunction("RegExp.> src: 'x'")).toBeUndefined();
});

it("adds each function's self cost over its tiers, leaves out the threads' roots, and counts what ran in baseline code", () => {
  const { functions, total, main, jit, baseline } = selfCosts(annotated, readPerfMap(perfMap));
  expect(total).toBe(2_000_000);
  expect(main).toBe(1_500_000);
  expect(jit).toBe(470_000);
  expect(functions.get("writeString /app/node_modules/x/writer.js:251:16")).toBe(400_000);
  expect(functions.get("startSpan /app/node_modules/sdk/Tracer.js:42:14")).toBe(40_000);
  expect(functions.get("Builtins_LoadIC")).toBe(50_000);
  expect(functions.get("v8::internal::Scavenger::Process(v8::JobDelegate*)")).toBe(20_000);
  expect(functions.get(UNNAMED_JIT)).toBe(30_000);
  expect(baseline).toBe(100_000);
  expect([...functions.keys()].some((n) => /libc_start|SpinEventLoop|clone/.test(n))).toBe(false);
});

it("ranks functions by the difference of their costs per unit, either way", () => {
  const a = new Map([["x", 1000], ["y", 500], ["z", 100]]);
  const b = new Map([["x", 1000], ["y", 2000], ["w", 300]]);
  expect(largestDifferences(a, 10, b, 10, 3)).toEqual([
    { name: "y", a: 50, b: 200 },
    { name: "w", a: 0, b: 30 },
    { name: "z", a: 10, b: 0 },
  ]);
});
