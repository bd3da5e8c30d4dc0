/**
 * How services and the gateway are built for `npm start` and the benchmark: one
 * CommonJS bundle per process, workspace packages (@atlas/*) bundled in, npm
 * dependencies left external, SDL files copied beside the bundle.
 */
import { cpSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Options } from "tsup";

export function serviceBuild(dir: string): Options {
  return {
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    target: "node20",
    platform: "node",
    sourcemap: true,
    clean: true,
    skipNodeModulesBundle: true,
    noExternal: [/^@atlas\//],
    loader: { ".graphql": "copy" },
    async onSuccess() {
      for (const f of readdirSync(join(dir, "src"))) {
        if (f.endsWith(".graphql")) cpSync(join(dir, "src", f), join(dir, "dist", f));
      }
    },
  };
}
