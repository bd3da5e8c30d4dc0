/**
 * Issue 12: answers compressed on the wire (gzip and brotli, as Accept-Encoding allows) on
 * /graphql and /export, measured with node:http so the bytes counted are the bytes sent.
 * Prints the figures docs/clients.md quotes: the AZ country profile, the deep AZ–RU profile
 * and the largest exports, identity vs gzip vs br.
 */
import type { Database } from "@atlas/db";
import { seededDb } from "../support/db";
import { startFederation, type Federation } from "../support/federation";
import { BILATERAL_PROFILE } from "../support/queries";
import { COUNTRY_PROFILE, rawRequest, type RawAnswer } from "./support";

let db: Database;
let fed: Federation;
let base: string;

beforeAll(async () => {
  db = seededDb();
  fed = await startFederation(db, { gateway: { rateLimit: { enabled: false } } });
  base = fed.gatewayUrl.replace(/\/graphql$/, "");
});
afterAll(async () => {
  await fed?.stop();
  await db?.close();
});

const ENCODINGS = ["identity", "gzip", "br"] as const;
type Encoding = (typeof ENCODINGS)[number];

const postQuery = (query: string, variables: Record<string, unknown>, encoding: Encoding): Promise<RawAnswer> =>
  rawRequest(fed.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-encoding": encoding },
    body: JSON.stringify({ query, variables }),
  });
const getPath = (path: string, encoding: Encoding): Promise<RawAnswer> => rawRequest(`${base}${path}`, { headers: { "accept-encoding": encoding } });

/** The same answer in each encoding: decoded identically, each Content-Encoding as asked, and its size on the wire. */
async function inEachEncoding(send: (e: Encoding) => Promise<RawAnswer>): Promise<Record<Encoding, RawAnswer>> {
  const answers = {} as Record<Encoding, RawAnswer>;
  for (const e of ENCODINGS) answers[e] = await send(e);
  for (const e of ENCODINGS) {
    expect(answers[e].status).toBe(200);
    expect(answers[e].headers["content-encoding"]).toBe(e === "identity" ? undefined : e);
    expect(answers[e].headers.vary?.toLowerCase()).toContain("accept-encoding");
  }
  return answers;
}

const figures: string[] = [];
function record(label: string, answers: Record<Encoding, RawAnswer>): void {
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
  const [id, gz, br] = ENCODINGS.map((e) => answers[e].wire.length) as [number, number, number];
  figures.push(`| ${label} | ${kb(id)} | ${kb(gz)} (${(id / gz).toFixed(1)}×) | ${kb(br)} (${(id / br).toFixed(1)}×) |`);
}
afterAll(() => {
  if (figures.length) console.log(["| answer | identity | gzip | br |", "|---|--:|--:|--:|", ...figures].join("\n"));
});

it("the AZ country profile: gzip and br decode to the same JSON and are smaller than identity", async () => {
  const answers = await inEachEncoding((e) => postQuery(COUNTRY_PROFILE, { code: "AZ" }, e));
  const identity = JSON.parse(answers.identity.text) as { data: { country: { code: string; agreements: unknown[] } }; errors?: unknown };
  expect(identity.errors).toBeUndefined();
  expect(identity.data.country.agreements.length).toBeGreaterThan(10);
  for (const e of ["gzip", "br"] as const) {
    expect(JSON.parse(answers[e].text)).toEqual(identity);
    expect(answers[e].wire.length).toBeLessThan(answers.identity.wire.length / 4);
  }
  expect(answers.br.wire.length).toBeLessThan(answers.gzip.wire.length);
  record("AZ country profile (POST /graphql)", answers);
});

it("the deep AZ–RU profile", async () => {
  const answers = await inEachEncoding((e) => postQuery(BILATERAL_PROFILE, { a: "AZ", b: "RU" }, e));
  expect((JSON.parse(answers.br.text) as { data: { bilateral: { id: string } } }).data.bilateral.id).toBe("AZ-RU");
  expect(answers.gzip.wire.length).toBeLessThan(answers.identity.wire.length / 3);
  record("deep AZ–RU profile (POST /graphql)", answers);
});

it("the largest exports", async () => {
  for (const path of ["/export/indicators.csv?limit=10000", "/export/agreements.json?limit=10000", "/export/agreements.csv?limit=10000"]) {
    const answers = await inEachEncoding((e) => getPath(path, e));
    expect(answers.gzip.text).toBe(answers.identity.text);
    expect(answers.br.text).toBe(answers.identity.text);
    expect(answers.gzip.wire.length).toBeLessThan(answers.identity.wire.length / 2);
    expect(answers.br.wire.length).toBeLessThan(answers.gzip.wire.length);
    expect(answers.br.headers["content-type"]).toBe(answers.identity.headers["content-type"]);
    record(`GET ${path}`, answers);
  }
});

it("answers under 1 KiB are sent as they are; a client that asks for nothing gets identity", async () => {
  const small = await postQuery(`{ country(code: "AZ") { code } }`, {}, "gzip");
  expect(small.headers["content-encoding"]).toBeUndefined();
  expect(JSON.parse(small.text)).toEqual({ data: { country: { code: "AZ" } } });
  const none = await rawRequest(fed.gatewayUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: COUNTRY_PROFILE, variables: { code: "AZ" } }) });
  expect(none.headers["content-encoding"]).toBeUndefined();
});

it("brotli is preferred when the client accepts both, as browsers do", async () => {
  const r = await rawRequest(fed.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-encoding": "gzip, deflate, br, zstd" },
    body: JSON.stringify({ query: COUNTRY_PROFILE, variables: { code: "AZ" } }),
  });
  expect(r.headers["content-encoding"]).toBe("br");
});
