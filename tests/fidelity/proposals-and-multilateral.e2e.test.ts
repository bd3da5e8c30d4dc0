/**
 * Issue 13, proposals are not agreements and multilateral items stand apart. Through the real
 * gateway on the shared seeded store (read only): the economist's single Eurasian economic zone
 * (article 002) is a PROPOSAL, not an agreement of its seven countries; a pair's profile lists by
 * default only the agreements, indicators and events of the two countries alone, and the
 * multilateral ones on request (`scope`); nobody enters a pair's `people` through a multilateral
 * event; the proposal's "300 million people" is no figure of any pair.
 */
import { useSeededFederation } from "./support";

const atlas = useSeededFederation(60_000);

const PROPOSAL = "eurasian-single-economic-zone-proposal";
/** Moscow and Baku's joint mid-2000s proposal to use the Gabala radar instead of NATO systems: bilateral, still no agreement. */
const GABALA = "az-ru-gabala-radar-joint-proposal";
const POPULATION = "az-by-ir-kz-ru-tr-uz-eurasian-economy-population";

interface Item {
  id: string;
  nature?: string;
  parties?: { code: string }[];
  countries?: { code: string }[];
}

async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const r = await atlas.fed.query<T>(query, variables);
  expect(r.errors).toBeUndefined();
  return r.data!;
}

// The forecasts the articles report (000: Aliyev's and the experts'; 004: the outlook), all naming AZ.
const FORECASTS = ["aliyev-central-asia-azerbaijan-integration-forecast", "az-kz-cooperation-outlook-forecast", "az-tj-strategic-alliance-forecast"];

const ids = (xs: readonly { id: string }[] | null | undefined): string[] => (xs ?? []).map((x) => x.id).sort();

describe("a proposal is not an agreement", () => {
  it("the single Eurasian economic zone is a PROPOSAL; Zhuravlev's unnamed agreements are a STATEMENT; a treaty is an INSTRUMENT", async () => {
    const d = await ask<{ p: Item; s: Item; t: Item }>(`{
      p: agreement(id: "${PROPOSAL}") { id nature parties { code } }
      s: agreement(id: "az-ru-putin-aliyev-agreements") { id nature }
      t: agreement(id: "az-uz-treaty-on-allied-relations") { id nature }
    }`);
    expect(d.p.nature).toBe("PROPOSAL");
    expect(d.p.parties!.map((c) => c.code)).toEqual(["AZ", "BY", "IR", "KZ", "RU", "TR", "UZ"]);
    expect(d.s.nature).toBe("STATEMENT");
    expect(d.t.nature).toBe("INSTRUMENT");
  });

  it("a country's agreements leave proposals and statements out unless asked for", async () => {
    const d = await ask<{ country: { agreements: Item[]; proposals: Item[]; all: Item[] } }>(`{
      country(code: "AZ") {
        agreements { id nature }
        proposals: agreements(nature: [PROPOSAL]) { id nature }
        all: agreements(nature: [INSTRUMENT, PROPOSAL, STATEMENT, FORECAST]) { id }
      }
    }`);
    const { agreements, proposals, all } = d.country;
    expect(agreements.length).toBeGreaterThan(10);
    expect(agreements.every((a) => a.nature === "INSTRUMENT")).toBe(true);
    expect(ids(agreements)).not.toContain(PROPOSAL);
    expect(ids(proposals)).toEqual([GABALA, PROPOSAL]);
    expect(ids(all)).toEqual(expect.arrayContaining([GABALA, PROPOSAL, "az-ru-putin-aliyev-agreements", ...FORECASTS, ...ids(agreements)]));
    expect(all).toHaveLength(agreements.length + 3 + FORECASTS.length);
  });

  it("Query.agreements filters by nature; without the argument it lists every nature", async () => {
    const d = await ask<{ p: { nodes: Item[]; totalCount: number }; any: { totalCount: number }; inst: { totalCount: number } }>(`{
      p: agreements(nature: [PROPOSAL, STATEMENT], first: 100) { totalCount nodes { id nature } }
      any: agreements(first: 1) { totalCount }
      inst: agreements(nature: [INSTRUMENT], first: 1) { totalCount }
    }`);
    expect(ids(d.p.nodes)).toEqual([GABALA, "az-ru-putin-aliyev-agreements", PROPOSAL]);
    expect(d.any.totalCount).toBe(d.inst.totalCount + 3 + FORECASTS.length);
  });
});

