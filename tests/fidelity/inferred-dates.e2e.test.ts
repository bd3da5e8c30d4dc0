/**
 * Issue 13, dates the article fixes without stating them. Article 002 never prints its year,
 * but dates its "last year" trade to end-2023 customs data: it writes in 2024. Through the real
 * gateway on a freshly seeded store: its 2024 events carry INFERRED date claims whose basisNote
 * says how (the state visit on 18–19 August 2024, the Moscow visit in April, the Astana
 * meeting in July …); where the text fixes only the year ("last week") the month stays out;
 * a stated date stays STATED; a curator's INFERRED claim without basisNote is refused.
 */
import { post } from "../support/federation";
import { useCuratedFederation } from "./support";

const atlas = useCuratedFederation("inferred_dates", "inferred dates test (curator)");
const { asCurator } = atlas;

const DOC = "002_76e874a06d3d543b";

interface Claim {
  date: { iso: string };
  end: { iso: string } | null;
  basis: string;
  basisNote: string | null;
  source: { document: string; start: number; end: number };
}
interface Dated {
  id: string;
  date: { iso: string } | null;
  dateDisputed: boolean;
  dates: Claim[];
}
const EVENT = "id date { iso } dateDisputed dates { date { iso } end { iso } basis basisNote source { document start end } }";

async function event(id: string): Promise<Dated> {
  const r = await post<{ event: Dated | null }>(atlas.fed.gatewayUrl, `query ($id: ID!) { event(id: $id) { ${EVENT} } }`, { id });
  expect(r.errors).toBeUndefined();
  expect(r.data!.event).not.toBeNull();
  return r.data!.event!;
}

describe("article 002's 2024 events are dated by inference, and say how", () => {
  it("the state visit is 18–19 August 2024, INFERRED, its note naming the 'last year' = 2023 passage", async () => {
    const e = await event("putin-state-visit-baku-august");
    expect(e.date?.iso).toBe("2024-08-18");
    expect(e.dateDisputed).toBe(false);
    expect(e.dates).toHaveLength(1);
    const [c] = e.dates;
    expect(c).toMatchObject({ date: { iso: "2024-08-18" }, end: { iso: "2024-08-19" }, basis: "INFERRED", source: { document: DOC, start: 549, end: 658 } });
    expect(c!.basisNote).toMatch(/2023/);
    expect(c!.basisNote).toMatch(/last year/);
    expect(c!.basisNote).toMatch(/2883/);
  });

  it.each([
    ["aliyev-visit-moscow-bam-anniversary", "2024-04"],
    ["sco-summit-astana-july", "2024-07"],
    ["putin-aliyev-meeting-astana-july", "2024-07"],
    ["zakharova-statement-armenia-azerbaijan-talks-july", "2024-07"],
    ["macron-visit-armenia-planned", "2024-09-21"],
  ])("%s is %s, INFERRED with a note", async (id, iso) => {
    const e = await event(id);
    expect(e.date?.iso).toBe(iso);
    expect(e.dates.map((d) => d.basis)).toEqual(["INFERRED"]);
    expect(e.dates[0]!.basisNote).toMatch(/2024/);
    expect(e.dates[0]!.source.document).toBe(DOC);
  });

  it("'last week' fixes the year only: Shoigu's visit and Aliyev's statement are 2024, no month", async () => {
    for (const id of ["shoigu-visit-baku", "aliyev-statement-relations-with-russia"]) {
      const e = await event(id);
      expect(e.date?.iso).toBe("2024");
      expect(e.dates[0]!.basisNote).toMatch(/month is not fixed/);
    }
  });

  it("a date the text states stays STATED (Putin's September 2018 visit)", async () => {
    const e = await event("putin-visit-baku-2018-09");
    expect(e.dates.map((d) => [d.date.iso, d.basis])).toEqual([["2018-09", "STATED"]]);
  });

  it("the pair's timeline now orders the 2024 events: April, July, August", async () => {
    const r = await post<{ bilateral: { events: Dated[] } }>(atlas.fed.gatewayUrl, `{ bilateral(a: "AZ", b: "RU") { events { ${EVENT} } } }`);
    expect(r.errors).toBeUndefined();
    const order = r.data!.bilateral.events.map((e) => e.id);
    const at = (id: string) => order.indexOf(id);
    expect(at("putin-visit-baku-2018-09")).toBeLessThan(at("aliyev-visit-moscow-bam-anniversary"));
    expect(at("aliyev-visit-moscow-bam-anniversary")).toBeLessThan(at("putin-aliyev-meeting-astana-july"));
    expect(at("putin-aliyev-meeting-astana-july")).toBeLessThan(at("putin-state-visit-baku-august"));
    expect(r.data!.bilateral.events.filter((e) => e.dates.some((d) => d.basis === "INFERRED")).every((e) => e.dates.every((d) => !!d.basisNote))).toBe(true);
  });
});

describe("a curator's INFERRED date needs its reasons", () => {
  const CREATE = `mutation ($input: EventInput!) { createEvent(input: $input) { ${EVENT} } }`;
  const span = { document: DOC, start: 1736, end: 1821, claim: "test: Putin and Aliyev met last July in Astana", figures: [] };
  const input = (claim: Record<string, unknown>) => ({
    id: "test-inferred-meeting",
    kind: "MEETING",
    title: { en: "Test meeting dated by inference", ar: "لقاء اختباري" },
    countries: ["AZ", "RU"],
    dates: [{ start: { year: 2024, month: 7 }, basis: "INFERRED", source: span, ...claim }],
    sources: [span],
  });

  it("without basisNote it is refused naming input.dates[0], and nothing is written", async () => {
    const r = await asCurator<unknown>(CREATE, { input: input({}) });
    expect(r.data).toBeNull();
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.dates[0]" });
    expect(r.errors?.[0]?.message).toMatch(/basisNote/);
    const read = await post<{ event: unknown }>(atlas.fed.gatewayUrl, `{ event(id: "test-inferred-meeting") { id } }`);
    expect(read.data!.event).toBeNull();
  });

  it("with basisNote it is recorded and read back as INFERRED", async () => {
    const r = await asCurator<{ createEvent: Dated }>(CREATE, { input: input({ basisNote: "test: 'last July' in a text that dates its 'last year' to 2023" }) });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createEvent).toMatchObject({ date: { iso: "2024-07" }, dates: [{ basis: "INFERRED", basisNote: expect.stringMatching(/2023/) }] });
  });
});
