import { Random, WeightedPicker } from "../src/scale/random";
import { GENERATOR_VERSION, SMALL_SCALE, generateScaleSet, type GeneratedSet } from "../src/scale/generate";

let first: GeneratedSet;
beforeAll(() => {
  first = generateScaleSet(SMALL_SCALE);
});

describe("the scale set generator", () => {
  it("gives the same rows and checksum for the same options", () => {
    const again = generateScaleSet(SMALL_SCALE);
    expect(again.checksum).toBe(first.checksum);
    expect(again.counts).toEqual(first.counts);
    expect(again.data.agreement.slice(0, 20)).toEqual(first.data.agreement.slice(0, 20));
    expect(again.data.indicatorCountry.slice(-50)).toEqual(first.data.indicatorCountry.slice(-50));
  });

  it("gives another set for another seed", () => {
    const other = generateScaleSet({ ...SMALL_SCALE, seed: SMALL_SCALE.seed + 1 });
    expect(other.checksum).not.toBe(first.checksum);
  });

  it("makes the requested numbers of rows", () => {
    expect(first.counts.country).toBe(SMALL_SCALE.countries);
    expect(first.counts.agreement).toBe(SMALL_SCALE.agreements);
    expect(first.counts.indicator).toBe(SMALL_SCALE.indicators);
    expect(first.counts.event).toBe(SMALL_SCALE.events);
    expect(first.counts.person).toBe(SMALL_SCALE.people);
    expect(first.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(GENERATOR_VERSION).toMatch(/^scale-v\d+$/);
  });

  it("uses real ISO codes for countries and marks every other row as synthetic", () => {
    for (const c of first.data.country) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect(c.iso3).toMatch(/^[A-Z]{3}$/);
    }
    expect(first.data.country.find((c) => c.code === "AZ")).toMatchObject({ iso3: "AZE", nameEn: "Azerbaijan" });
    for (const rows of [first.data.agreement, first.data.indicator, first.data.event, first.data.person, first.data.document]) {
      for (const r of rows) expect(r.id).toMatch(/^scale-/);
    }
    for (const s of [...first.data.agreementSource, ...first.data.indicatorSource]) expect(s.claim).toContain("(scale set)");
  });

  it("plants exactly N agreements, indicators and events for each benchmark pair", () => {
    const countWith = (links: { id: string; code: string }[], a: string, b: string): number => {
      const byOwner = new Map<string, Set<string>>();
      for (const l of links) byOwner.set(l.id, (byOwner.get(l.id) ?? new Set()).add(l.code));
      return [...byOwner.values()].filter((s) => s.has(a) && s.has(b)).length;
    };
    const parties = first.data.agreementParty.map((p) => ({ id: p.agreementId, code: p.countryCode }));
    const indicatorCountries = first.data.indicatorCountry.map((p) => ({ id: p.indicatorId, code: p.countryCode }));
    const eventCountries = first.data.eventCountry.map((p) => ({ id: p.eventId, code: p.countryCode }));
    for (const pair of SMALL_SCALE.pairs) {
      expect(countWith(parties, pair.a, pair.b)).toBe(pair.items);
      expect(countWith(indicatorCountries, pair.a, pair.b)).toBe(pair.items);
      expect(countWith(eventCountries, pair.a, pair.b)).toBe(pair.items);
    }
  });

  it("only refers to rows that exist", () => {
    const countries = new Set(first.data.country.map((c) => c.code));
    const people = new Set(first.data.person.map((p) => p.id));
    const documents = new Set(first.data.document.map((d) => d.id));
    const roles = new Set(first.data.role.map((r) => r.id));
    for (const p of first.data.agreementParty) expect(countries.has(p.countryCode)).toBe(true);
    for (const s of first.data.agreementSignatory) expect(people.has(s.personId)).toBe(true);
    for (const s of first.data.eventParticipant) expect(people.has(s.personId)).toBe(true);
    for (const s of first.data.roleSource) expect(roles.has(s.ownerId)).toBe(true);
    for (const s of [...first.data.agreementSource, ...first.data.indicatorSource, ...first.data.eventSource]) expect(documents.has(s.documentId)).toBe(true);
    // Every country has a head of state and a head of government (the wide list's leaders).
    const leaders = new Set(first.data.role.filter((r) => r.kind === "HEAD_OF_STATE" || r.kind === "HEAD_OF_GOVERNMENT").map((r) => `${r.countryCode}:${r.kind}`));
    expect(leaders.size).toBe(countries.size * 2);
  });
});

describe("Random", () => {
  it("repeats its sequence for a seed and stays within bounds", () => {
    const a = new Random(42);
    const b = new Random(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const r = new Random(1);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 5);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
    }
  });

  it("picks by weight", () => {
    const picker = new WeightedPicker(["heavy", "light"], [9, 1]);
    const r = new Random(3);
    const heavy = Array.from({ length: 10_000 }, () => picker.pick(r)).filter((x) => x === "heavy").length;
    expect(heavy).toBeGreaterThan(8700);
    expect(heavy).toBeLessThan(9300);
  });
});