describe("a pair's profile shows multilateral items apart", () => {
  const PAIR = `query ($a: ID!, $b: ID!) {
    bilateral(a: $a, b: $b) {
      agreements { id nature parties { code } }
      multilateral: agreements(scope: MULTILATERAL) { id parties { code } }
      proposals: agreements(scope: ANY, nature: [PROPOSAL]) { id }
      bilateralProposals: agreements(nature: [PROPOSAL]) { id }
      indicators { id countries { code } }
      multilateralIndicators: indicators(scope: MULTILATERAL) { id countries { code } }
      events { id countries { code } }
      multilateralEvents: events(scope: MULTILATERAL) { id countries { code } }
      anyEvents: events(scope: ANY) { id }
      people { id }
      multilateralPeople: people(scope: MULTILATERAL) { id }
      agreementsConnection { totalCount }
      indicatorsConnection { totalCount }
      eventsConnection { totalCount }
    }
  }`;
  interface Pair {
    agreements: Item[];
    multilateral: Item[];
    proposals: Item[];
    bilateralProposals: Item[];
    indicators: Item[];
    multilateralIndicators: Item[];
    events: Item[];
    multilateralEvents: Item[];
    anyEvents: Item[];
    people: Item[];
    multilateralPeople: Item[];
    agreementsConnection: { totalCount: number };
    indicatorsConnection: { totalCount: number };
    eventsConnection: { totalCount: number };
  }
  const pair = async (a: string, b: string): Promise<Pair> => (await ask<{ bilateral: Pair }>(PAIR, { a, b })).bilateral;

  it("AZ–RU: the proposal and its 300 million people are not the pair's; asked for, they come apart", async () => {
    const p = await pair("AZ", "RU");
    expect(ids(p.agreements)).toEqual(expect.arrayContaining(["az-ru-intergovernmental-documents-putin-visit-baku", "az-ru-joint-statement-putin-visit-baku"]));
    expect(ids(p.agreements)).not.toContain(PROPOSAL);
    expect(ids(p.agreements)).not.toContain(GABALA); // a proposal between the two alone is no agreement either
    expect(p.agreements.every((a) => a.parties!.length === 2 && a.nature === "INSTRUMENT")).toBe(true);
    expect(ids(p.multilateral)).not.toContain(PROPOSAL); // a proposal is not an instrument, multilateral or not
    expect(ids(p.proposals)).toEqual([GABALA, PROPOSAL]);
    expect(ids(p.bilateralProposals)).toEqual([GABALA]);

    expect(ids(p.indicators)).toEqual(["az-ru-trade-rank-2023", "az-ru-trade-turnover-2023"]);
    expect(p.indicators.every((i) => i.countries!.length === 2)).toBe(true);
    expect(ids(p.multilateralIndicators)).toContain(POPULATION);
    expect(p.multilateralIndicators.every((i) => i.countries!.length > 2)).toBe(true);

    // The connections count what the lists give.
    expect(p.agreementsConnection.totalCount).toBe(p.agreements.length);
    expect(p.indicatorsConnection.totalCount).toBe(p.indicators.length);
    expect(p.eventsConnection.totalCount).toBe(p.events.length);
  });

  it("AZ–RU: the SCO summit in Astana (three countries) is apart from the two leaders' meeting there", async () => {
    const p = await pair("AZ", "RU");
    expect(ids(p.events)).toContain("putin-aliyev-meeting-astana-july");
    expect(ids(p.events)).not.toContain("sco-summit-astana-july");
    expect(p.events.every((e) => e.countries!.length === 2)).toBe(true);
    expect(ids(p.multilateralEvents)).toEqual(expect.arrayContaining(["sco-summit-astana-july", "zakharova-statement-armenia-azerbaijan-talks-july"]));
    expect(p.multilateralEvents.every((e) => e.countries!.length > 2)).toBe(true);
    expect(ids(p.anyEvents)).toEqual([...ids(p.events), ...ids(p.multilateralEvents)].sort());
  });

  it("nobody enters a pair's people through a multilateral event: Zakharova's statement names three countries", async () => {
    const p = await pair("AZ", "RU");
    expect(ids(p.people)).toEqual(expect.arrayContaining(["ilham-aliyev", "vladimir-putin"]));
    expect(ids(p.people)).not.toContain("maria-zakharova");
    expect(ids(p.multilateralPeople)).toContain("maria-zakharova");
    const am = await pair("AM", "AZ");
    expect(ids(am.people)).not.toContain("maria-zakharova");
  });

  it("AZ–UZ: the trilateral councils are the pair's multilateral agreements, not its bilateral ones", async () => {
    const p = await pair("UZ", "AZ");
    expect(ids(p.agreements)).toContain("az-uz-treaty-on-allied-relations");
    expect(ids(p.agreements)).not.toEqual(expect.arrayContaining(["az-tr-uz-trilateral-council"]));
    expect(ids(p.multilateral)).toEqual(expect.arrayContaining(["az-kz-uz-trilateral-council", "az-tr-uz-trilateral-council"]));
    expect(p.multilateral.every((a) => a.parties!.length > 2)).toBe(true);
  });

  it("BY–KZ, which share nothing but the proposal, have no agreement and no indicator", async () => {
    const p = await pair("BY", "KZ");
    expect(p.agreements).toEqual([]);
    expect(p.indicators).toEqual([]);
    expect(ids(p.proposals)).toEqual([PROPOSAL]);
    expect(ids(p.multilateralIndicators)).toEqual([POPULATION]);
  });
});
