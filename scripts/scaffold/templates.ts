/** The files of a new subgraph, in the layout every subgraph of the project has. */

const camel = (kebab: string): string => kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export function subgraphTemplate(name: string): Record<string, string> {
  const field = `${camel(name)}Status`;
  return {
    "package.json": `${JSON.stringify(
      {
        name: `@atlas/${name}`,
        version: "0.1.0",
        private: true,
        main: "src/server.ts",
        scripts: {
          start: "node --enable-source-maps dist/index.js",
          build: "tsup",
          dev: "tsx watch src/index.ts",
          typecheck: "tsc --noEmit -p .",
          test: "jest",
        },
        dependencies: {
          "@apollo/server": "^5.5.1",
          "@apollo/subgraph": "~2.14.4",
          "@atlas/db": "*",
          "@atlas/runtime": "*",
          dataloader: "^2.2.3",
          graphql: "^16.11.0",
        },
      },
      null,
      2,
    )}\n`,
    "tsconfig.json": `{ "extends": "../../tsconfig.base.json", "include": ["**/*.ts"], "exclude": ["node_modules", "dist"] }\n`,
    "tsup.config.ts": `import { defineConfig } from "tsup";
import { serviceBuild } from "../../tsup.config.base";

export default defineConfig(serviceBuild(__dirname));
`,
    "src/schema.graphql": `extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

# The ${name} subgraph. Replace ${field} with its real fields; see CONTRIBUTING.md
# for entities (@key), extending Country/Bilateral by key, sources and dates.
type Query {
  "Answers \\"ok\\" while the ${name} subgraph has no fields of its own yet."
  ${field}: String!
}
`,
    "src/mappers.json": "{}\n",
    "src/resolvers/Query.ts": `import type { QueryResolvers } from "../__generated__/resolvers-types";

export const Query: QueryResolvers = {
  ${field}: () => "ok",
};
`,
    "src/resolvers/index.ts": `import type { Resolvers } from "../__generated__/resolvers-types";
import { Query } from "./Query";

export const resolvers: Resolvers = { Query };
`,
    "src/loaders.ts": `import type { PrismaDb } from "@atlas/db";

/**
 * The ${name} subgraph's DataLoaders, built once per request (context.ts). Add one per
 * lookup of related rows: one batched statement per load, results in key order
 * (byKey / groupByKey from @atlas/runtime).
 */
export function createLoaders(_prisma: PrismaDb) {
  return {};
}

export type Loaders = ReturnType<typeof createLoaders>;
`,
    "src/context.ts": `import type { Database } from "@atlas/db";
import { createLoaders, type Loaders } from "./loaders";

export interface Context {
  db: Database;
  loaders: Loaders;
}

export const createContext = (db: Database) => async (): Promise<Context> => ({ db, loaders: createLoaders(db.prisma) });
`,
    "src/server.ts": `import { join } from "node:path";
import { createSubgraphServer, loadSdl } from "@atlas/runtime";
import type { Context } from "./context";
import { resolvers } from "./resolvers";

export const name = "${name}";
export const typeDefs = loadSdl(join(__dirname, "schema.graphql"));
export { resolvers };
export { createContext } from "./context";

/** Builds the ${name} subgraph. Nothing listens until index.ts starts it. */
export const createServer = () => createSubgraphServer<Context>({ name, typeDefs, resolvers });
`,
    "src/index.ts": `import { runSubgraph } from "@atlas/runtime";
import { createContext, createServer, name } from "./server";

runSubgraph({ name, createServer, createContext });
`,
    "src/__tests__/server.e2e.test.ts": `import { useSubgraph } from "@atlas/tests/support/subgraph";
import * as subgraph from "../server";

const { run } = useSubgraph(subgraph);

describe("${name} subgraph", () => {
  it("answers its query", async () => {
    const r = await run("{ ${field} }");
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ ${field}: "ok" });
  });

  it("publishes its SDL through _service", async () => {
    const r = await run("{ _service { sdl } }");
    expect((r.data?._service as { sdl: string }).sdl).toContain("${field}: String!");
  });
});
`,
  };
}
