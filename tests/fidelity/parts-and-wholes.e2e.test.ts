/**
 * Issue 13, parts and wholes. Article 003 gives "more than $330 million" of US security aid to
 * Tajikistan, "of which" (منها) $20 million of RQ-20 Puma drones: both sit under the metric
 * SECURITY_ASSISTANCE, so adding them gave $350 million. Through the real gateway on a freshly
 * seeded store: the drones are recorded as part of the aid (Indicator.partOf / parts); a sum
 * over the metric's wholes gives $330 million in the API, the export and the BI view; a
 * curator's part must name a standing whole in the same unit.
 */
import { post } from "../support/federation";
import { indicatorObservations, type Row, useCuratedFederation } from "./support";

const atlas = useCuratedFederation("parts", "parts test (curator)");
const { asCurator } = atlas;

const WHOLE = "tj-us-security-assistance";
const PART = "tj-us-rq20-puma-drones-value";

interface Figure {
  id: string;
  metric: string;
  value: number;
  unit: string;
  partOf: { id: string } | null;
  parts: { id: string; value: number }[];
}
const FIGURE = "id metric value unit partOf { id } parts { id value }";

describe("the API says which figure is part of which", () => {
  it("the $20 million of drones are part of the more than $330 million of security aid", async () => {
    const r = await post<{ part: Figure; whole: Figure }>(atlas.fed.gatewayUrl, `{ part: indicator(id: "${PART}") { ${FIGURE} } whole: indicator(id: "${WHOLE}") { ${FIGURE} } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.part).toMatchObject({ metric: "SECURITY_ASSISTANCE", value: 20_000_000, unit: "USD", partOf: { id: WHOLE }, parts: [] });
    expect(r.data!.whole).toMatchObject({ metric: "SECURITY_ASSISTANCE", value: 330_000_000, partOf: null, parts: [{ id: PART, value: 20_000_000 }] });
  });

  it("summing the pair's security aid over the wholes gives $330 million, not $350 million", async () => {
    const r = await post<{ bilateral: { indicators: Figure[] } }>(atlas.fed.gatewayUrl, `{ bilateral(a: "TJ", b: "US") { indicators(metric: "SECURITY_ASSISTANCE") { ${FIGURE} } } }`);
    expect(r.errors).toBeUndefined();
    const list = r.data!.bilateral.indicators;
    expect(list.map((i) => i.id).sort()).toEqual([PART, WHOLE].sort());
    const naive = list.reduce((n, i) => n + i.value, 0);
    const wholes = list.filter((i) => i.partOf === null).reduce((n, i) => n + i.value, 0);
    expect(naive).toBe(350_000_000); // what adding every figure gave before
    expect(wholes).toBe(330_000_000);
  });
});

describe("exports and BI views carry the relation", () => {
  const viewRows = (): Promise<Row[]> => indicatorObservations(atlas.storeUrl, "metric = 'SECURITY_ASSISTANCE' AND pair_id = 'TJ-US'");
  const sumOfWholes = (rows: Row[]) => rows.filter((r) => Number(r.source_rank) === 1 && (r.part_of === null || r.part_of === "")).reduce((n, r) => n + Number(r.value), 0);

  it("the view's last column is part_of; its wholes sum to $330 million", async () => {
    const rows = await viewRows();
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0]!).slice(-1)).toEqual(["part_of"]);
    expect(rows.find((r) => r.indicator_id === PART)?.part_of).toBe(WHOLE);
    expect(rows.find((r) => r.indicator_id === WHOLE)?.part_of).toBeNull();
    expect(sumOfWholes(rows)).toBe(330_000_000);
  });

  it("GET /export/indicators.json gives the same part_of and the same sum", async () => {
    const res = await fetch(`${atlas.fed.gatewayUrl.replace(/\/graphql$/, "")}/export/indicators.json?pair=TJ-US&metric=SECURITY_ASSISTANCE`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { columns: string[]; rows: Row[] };
    expect(body.columns.at(-1)).toBe("part_of");
    expect(body.rows.find((r) => r.indicator_id === PART)?.part_of).toBe(WHOLE);
    expect(sumOfWholes(body.rows)).toBe(330_000_000);
  });
});

describe("a curator's part names a standing whole in its unit", () => {
  const CREATE = `mutation ($input: IndicatorInput!) { createIndicator(input: $input) { id partOf { id } } }`;
  // Article 003: "أكثر من 330 مليون دولار … منها … بقيمة 20 مليون دولار" (more than $330 million … of which … worth $20 million).
  const span = { document: "003_007ff72cf0dcd156", start: 3457, end: 3748, claim: "test: drones worth $20 million within US security aid", figures: ["20"] };
  const input = (over: Record<string, unknown>) => ({
    metric: "SECURITY_ASSISTANCE",
    kind: "ACTUAL",
    value: 20_000_000,
    unit: "USD",
    label: "test: drones within US security aid",
    countries: ["TJ", "US"],
    sources: [span],
    ...over,
  });

  it("an unknown whole is refused naming input.partOf, and nothing is written", async () => {
    const r = await asCurator(CREATE, { input: input({ id: "test-part-of-nothing", partOf: "no-such-indicator" }) });
    expect(r.data).toBeNull();
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.partOf" });
    const read = await post<{ indicator: unknown }>(atlas.fed.gatewayUrl, `{ indicator(id: "test-part-of-nothing") { id } }`);
    expect(read.data!.indicator).toBeNull();
  });

  it("a whole in another unit is refused", async () => {
    const r = await asCurator(CREATE, { input: input({ id: "test-part-other-unit", partOf: "af-tj-border-length" }) });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.partOf" });
    expect(r.errors?.[0]?.message).toMatch(/KM/);
  });

  it("a part of a standing whole is accepted and listed among the whole's parts", async () => {
    const r = await asCurator<{ createIndicator: { id: string; partOf: { id: string } | null } }>(CREATE, { input: input({ id: "test-part-of-aid", partOf: WHOLE }) });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createIndicator).toEqual({ id: "test-part-of-aid", partOf: { id: WHOLE } });
    const whole = await post<{ indicator: Figure }>(atlas.fed.gatewayUrl, `{ indicator(id: "${WHOLE}") { ${FIGURE} } }`);
    expect(whole.data!.indicator.parts.map((p) => p.id)).toEqual(["test-part-of-aid", PART]);
  });
});
