/**
 * What the client tests share: the explorer's build (its persisted-operation list), raw HTTP
 * that shows the bytes on the wire (fetch() would decode them), and a country profile.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import { join, resolve } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

export const ROOT = resolve(__dirname, "../..");
const WEB = join(ROOT, "web");
export const MANIFEST = join(WEB, "dist", "persisted-operations.json");

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

/** Builds web/dist (the bundle and its persisted-operation list) unless it is newer than every source of the web app. */
export function ensureWebBuilt(): void {
  const index = join(WEB, "dist", "index.html");
  const sources = ["src", "public", "index.html", "vite.config.ts", "persisted-operations.ts", "package.json", "tsconfig.json"].map((f) => join(WEB, f)).filter(existsSync);
  if (existsSync(index) && existsSync(MANIFEST) && statSync(index).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  const build = spawnSync("npm", ["run", "build", "-w", "@atlas/web"], { cwd: ROOT, encoding: "utf8", timeout: 180_000 });
  if (build.status !== 0) throw new Error(`building the web explorer failed (npm run build -w @atlas/web):\n${build.stdout}\n${build.stderr}`);
}

export interface ListedOperation {
  id: string;
  name: string;
  body: string;
}

export function listedOperation(name: string): ListedOperation {
  const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as { operations: ListedOperation[] };
  const op = manifest.operations.find((o) => o.name === name);
  if (!op) throw new Error(`${name} is not in ${MANIFEST}`);
  return op;
}

/** The query string of an APQ-style GET naming a listed operation by its hash. */
export function persistedSearch(op: ListedOperation, variables: Record<string, unknown>): string {
  return `?${new URLSearchParams({
    operationName: op.name,
    variables: JSON.stringify(variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: op.id } }),
  })}`;
}

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as they came over the wire (still encoded). */
  wire: Buffer;
  /** The body decoded according to Content-Encoding. */
  text: string;
}

/** One HTTP request with node:http: no automatic decompression, so `wire.length` is what was sent. */
export function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawAnswer> {
  return new Promise((resolveAnswer, reject) => {
    const req = http.request(url, { method: options.method ?? "GET", headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => {
        const wire = Buffer.concat(chunks);
        const encoding = res.headers["content-encoding"];
        const decoded = encoding === "gzip" ? gunzipSync(wire) : encoding === "br" ? brotliDecompressSync(wire) : wire;
        resolveAnswer({ status: res.statusCode ?? 0, headers: res.headers, wire, text: decoded.toString("utf8") });
      });
    });
    req.on("error", reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** A whole country: what a phone's country page would ask for (agreements, figures, meetings, people, corridors, each with its sources). */
export const COUNTRY_PROFILE = /* GraphQL */ `
  query CountryProfile($code: ID!) {
    country(code: $code) {
      code name arabic: name(lang: AR) names capital
      leaders { id name }
      agreements {
        id title kind status signedOn { iso }
        parties { code name }
        signatories { id name }
        sources { document publisher publishedOn claim start end }
      }
      indicators { id metric kind value unit year changePercent label countries { code } sources { document publisher claim start end } }
      events { id kind title date { iso } participants { id name } sources { document publisher claim start end } }
      people { id name roles { kind title country { code } } }
      corridors { id kind name status countries { code } sources { document claim start end } }
    }
  }
`;
