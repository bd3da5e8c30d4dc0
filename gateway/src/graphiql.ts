/**
 * A GraphiQL page served from npm packages on this server (no CDN): the UMD builds
 * of react, react-dom and graphiql 3. Apollo Server shows it for browser GETs of /graphql.
 * Below 700 px it is one column (tests/clients/browser.e2e.test.ts checks 390 px) and
 * points to the explorer, which is made for phones.
 */
import { dirname, join } from "node:path";
import type { ApolloServerPlugin } from "@apollo/server";
import express, { type Router } from "express";

const assets: Record<string, string> = {
  "react.production.min.js": join(dirname(require.resolve("react/package.json")), "umd/react.production.min.js"),
  "react-dom.production.min.js": join(dirname(require.resolve("react-dom/package.json")), "umd/react-dom.production.min.js"),
  "graphiql.min.js": join(dirname(require.resolve("graphiql/package.json")), "graphiql.min.js"),
  "graphiql.min.css": join(dirname(require.resolve("graphiql/package.json")), "graphiql.min.css"),
};

export const exampleQuery = `# A nested bilateral profile: both countries, agreements, indicators, people, sources.
query BilateralProfile {
  bilateral(a: "AZ", b: "RU") {
    id
    countries { code name(lang: EN) arabic: name(lang: AR) leaders { name } }
    agreements { id title kind signedOn { iso } parties { code } }
    events { title date { iso } participants { name } }
    indicators {
      metric kind value unit year changePercent
      sources { document publisher publishedOn claim start end }
    }
    people { name roles { title country { code } } }
  }
}
`;

export function graphiqlAssets(): Router {
  const router = express.Router();
  router.get("/graphiql/:file", (req, res) => {
    const file = assets[req.params.file];
    if (!file) {
      res.status(404).end();
      return;
    }
    res.sendFile(file, { maxAge: "1d" });
  });
  return router;
}

const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Bilateral Atlas · GraphiQL</title>
<link rel="stylesheet" href="/graphiql/graphiql.min.css" />
<style>
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; }
#graphiql { flex: 1; min-height: 0; }
.phone-note { display: none; }
/* A phone (390 px): one column, the query above its answer, the sidebar as a bar at the bottom,
   the docs above the editor; GraphiQL's drag bars (side by side only) are hidden. */
@media (max-width: 700px) {
  .phone-note { display: block; margin: 0; padding: 6px 12px; font: 14px/1.4 system-ui, sans-serif; background: #f3f4f8; color: #333; }
  .graphiql-container { flex-direction: column-reverse; }
  .graphiql-container .graphiql-sidebar { width: auto; flex-direction: row; padding: 2px 8px; }
  .graphiql-container .graphiql-sidebar .graphiql-sidebar-section { flex-direction: row; }
  .graphiql-container .graphiql-sidebar button:not(:first-child) { margin-top: 0; }
  .graphiql-container .graphiql-main { flex-direction: column; min-height: 0; }
  .graphiql-container .graphiql-main > div:first-child:not([style*="absolute"]) { max-height: 45%; }
  .graphiql-container .graphiql-sessions { margin: 8px; }
  .graphiql-container .graphiql-session { flex-direction: column; gap: 8px; min-height: 0; }
  .graphiql-container .graphiql-session > div { min-height: 0; min-width: 0; }
  .graphiql-container .graphiql-horizontal-drag-bar { display: none !important; }
  .graphiql-container .graphiql-response { min-height: 30vh; }
}
</style>
</head>
<body>
<p class="phone-note">On a phone? <a href="/">The explorer</a> shows a bilateral profile made for small screens.</p>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/react.production.min.js"></script>
<script src="/graphiql/react-dom.production.min.js"></script>
<script src="/graphiql/graphiql.min.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: location.origin + location.pathname });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(exampleQuery)} }),
  );
</script>
</body>
</html>`;

export function graphiqlLandingPage(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
