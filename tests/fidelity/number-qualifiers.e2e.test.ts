/**
 * Issue 13, "more than", "about", "up to": a number carries the qualifier its text gives.
 * Through the real gateway on a freshly seeded store: the corpus's "more than $700 million"
 * reads AT_LEAST, "12 to 36 months" a RANGE; a curator's AT_LEAST whose span does not say
 * so is refused naming the field; the export and the BI view carry the qualifier.
 */
import { post } from "../support/federation";
import { indicatorObservations, type Row, useCuratedFederation } from "./support";

const atlas = useCuratedFederation("qualifiers", "qualifier test (curator)");
const { asCurator } = atlas;

interface IndicatorBound {
  id: string;
  value: number;
  qualifier: string;
  valueMax: number | null;
}
const INDICATOR = `query ($id: ID!) { indicator(id: $id) { id value qualifier valueMax } }`;
const read = async (id: string): Promise<IndicatorBound | null> => {
  const r = await post<{ indicator: IndicatorBound | null }>(atlas.fed.gatewayUrl, INDICATOR, { id });
  expect(r.errors).toBeUndefined();
  return r.data!.indicator;
};

describe("the corpus says what the articles say", () => {
  it('"more than $700 million" is AT_LEAST 700000000', async () => {
    expect(await read("az-tj-business-forum-deal-value")).toEqual({ id: "az-tj-business-forum-deal-value", value: 700_000_000, qualifier: "AT_LEAST", valueMax: null });
  });

  it('"more than $330 million" and "more than 1,400 km" are AT_LEAST; "12 to 36 months" is a RANGE; a plain figure is EXACT', async () => {
    expect((await read("tj-us-security-assistance"))?.qualifier).toBe("AT_LEAST");
    expect((await read("af-tj-border-length"))?.qualifier).toBe("AT_LEAST");
    expect(await read("az-kz-agreements-implementation-window")).toMatchObject({ value: 12, qualifier: "RANGE", valueMax: 36 });
    expect(await read("az-ru-trade-turnover-2023")).toMatchObject({ value: 4_400_000_000, qualifier: "EXACT", valueMax: null });
  });
});

describe("a curator's qualifier must be in the cited span", () => {
  const CREATE = `mutation ($input: IndicatorInput!) { createIndicator(input: $input) { id qualifier valueMax } }`;
  // Article 002: "ارتفع حجم التجارة … ليصل إلى 4.4 مليارات دولار" (rose … to reach $4.4 billion): no "more than".
  const tradeSpan = { document: "002_76e874a06d3d543b", start: 2883, end: 3120, claim: "AZ-RU trade reached $4.4 billion", figures: ["4.4"] };
  // Article 000: "اتفاقيات بقيمة أكثر من 700 مليون دولار" (agreements worth more than $700 million).
  const forumSpan = { document: "000_9881232623497d4d", start: 2273, end: 2384, claim: "Deals worth more than $700 million", figures: ["700"] };
  const input = (over: Record<string, unknown>) => ({
    metric: "TRADE_TURNOVER",
    kind: "ACTUAL",
    value: 4_400_000_000,
    unit: "USD",
    label: "test: AZ-RU trade turnover",
    countries: ["AZ", "RU"],
    sources: [tradeSpan],
    ...over,
  });

  it("AT_LEAST whose span lacks the words is refused with BAD_USER_INPUT naming input.qualifier, and nothing is written", async () => {
    const r = await asCurator(CREATE, { input: input({ id: "test-az-ru-trade-at-least", qualifier: "AT_LEAST" }) });
    expect(r.data).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.extensions?.field).toBe("input.qualifier");
    expect(r.errors?.[0]?.message).toMatch(/input\.qualifier: AT_LEAST must be said by a citation's span .*أكثر من/);
    expect(await read("test-az-ru-trade-at-least")).toBeNull();
  });

  it("a RANGE needs its upper end; a bound on an EXACT value is refused", async () => {
    const noMax = await asCurator(CREATE, { input: input({ id: "test-range-no-max", qualifier: "RANGE" }) });
    expect(noMax.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.valueMax" });
    const stray = await asCurator(CREATE, { input: input({ id: "test-exact-with-max", valueMax: 5_000_000_000 }) });
    expect(stray.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.valueMax" });
  });

  it("AT_LEAST with the words in the span is accepted; leaving the qualifier out means EXACT", async () => {
    const ok = await asCurator<{ createIndicator: { id: string; qualifier: string; valueMax: number | null } }>(CREATE, {
      input: input({ id: "test-az-tj-forum-deals", metric: "DEAL_VALUE", value: 700_000_000, countries: ["AZ", "TJ"], label: "test: forum deals", qualifier: "AT_LEAST", sources: [forumSpan] }),
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createIndicator).toEqual({ id: "test-az-tj-forum-deals", qualifier: "AT_LEAST", valueMax: null });
    const plain = await asCurator<{ createIndicator: { qualifier: string } }>(CREATE, { input: input({ id: "test-az-ru-trade-plain" }) });
    expect(plain.errors).toBeUndefined();
    expect(plain.data!.createIndicator.qualifier).toBe("EXACT");
  });

  it("an update that changes the qualifier must cite words that say it (patch.qualifier)", async () => {
    const UPDATE = `mutation ($id: ID!, $patch: IndicatorPatch!, $sources: [CitationInput!]!) { updateIndicator(id: $id, version: 1, patch: $patch, sources: $sources) { qualifier version } }`;
    const r = await asCurator(UPDATE, { id: "test-az-ru-trade-plain", patch: { qualifier: "APPROXIMATELY" }, sources: [tradeSpan] });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "patch.qualifier" });
    expect((await read("test-az-ru-trade-plain"))?.qualifier).toBe("EXACT");
  });
});

describe("exports and BI views carry the qualifier", () => {
  /** The indicator view's rows, with the store's own driver. */
  const viewRows = (): Promise<Row[]> => indicatorObservations(atlas.storeUrl);

  it("GET /export/indicators.json has value_qualifier and value_max after the source columns", async () => {
    const res = await fetch(`${atlas.fed.gatewayUrl.replace(/\/graphql$/, "")}/export/indicators.json?pair=AZ-TJ&metric=DEAL_VALUE`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { columns: string[]; rows: Row[] };
    // part_of (parts and wholes, issue 13) was appended after them.
    expect(body.columns.slice(-3, -1)).toEqual(["value_qualifier", "value_max"]);
    const row = body.rows.find((r) => r.indicator_id === "az-tj-business-forum-deal-value" && r.source_rank === 1);
    expect(row).toMatchObject({ value: 700_000_000, value_qualifier: "AT_LEAST", value_max: null });
  });

  it("the view has the same columns in the same order and says AT_LEAST and RANGE", async () => {
    const rows = await viewRows();
    const forum = rows.find((r) => r.indicator_id === "az-tj-business-forum-deal-value" && Number(r.source_rank) === 1)!;
    expect(Object.keys(forum).slice(-4, -1)).toEqual(["source_claim", "value_qualifier", "value_max"]);
    expect(forum).toMatchObject({ value_qualifier: "AT_LEAST", value_max: null });
    const window = rows.find((r) => r.indicator_id === "az-kz-agreements-implementation-window")!;
    expect({ q: window.value_qualifier, max: Number(window.value_max) }).toEqual({ q: "RANGE", max: 36 });
    expect(rows.filter((r) => r.value_qualifier === "EXACT").length).toBeGreaterThan(0);
  });
});
