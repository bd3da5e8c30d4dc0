import { readFileSync } from "node:fs";
import { join } from "node:path";
import { addonDirs, loads, nodeHeadersDir } from "../native-addons";

it("every copy of the SQLite driver opens a database on the Node.js the suite runs on", () => {
  const dirs = addonDirs();
  expect(dirs.length).toBeGreaterThanOrEqual(1);
  for (const dir of dirs) expect([dir, loads(dir)]).toEqual([dir, true]);
});

it("finds the headers of the running Node.js itself, which a rebuild compiles against", () => {
  const dir = nodeHeadersDir();
  expect(dir).toBeDefined();
  const header = readFileSync(join(dir!, "include/node/node_version.h"), "utf8");
  const part = (name: string): string | undefined => new RegExp(`#define NODE_${name}_VERSION (\\d+)`).exec(header)?.[1];
  expect(`${part("MAJOR")}.${part("MINOR")}.${part("PATCH")}`).toBe(process.versions.node);
});
