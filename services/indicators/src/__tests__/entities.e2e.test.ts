import type { Database } from "@atlas/db";
import { seededDb } from "../../../../tests/support/db";
import { ENTITIES, execute } from "../../../../tests/support/subgraph";
import { createContext, createServer } from "../server";

let db: Database;
const server = createServer();
const run = (q: string, v?: Record<string, unknown>) => execute(server, createContext, db, q, v);

beforeAll(async () => {
  db = seededDb();
  await server.start();
});
afterAll(async () => {
  await server.stop();
  await db.close();
});

describe("indicators subgraph", () => {
  it("resolves Indicator references", async () => {
    const r = await run(`${ENTITIES} fragment F on _Entity { ... on Indicator { id metric kind value unit year changePercent countries { code } } }`, {
      representations: [{ __typename: "Indicator", id: "az-ru-trade-turnover-2023" }, { __typename: "Indicator", id: "missing" }],
    });
    expect(r.errors).toBeUndefined();
    expect(r.data?._entities).toEqual([
      {
        __typename: "Indicator",
        id: "az-ru-trade-turnover-2023",
        metric: "TRADE_TURNOVER",
        kind: "ACTUAL",
        value: 4.4e9,
        unit: "USD",
        year: 2023,
        changePercent: 17.5,
        countries: [{ code: "AZ" }, { code: "RU" }],
      },
      null,
    ]);
  });

  it("contributes indicators to Bilateral, filtered by metric", async () => {
    const r = await run(`${ENTITIES} fragment F on _Entity { ... on Bilateral { all: indicators { id } trade: indicators(metric: "TRADE_TURNOVER") { id } } }`, {
      representations: [{ __typename: "Bilateral", id: "AZ-RU" }],
    });
    const [pair] = r.data?._entities as [{ all: { id: string }[]; trade: { id: string }[] }];
    expect(pair.trade.map((i) => i.id)).toEqual(["az-ru-trade-turnover-2023"]);
    expect(pair.all.length).toBeGreaterThan(pair.trade.length);
  });

  it("refuses a bad year range with BAD_USER_INPUT", async () => {
    const r = await run(`{ indicators(yearFrom: 20) { totalCount } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toMatch(/yearFrom/);
  });
});
