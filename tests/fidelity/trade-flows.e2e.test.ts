/**
 * Issue 13, coverage: what is traded, energy flows, the arms trade and economic actors, as
 * articles 000 and 002 say them without numbers. Through the real gateway on a freshly seeded
 * store: a pair's profile lists its trade flows either way, a country's lists those to a region
 * too, and every flow carries its citation; a curator records one only with a span that holds
 * and an id no other fact uses, and retracts it at the version read.
 */
import { post } from "../support/federation";
import { useCuratedFederation } from "./support";

const atlas = useCuratedFederation("trade_flows", "trade flows test (curator)");
const { asCurator } = atlas;

interface Flow {
  id: string;
  kind: string;
  from: { code: string };
  to: { code: string } | null;
  toRegion: string | null;
  items: string[];
  companies: string[];
  sources: { document: string; start: number; end: number }[];
}
const FLOW = "id kind from { code } to { code } toRegion items companies sources { document start end }";

async function ask<T>(query: string): Promise<T> {
  const r = await atlas.fed.query<T>(query);
  expect(r.errors).toBeUndefined();
  return r.data!;
}

describe("trade flows", () => {
  it("AZ–RU lists what each supplies to the other: farm produce and industrial goods one way, arms and oil companies the other", async () => {
    const d = await ask<{ bilateral: { tradeFlows: Flow[] } }>(`{ bilateral(a: "RU", b: "AZ") { tradeFlows { ${FLOW} } } }`);
    const flows = d.bilateral.tradeFlows;
    expect(flows.map((f) => f.id)).toEqual(["az-ru-agricultural-exports", "az-ru-industrial-goods-exports", "ru-az-arms-supplies", "ru-az-oil-gas-companies"]);
    const byId = new Map(flows.map((f) => [f.id, f]));
    expect(byId.get("az-ru-agricultural-exports")).toMatchObject({ kind: "GOODS", from: { code: "AZ" }, to: { code: "RU" }, items: ["agricultural products", "fruits", "vegetables"] });
    expect(byId.get("az-ru-industrial-goods-exports")!.items).toEqual(["cars", "electronics", "household appliances"]);
    expect(byId.get("ru-az-arms-supplies")).toMatchObject({ kind: "ARMS", from: { code: "RU" }, to: { code: "AZ" } });
    expect(byId.get("ru-az-arms-supplies")!.sources).toHaveLength(2);
    expect(byId.get("ru-az-oil-gas-companies")).toMatchObject({ kind: "COMPANIES", companies: ["Gazprom", "Rosneft"] });
    expect(flows.every((f) => f.sources.length > 0 && f.sources.every((s) => s.document === "002_76e874a06d3d543b" && s.end > s.start))).toBe(true);
  });

  it("a flow to a region has no pair: Azerbaijan's energy exports to Central Asia are Azerbaijan's, not AZ–TJ's", async () => {
    const d = await ask<{ country: { tradeFlows: Flow[] }; bilateral: { tradeFlows: Flow[] }; tradeFlow: Flow }>(`{
      country(code: "AZ") { tradeFlows { ${FLOW} } }
      bilateral(a: "AZ", b: "TJ") { tradeFlows { id } }
      tradeFlow(id: "az-central-asia-energy-exports") { ${FLOW} }
    }`);
    expect(d.tradeFlow).toMatchObject({ kind: "ENERGY", from: { code: "AZ" }, to: null, toRegion: "Central Asia", items: ["energy", "oil", "natural resources", "raw materials"] });
    expect(d.tradeFlow.sources).toEqual([{ document: "000_9881232623497d4d", start: 3055, end: 3377 }]);
    expect(d.country.tradeFlows.map((f) => f.id)).toEqual(["az-central-asia-energy-exports", "az-ru-agricultural-exports", "az-ru-industrial-goods-exports", "cn-az-middle-corridor-cargo", "ru-az-arms-supplies", "ru-az-oil-gas-companies"]);
    expect(d.bilateral.tradeFlows).toEqual([]);
  });

  it("an unknown id is null", async () => {
    const d = await ask<{ tradeFlow: Flow | null }>(`{ tradeFlow(id: "no-such-flow") { id } }`);
    expect(d.tradeFlow).toBeNull();
  });
});

describe("a curator's trade flow", () => {
  const CREATE = `mutation ($input: TradeFlowInput!) { createTradeFlow(input: $input) { ${FLOW} version } }`;
  // Article 002: "تعد روسيا المستهلك الرئيسي للفواكه والخضروات الأذربيجانية" (Russia is the main consumer of Azerbaijani fruits and vegetables).
  const span = { document: "002_76e874a06d3d543b", start: 3192, end: 3250, claim: "test: Russia is the main buyer of Azerbaijani fruit and vegetables", figures: [] };
  const input = (over: Record<string, unknown>) => ({ id: "test-az-ru-fruit", kind: "GOODS", from: "AZ", to: "RU", items: ["fruits"], label: "test: fruit to Russia", sources: [span], ...over });

  it("a span outside the text, an id another fact holds, or both a country and a region are refused naming the field", async () => {
    const outside = await asCurator(CREATE, { input: input({ sources: [{ ...span, start: 50_000, end: 50_010 }] }) });
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(String(outside.errors?.[0]?.extensions?.field)).toMatch(/^input\.sources\[0\]/);
    const taken = await asCurator(CREATE, { input: input({ id: "az-ru-joint-statement-putin-visit-baku" }) });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id" });
    const indicatorId = await asCurator(CREATE, { input: input({ id: "az-ru-trade-turnover-2023" }) });
    expect(indicatorId.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id" });
    const both = await asCurator(CREATE, { input: input({ toRegion: "Central Asia" }) });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.to" });
    const read = await post<{ tradeFlow: unknown }>(atlas.fed.gatewayUrl, `{ tradeFlow(id: "test-az-ru-fruit") { id } }`);
    expect(read.data!.tradeFlow).toBeNull();
  });

  it("is recorded, shows in the pair's profile, and once retracted leaves it", async () => {
    const r = await asCurator<{ createTradeFlow: Flow & { version: number } }>(CREATE, { input: input({}) });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createTradeFlow).toMatchObject({ id: "test-az-ru-fruit", kind: "GOODS", items: ["fruits"], version: 1, sources: [{ start: 3192, end: 3250 }] });
    const pair = async () => (await post<{ bilateral: { tradeFlows: { id: string }[] } }>(atlas.fed.gatewayUrl, `{ bilateral(a: "AZ", b: "RU") { tradeFlows { id } } }`)).data!.bilateral.tradeFlows.map((f) => f.id);
    expect(await pair()).toContain("test-az-ru-fruit");
    const RETRACT = `mutation ($v: Int!) { retractTradeFlow(id: "test-az-ru-fruit", version: $v, reason: "test: a duplicate of az-ru-agricultural-exports") { version retraction { reason } } }`;
    const stale = await asCurator(RETRACT, { v: 7 });
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const done = await asCurator<{ retractTradeFlow: { version: number; retraction: { reason: string } } }>(RETRACT, { v: 1 });
    expect(done.errors).toBeUndefined();
    expect(done.data!.retractTradeFlow).toEqual({ version: 2, retraction: { reason: "test: a duplicate of az-ru-agricultural-exports" } });
    expect(await pair()).not.toContain("test-az-ru-fruit");
  });
});
