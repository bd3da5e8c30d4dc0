// The explorer's build: a static bundle in dist/ that the gateway serves at "/"
// (gateway/src/explorer.ts). `npm run dev -w @atlas/web` serves it with hot reload and
// forwards /graphql to a gateway on GATEWAY_URL (default http://127.0.0.1:4000).
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  // recharts is hoisted beside the workspace root's React 18 (GraphiQL's); one React only.
  resolve: { dedupe: ["react", "react-dom", "react-is"] },
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1024 },
  server: { proxy: { "/graphql": process.env.GATEWAY_URL ?? "http://127.0.0.1:4000" } },
});
