/**
 * Apollo Client 4 as an app author uses it: an InMemoryCache with no type policies, an
 * HttpLink at the gateway, nothing else configured. The session of issue 12 (six reads),
 * then paging a nested list to its end; one cache entry per entity, no warnings.
 */
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";
import type { Database } from "@atlas/db";
import { seededDb } from "../support/db";
import { startFederation, type Federation } from "../support/federation";
import { COUNTRY_PROFILE, PAIR_AGREEMENTS_ALL, PAIR_AGREEMENTS_PAGE, SESSION, captureConsole, entitiesIn, type AgreementsPage } from "./operations";

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

const newClient = (): ApolloClient => new ApolloClient({ link: new HttpLink({ uri: fed.gatewayUrl }), cache: new InMemoryCache() });

describe("Apollo Client with its defaults", () => {
  it("normalises every entity of the session once: one cache entry per country, no warnings", async () => {
    const client = newClient();
    const console = captureConsole();
    const seen = { keys: new Set<string>(), withoutId: new Set<string>() };
    try {
      for (const { query, variables } of SESSION) {
        const r = await client.query({ query: gql(query), variables, fetchPolicy: "network-only" });
        expect(r.error).toBeUndefined();
        entitiesIn(r.data, seen);
      }
    } finally {
      console.restore();
    }
    expect(console.messages).toEqual([]);
    // Every object the answers held has an id, so the cache keyed each one by __typename:id.
    expect([...seen.withoutId]).toEqual([]);
    const cache = client.cache.extract() as Record<string, Record<string, unknown>>;
    const keys = Object.keys(cache).filter((k) => k !== "ROOT_QUERY");
    expect(new Set(keys)).toEqual(seen.keys);
    expect(keys.filter((k) => k === "Country:AZ")).toHaveLength(1);
    expect(cache["Country:AZ"]).toMatchObject({ __typename: "Country", id: "AZ", code: "AZ", name: "Azerbaijan" });
    // Citations keep their identity: as many Source entries as distinct citations answered.
    const sources = keys.filter((k) => k.startsWith("Source:"));
    expect(sources.length).toBe([...seen.keys].filter((k) => k.startsWith("Source:")).length);
    expect(sources.length).toBeGreaterThan(10);
  });

  it("pages a nested list to its end, and the pages make the whole list", async () => {
    const client = newClient();
    // AZ–KZ: a pair with many bilateral agreements (issue 13 leaves AZ–RU two once proposals and multilateral items stand apart).
    const all = await client.query<{ bilateral: { agreements: { id: string }[] } }>({ query: gql(PAIR_AGREEMENTS_ALL), variables: { a: "AZ", b: "KZ" } });
    const whole = all.data!.bilateral.agreements.map((a) => a.id);
    expect(whole.length).toBeGreaterThan(3);
    const paged: string[] = [];
    let after: string | null = null;
    let totalCount = -1;
    for (let page = 0; page < 50; page++) {
      const r: { data?: AgreementsPage } = await client.query<AgreementsPage>({ query: gql(PAIR_AGREEMENTS_PAGE), variables: { a: "AZ", b: "KZ", first: 2, after } });
      const connection = r.data!.bilateral!.agreementsConnection;
      totalCount = connection.totalCount;
      paged.push(...connection.nodes.map((n) => n.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole);
    expect(totalCount).toBe(whole.length);
    // The agreements are normalised once, whichever list brought them.
    const cache = client.cache.extract() as Record<string, unknown>;
    expect(Object.keys(cache).filter((k) => k.startsWith("Agreement:")).sort()).toEqual(whole.map((id) => `Agreement:${id}`).sort());
  });

  it("reads a country back from the cache without a request once a profile brought it", async () => {
    const client = newClient();
    await client.query({ query: gql(COUNTRY_PROFILE), variables: { code: "AZ" } });
    const before = fed.totalSubgraphRequests();
    const fromCache = client.readFragment({ id: "Country:AZ", fragment: gql`fragment C on Country { id code name }` });
    expect(fromCache).toEqual({ __typename: "Country", id: "AZ", code: "AZ", name: "Azerbaijan" });
    expect(fed.totalSubgraphRequests()).toBe(before);
  });
});
