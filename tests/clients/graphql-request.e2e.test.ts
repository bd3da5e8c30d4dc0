/**
 * graphql-request 7 as its README shows it: `request(url, document, variables)` (POST) and
 * a GraphQLClient with `method: "GET"`. The deep profile both ways, and paging a nested
 * list to its end over GET.
 */
import { GraphQLClient, request } from "graphql-request";
import type { Database } from "@atlas/db";
import { seededDb } from "../support/db";
import { startFederation, type Federation } from "../support/federation";
import { BILATERAL_PROFILE, PAIR_AGREEMENTS_ALL, PAIR_AGREEMENTS_PAGE, type AgreementsPage } from "./operations";

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

interface Profile {
  bilateral: { id: string; countries: { code: string }[]; agreements: { id: string }[]; indicators: { id: string; value: number }[] };
}

describe("graphql-request with its defaults", () => {
  it("answers the deep profile over POST and over GET, the same", async () => {
    const posted = await request<Profile>(fed.gatewayUrl, BILATERAL_PROFILE, { a: "AZ", b: "RU" });
    expect(posted.bilateral.countries.map((c) => c.code)).toEqual(["AZ", "RU"]);
    expect(posted.bilateral.indicators.some((i) => i.value === 4.4e9)).toBe(true);
    const viaGet = await new GraphQLClient(fed.gatewayUrl, { method: "GET" }).request<Profile>(BILATERAL_PROFILE, { a: "AZ", b: "RU" });
    expect(viaGet).toEqual(posted);
  });

  it("pages a nested list to its end over GET", async () => {
    const client = new GraphQLClient(fed.gatewayUrl, { method: "GET" });
    const whole = (await client.request<{ bilateral: { agreements: { id: string }[] } }>(PAIR_AGREEMENTS_ALL, { a: "AZ", b: "RU" })).bilateral.agreements.map((a) => a.id);
    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const r: AgreementsPage = await client.request<AgreementsPage>(PAIR_AGREEMENTS_PAGE, { a: "AZ", b: "RU", first: 3, after });
      const connection = r.bilateral!.agreementsConnection;
      paged.push(...connection.nodes.map((n) => n.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole);
  });
});
