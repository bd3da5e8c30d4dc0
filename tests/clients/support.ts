/**
 * What the client tests share: the explorer's build (its persisted-operation list), raw HTTP
 * that shows the bytes on the wire (fetch() would decode them), and a country profile.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { PERSISTED_MANIFEST as MANIFEST } from "../support/web";

export { ensureWebBuilt, PERSISTED_MANIFEST as MANIFEST, ROOT } from "../support/web";

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
