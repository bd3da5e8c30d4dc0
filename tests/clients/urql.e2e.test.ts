/**
 * urql (@urql/core 6) with graphcache, configured as its docs start: `cacheExchange({})`
 * and `fetchExchange`, nothing else. urql sends short queries as GET without a content
 * type; the gateway must answer them. The session, then paging a nested list to its end.
 */
import { Client, fetchExchange, gql } from "@urql/core";
import { cacheExchange } from "@urql/exchange-graphcache";
import type { Database } from "@atlas/db";
import { seededDb } from "../support/db";
import { startFederation, type Federation } from "../support/federation";
import { COUNTRY_LIST, PAIR_AGREEMENTS_ALL, PAIR_AGREEMENTS_PAGE, SESSION, captureConsole, entitiesIn, type AgreementsConnection, type AgreementsPage } from "./operations";

let db: Database;
let fed: Federation;

beforeAll(async () => {
  db = seededDb();
  fed = await startFederation(db);
});
afterAll(async () => {
  await fed?.stop();
  await db?.close();
});

/** The gateway's requests as urql made them: method and content type. */
function recordingFetch(seen: { method: string; contentType: string | null }[]): typeof fetch {
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    seen.push({ method: init?.method ?? "GET", contentType: headers.get("content-type") });
    return fetch(input, init);
  };
}

const newClient = (seen: { method: string; contentType: string | null }[] = []): Client =>
  new Client({ url: fed.gatewayUrl, exchanges: [cacheExchange({}), fetchExchange], fetch: recordingFetch(seen) });

describe("urql with graphcache and its defaults", () => {
  it("answers the session, GETs included, and normalises without warnings", async () => {
    const requests: { method: string; contentType: string | null }[] = [];
    const client = newClient(requests);
    const console = captureConsole();
    const seen = { keys: new Set<string>(), withoutId: new Set<string>() };
    try {
      for (const { query, variables } of SESSION) {
        const r = await client.query(gql(query), variables, { requestPolicy: "network-only" }).toPromise();
        expect(r.error).toBeUndefined();
        entitiesIn(r.data, seen);
      }
    } finally {
      console.restore();
    }
    expect(console.messages).toEqual([]);
    expect([...seen.withoutId]).toEqual([]);
    // urql's default: GET for queries that fit in a URL, without a content type.
    expect(requests.some((r) => r.method === "GET" && r.contentType === null)).toBe(true);
    // A query answered from the normalised cache alone: the country list, now cache-first.
    const before = fed.totalSubgraphRequests();
    const cached = await client.query(gql(COUNTRY_LIST), { first: 100 }).toPromise();
    expect(cached.error).toBeUndefined();
    expect(fed.totalSubgraphRequests()).toBe(before);
  });

  it("pages a nested list to its end over GET, and the pages make the whole list", async () => {
    const requests: { method: string; contentType: string | null }[] = [];
    const client = newClient(requests);
    const all = await client.query(gql(PAIR_AGREEMENTS_ALL), { a: "AZ", b: "RU" }).toPromise();
    expect(all.error).toBeUndefined();
    const whole = (all.data as { bilateral: { agreements: { id: string }[] } }).bilateral.agreements.map((a) => a.id);
    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const r: { data?: AgreementsPage; error?: unknown } = await client.query<AgreementsPage>(gql(PAIR_AGREEMENTS_PAGE), { a: "AZ", b: "RU", first: 2, after }).toPromise();
      expect(r.error).toBeUndefined();
      const connection: AgreementsConnection = r.data!.bilateral!.agreementsConnection;
      expect(connection.totalCount).toBe(whole.length);
      paged.push(...connection.nodes.map((n) => n.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole);
    expect(requests.filter((r) => r.method === "GET").length).toBeGreaterThan(1);
  });
});
