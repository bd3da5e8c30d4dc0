/**
 * The scaffold on a scratch copy of the project's registry and SDLs, inside the
 * repository so the new subgraph resolves @atlas/* packages: a throw-away subgraph
 * composes with the others and passes its own generated tests; then it is removed.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parse } from "graphql";
import { repoRoot } from "@atlas/db";
import { compose } from "@atlas/gateway/src/compose";
import { nameProblem, readRegistry, scaffoldSubgraph, ScaffoldError } from "../scaffold";

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(repoRoot, ".scaffold-tmp-"));
  cpSync(join(repoRoot, "services", "subgraphs.json"), join(root, "services", "subgraphs.json"), { recursive: true });
  for (const s of readRegistry(repoRoot)) {
    cpSync(join(repoRoot, "services", s.name, "src", "schema.graphql"), join(root, "services", s.name, "src", "schema.graphql"));
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const listing = (): string[] => readdirSync(join(root, "services"), { recursive: true }).map(String).sort();

describe("refused names write nothing", () => {
  it.each([
    ["Corridors", /not kebab-case/],
    ["trade_routes", /not kebab-case/],
    ["1st", /not kebab-case/],
    ["-x", /not kebab-case/],
    ["", /a name is required/],
    ["countries", /already registered/],
    ["gateway", /reserved/],
  ])("%j", (name, message) => {
    const before = { files: listing(), registry: readFileSync(join(root, "services", "subgraphs.json"), "utf8") };
    expect(nameProblem(root, name)).toMatch(message);
    expect(() => scaffoldSubgraph(root, name)).toThrow(ScaffoldError);
    expect({ files: listing(), registry: readFileSync(join(root, "services", "subgraphs.json"), "utf8") }).toEqual(before);
  });
});

describe("a throw-away subgraph", () => {
  const name = "throwaway-check";

  it("is written, registered on the next free port, composes, and passes its own tests", () => {
    const ports = readRegistry(root).map((s) => s.port);
    const { dir, port, files } = scaffoldSubgraph(root, name);
    expect(port).toBe(Math.max(...ports) + 1);
    expect(readRegistry(root).at(-1)).toEqual({ name, port });
    expect(files).toEqual(
      expect.arrayContaining(["package.json", "tsconfig.json", "src/schema.graphql", "src/resolvers/Query.ts", "src/loaders.ts", "src/server.ts", "src/index.ts", "src/__tests__/server.e2e.test.ts"]),
    );

    const supergraph = compose(
      readRegistry(root).map((s) => ({
        name: s.name,
        url: `http://127.0.0.1:${s.port}/graphql`,
        typeDefs: parse(readFileSync(join(root, "services", s.name, "src", "schema.graphql"), "utf8")),
      })),
    );
    expect(supergraph).toContain("throwawayCheckStatus: String!");

    // Its generated tests, run by Jest as the project runs every subgraph's tests.
    const config = JSON.stringify({
      rootDir: dir,
      testMatch: ["**/*.test.ts"],
      transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }] },
      globalSetup: join(repoRoot, "tests/support/global-setup.ts"),
      globalTeardown: join(repoRoot, "tests/support/global-teardown.ts"),
    });
    const jest = spawnSync(join(repoRoot, "node_modules/.bin/jest"), ["--config", config, "--ci"], { cwd: repoRoot, encoding: "utf8", env: process.env });
    expect({ status: jest.status, out: jest.status === 0 ? "" : jest.stderr }).toEqual({ status: 0, out: "" });
    expect(jest.stderr).toMatch(/Tests:\s+2 passed, 2 total/);
  });
});
