/**
 * A GraphiQL page served from npm packages on this server (no CDN): the UMD builds
 * of react, react-dom and graphiql 3. Apollo Server shows it for browser GETs of /graphql.
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
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
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
