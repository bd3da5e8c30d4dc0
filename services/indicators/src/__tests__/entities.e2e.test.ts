import { ENTITIES, useSubgraph } from "@atlas/tests/support/subgraph";
import * as subgraph from "../server";

const { run } = useSubgraph(subgraph);

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
