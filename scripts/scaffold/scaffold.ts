/**
 * Creates a subgraph in the project's standard layout and registers it. Pure file
 * work on a project root, so tests can run it on a scratch copy of the registry.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { subgraphTemplate } from "./templates";

export interface Registered {
  name: string;
  port: number;
}

export class ScaffoldError extends Error {}

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** Names that would collide with the project's own folders or GraphQL machinery. */
const RESERVED = new Set(["gateway", "shared", "runtime", "node-modules", "subgraphs", "data", "tests"]);

export function readRegistry(root: string): Registered[] {
  return JSON.parse(readFileSync(join(root, "services", "subgraphs.json"), "utf8")) as Registered[];
}

/** Why a name cannot be used, or null when it can. */
export function nameProblem(root: string, name: string): string | null {
  if (!name) return "a name is required: npm run new:subgraph -- <kebab-case-name>";
  if (!KEBAB.test(name)) return `"${name}" is not kebab-case (lower-case letters and digits, words joined by "-", starting with a letter), e.g. "trade-routes"`;
  if (name.length > 40) return `"${name}" is longer than 40 characters`;
  if (RESERVED.has(name)) return `"${name}" is reserved`;
  if (readRegistry(root).some((s) => s.name === name)) return `a subgraph named "${name}" is already registered in services/subgraphs.json`;
  if (existsSync(join(root, "services", name))) return `services/${name} already exists`;
  return null;
}

export interface ScaffoldResult {
  dir: string;
  port: number;
  files: string[];
}

/** Writes services/<name>/ and registers it with the next free port. Writes nothing if the name is refused. */
export function scaffoldSubgraph(root: string, name: string): ScaffoldResult {
  const problem = nameProblem(root, name);
  if (problem) throw new ScaffoldError(problem);
  const registry = readRegistry(root);
  const port = Math.max(4000, ...registry.map((s) => s.port)) + 1;
  const dir = join(root, "services", name);
  const files = subgraphTemplate(name);
  for (const [rel, content] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  writeFileSync(join(root, "services", "subgraphs.json"), `${JSON.stringify([...registry, { name, port }], null, 2)}\n`);
  return { dir, port, files: Object.keys(files) };
}
