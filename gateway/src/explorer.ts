/**
 * The web explorer (web/, @atlas/web) at "/": its Vite build, web/dist, served as static
 * files. The page reads everything through the public API (persisted GETs of /graphql), so
 * this router only hands out files. Until the explorer is built, "/" says how to build it.
 * Outside production, index.html gains `<meta name="atlas:graphiql">`: the page links to
 * GraphiQL only where the gateway serves it.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { notFound } from "@atlas/runtime/src/http";
import express, { type Router } from "express";

/** web/dist: EXPLORER_DIR, else beside the @atlas/web workspace package. */
export function explorerDir(): string | null {
  if (process.env.EXPLORER_DIR) return process.env.EXPLORER_DIR;
  try {
    return join(dirname(require.resolve("@atlas/web/package.json")), "dist");
  } catch {
    return null;
  }
}

// The page loads only its own bundle and fonts and talks only to this server.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** A source map (`….map`), however its name is percent-encoded. */
function isSourceMap(path: string): boolean {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    /* malformed escapes: express.static refuses the path itself */
  }
  return /\.map$/i.test(decoded) || /\.map$/i.test(path);
}

export interface ExplorerOptions {
  /** Production: the web app's source maps (its sources, comments included) are not served (404). */
  production?: boolean;
}

export function explorerRouter(dir: string | null = explorerDir(), options: ExplorerOptions = {}): Router {
  const router = express.Router();
  if (options.production) {
    router.use((req, res, next) => {
      if ((req.method === "GET" || req.method === "HEAD") && isSourceMap(req.path)) notFound(req, res, next);
      else next();
    });
  }
  const page = (res: express.Response): void => {
    res.setHeader("Content-Security-Policy", CSP);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
  };

  if (dir) {
    // Hashed bundles never change under one name; index.html is checked every time.
    router.use("/assets", express.static(join(dir, "assets"), { immutable: true, maxAge: "365d", index: false, fallthrough: false }));
    router.get(["/", "/index.html"], async (_req, res, next) => {
      let html: string;
      try {
        html = await readFile(join(dir, "index.html"), "utf8");
      } catch {
        next();
        return;
      }
      page(res);
      res.setHeader("Cache-Control", "no-cache");
      res.type("html").send(options.production ? html : html.replace("</head>", `<meta name="atlas:graphiql" content="/graphql" />\n</head>`));
    });
    router.get("/favicon.svg", (_req, res, next) => {
      const icon = join(dir, "favicon.svg");
      if (existsSync(icon)) res.sendFile(icon, { maxAge: "1d" });
      else next();
    });
  }
  router.get("/", (_req, res) => {
    res
      .status(503)
      .type("text/plain; charset=utf-8")
      .send("The web explorer is not built yet: run `npm run build -w @atlas/web` (or `npm run build`), then reload.\nThe API is at /graphql, the BI exports at /export.\n");
  });
  return router;
}
