/** Compiles bench/src/probe.ts into one CommonJS file for `node --require` (esbuild, no type check). */
import { join } from "node:path";
import { repoRoot } from "@atlas/db";
import { buildSync } from "esbuild";

export function compileProbe(outDir: string): string {
  const outfile = join(outDir, "probe.cjs");
  buildSync({ entryPoints: [join(repoRoot, "bench", "src", "probe.ts")], outfile, bundle: true, platform: "node", format: "cjs", target: "node20", logLevel: "error" });
  return outfile;
}
