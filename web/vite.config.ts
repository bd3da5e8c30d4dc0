// The explorer's build: a static bundle in dist/ that the gateway serves at "/"
// (gateway/src/explorer.ts). `npm run dev -w @atlas/web` serves it with hot reload and
// forwards /graphql to a gateway on GATEWAY_URL (default http://127.0.0.1:4000). The build also
// writes dist/persisted-operations.json, the gateway's list of the page's operations.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { extractOperations, MANIFEST_FILE, manifestOf, type PersistedOperation } from "./persisted-operations";

const VIRTUAL_ID = "virtual:persisted-operations";
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * The page's operations (persisted-operations.ts): `virtual:persisted-operations` for the page
 * (name → sha256), the manifest beside the bundle, and in the dev server a
 * `<meta name="atlas:graphiql">` (the gateway behind the proxy serves GraphiQL; outside
 * production the gateway adds the same tag to the built page itself).
 */
function persistedOperations(): Plugin {
  let apiSource = "";
  let operations: PersistedOperation[] = [];
  const read = (): PersistedOperation[] => (operations = extractOperations(readFileSync(apiSource, "utf8")));
  return {
    name: "atlas-persisted-operations",
    configResolved(config) {
      apiSource = join(config.root, "src", "api.ts");
    },
    buildStart() {
      this.addWatchFile(apiSource);
      read();
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `export default ${JSON.stringify(Object.fromEntries(read().map((o) => [o.name, o.id])))};\n`;
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: MANIFEST_FILE, source: manifestOf(operations) });
    },
    transformIndexHtml: {
      order: "pre",
      handler: (html, ctx) => (ctx.server ? html.replace("</head>", `  <meta name="atlas:graphiql" content="/graphql" />\n  </head>`) : html),
    },
  };
}

export default defineConfig({
  plugins: [react(), persistedOperations()],
  // recharts is hoisted beside the workspace root's React 18 (GraphiQL's); one React only.
  resolve: { dedupe: ["react", "react-dom", "react-is"] },
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1024 },
  server: { proxy: { "/graphql": process.env.GATEWAY_URL ?? "http://127.0.0.1:4000" } },
});
