/**
 * `npm run new:subgraph -- <name>`: creates services/<name>/ in the standard layout,
 * registers it (next free port) for composition and start-up, then links the
 * workspace, generates its resolver types and recomposes the supergraph, so
 * `npm test` passes at once. A refused name writes nothing.
 */
import { execFileSync } from "node:child_process";
import { repoRoot } from "@atlas/db";
import { ScaffoldError, scaffoldSubgraph } from "./scaffold";

const name = process.argv[2] ?? "";
try {
  const { dir, port, files } = scaffoldSubgraph(repoRoot, name);
  console.log(`created ${dir} (port ${port}):\n${files.map((f) => `  ${f}`).join("\n")}`);
  const run = (cmd: string, args: string[]): void => {
    console.log(`\n$ ${cmd} ${args.join(" ")}`);
    execFileSync(cmd, args, { cwd: repoRoot, stdio: "inherit" });
  };
  run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts"]);
  run("npm", ["run", "codegen"]);
  run("npm", ["run", "compose"]);
  console.log(`\nNext: edit services/${name}/src/schema.graphql, then npm run codegen && npm run compose && npm test.`);
} catch (e) {
  if (e instanceof ScaffoldError) {
    console.error(`new:subgraph: ${e.message}. Nothing was written.`);
    process.exit(2);
  }
  throw e;
}
