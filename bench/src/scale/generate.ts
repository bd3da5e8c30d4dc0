/**
 * The scale set: a deterministic, synthetic data set for the benchmark. Real ISO country
 * codes and names; everything else is generated from a seeded random number generator and
 * marked as synthetic (ids start with "scale-", titles and claims say so).
 *
 * Country activity follows a Zipf-like law, so a few pairs of large countries have hundreds
 * of agreements and indicators and most pairs have none. Three benchmark pairs are planted
 * with exactly N agreements, N indicators and N events naming both countries (N = 5, 50,
 * 200 in the full set); background rows never name both countries of a benchmark pair.
 *
 * The function is pure: the same options give the same rows, in the same order.
 */
import { createHash } from "node:crypto";
import { foldForSearch } from "@atlas/runtime";
import { isoCountries } from "./countries";
import { Random, WeightedPicker } from "./random";

/** Bump when the generated rows change for the same options, so stored sets are reloaded. */
export const GENERATOR_VERSION = "scale-v1";

export interface BenchPair {
  /** Agreements, indicators and events that name both countries (each). */
  items: number;
  a: string;
  b: string;
}

export interface ScaleOptions {
  seed: number;
  countries: number;
  agreements: number;
  indicators: number;
  people: number;
  events: number;
  documents: number;
  pairs: BenchPair[];
}

/** The set `npm run bench` measures against. */
export const FULL_SCALE: ScaleOptions = {
  seed: 20261122,
  countries: 250,
  agreements: 10_000,
  indicators: 50_000,
  people: 5_000,
  events: 5_000,
  documents: 300,
  pairs: [
    { items: 5, a: "AZ", b: "GE" },
    { items: 50, a: "AZ", b: "KZ" },
    { items: 200, a: "AZ", b: "TR" },
  ],
};

/** A small set of the same shape, for tests and `--quick` runs. */
export const SMALL_SCALE: ScaleOptions = {
  seed: 7,
  countries: 40,
  agreements: 400,
  indicators: 1_500,
  people: 300,
  events: 200,
  documents: 20,
  pairs: [
    { items: 3, a: "AZ", b: "GE" },
    { items: 6, a: "AZ", b: "KZ" },
    { items: 12, a: "AZ", b: "TR" },
  ],
};

/** Large countries first (they get most of the activity); the rest follow in a seeded order. */
const PROMINENT = ["RU", "CN", "US", "TR", "DE", "IN", "FR", "GB", "JP", "IR", "KZ", "AZ", "SA", "AE", "UZ", "IT", "KR", "BR", "PK", "GE", "EG", "UA", "TM", "KG", "TJ", "QA", "ES", "ID", "BY", "AM"];

// ─── rows, one interface per table (column names as in prisma/schema/models.prisma) ───

interface Cite {
  documentId: string;
  start: number;
  end: number;
  claim: string;
  figures: string;
}
export interface DocumentRow {
  id: string;
  titleEn: string;
  titleAr: string;
  publisher: string;
  publishedYear: number;
  publishedMonth: number | null;
  publishedDay: number | null;
  publishedOnNote: string;
  author: string | null;
  authorAr: string | null;
}
export interface CountryRow {
  code: string;
  iso3: string;
  nameEn: string;
  nameAr: string;
  capitalEn: string | null;
  capitalAr: string | null;
}
export interface CountryNameRow {
  countryCode: string;
  name: string;
  folded: string;
}
export interface OwnedCite<K = string> extends Cite {
  ownerId: K;
}
export interface PersonRow {
  id: string;
  nameEn: string;
  nameAr: string;
}
export interface PersonNameRow {
  personId: string;
  name: string;
  folded: string;
}
export interface RoleRow {
  id: number;
  personId: string;
  kind: string;
  titleEn: string;
  titleAr: string | null;
  countryCode: string | null;
  organization: string | null;
  startYear: number | null;
  startMonth: number | null;
  startDay: number | null;
  asOfYear: number | null;
}
export interface AgreementRow {
  id: string;
  kind: string;
  titleEn: string;
  titleAr: string | null;
  status: string;
  summary: string | null;
  eventId: string | null;
}
export interface DateClaimRow extends OwnedCite {
  startYear: number;
  startMonth: number | null;
  startDay: number | null;
  endYear: number | null;
  endMonth: number | null;
  endDay: number | null;
  basis: string;
  basisNote: string | null;
}
export interface IndicatorRow {
  id: string;
  metric: string;
  kind: string;
  value: number;
  unit: string;
  year: number | null;
  changePercent: number | null;
  label: string;
  fromCode: string | null;
  toCode: string | null;
  basisNote: string | null;
}
export interface EventRow {
  id: string;
  kind: string;
  titleEn: string;
  titleAr: string | null;
  placeCountryCode: string | null;
  placeCityEn: string | null;
  placeCityAr: string | null;
}

export interface ScaleData {
  document: DocumentRow[];
  country: CountryRow[];
  countryName: CountryNameRow[];
  countrySource: OwnedCite[];
  person: PersonRow[];
  personName: PersonNameRow[];
  role: RoleRow[];
  roleSource: OwnedCite<number>[];
  agreement: AgreementRow[];
  agreementParty: { agreementId: string; countryCode: string }[];
  agreementSignatory: { agreementId: string; personId: string }[];
  agreementDate: DateClaimRow[];
  agreementSource: OwnedCite[];
  indicator: IndicatorRow[];
  indicatorCountry: { indicatorId: string; countryCode: string }[];
  indicatorSource: OwnedCite[];
  event: EventRow[];
  eventCountry: { eventId: string; countryCode: string }[];
  eventParticipant: { eventId: string; personId: string }[];
  eventDate: DateClaimRow[];
  eventSource: OwnedCite[];
}

export type TableName = keyof ScaleData;

export interface GeneratedSet {
  options: ScaleOptions;
  data: ScaleData;
  /** sha256 over the generator version, the options and every row. */
  checksum: string;
  counts: Record<TableName, number>;
}

// ─── vocabulary ───

const SYLLABLES: [string, string][] = [
  ["ka", "كا"], ["ri", "ري"], ["mo", "مو"], ["na", "نا"], ["la", "لا"], ["sa", "سا"], ["di", "دي"], ["ro", "رو"],
  ["ta", "تا"], ["mi", "مي"], ["za", "زا"], ["lu", "لو"], ["ha", "ها"], ["ba", "با"], ["fa", "فا"], ["nu", "نو"],
];
const AGREEMENT_KINDS = ["TREATY", "AGREEMENT", "MEMORANDUM", "JOINT_STATEMENT", "DECLARATION", "COMMISSION", "PROGRAM", "ROADMAP", "CONTRACT"];
const AGREEMENT_STATUSES = ["SIGNED", "IN_FORCE", "ESTABLISHED", "PLANNED", "UNDER_NEGOTIATION", "ANNOUNCED"];
const METRICS: [metric: string, unit: string, max: number][] = [
  ["TRADE_TURNOVER", "USD", 5e10], ["EXPORTS", "USD", 2e10], ["IMPORTS", "USD", 2e10], ["FDI", "USD", 5e9],
  ["AID", "USD", 1e9], ["TOURIST_ARRIVALS", "COUNT", 5e6], ["FLIGHTS_PER_WEEK", "COUNT", 200], ["PIPELINE_CAPACITY", "TONNES_PER_YEAR", 5e7],
];
const FLOW_METRICS = new Set(["FDI", "AID"]);
const INDICATOR_KINDS = ["ACTUAL", "ACTUAL", "ACTUAL", "TARGET", "FORECAST", "ESTIMATE"];
const ROLE_KINDS: [kind: string, title: string][] = [
  ["MINISTER", "Minister"], ["DEPUTY_MINISTER", "Deputy Minister"], ["OFFICIAL", "Official"], ["DIPLOMAT", "Ambassador"],
  ["LEGISLATOR", "Member of Parliament"], ["MILITARY", "General"], ["BUSINESS", "Chief Executive"], ["EXPERT", "Analyst"],
];
const EVENT_KINDS = ["STATE_VISIT", "OFFICIAL_VISIT", "SUMMIT", "MEETING", "TALKS", "FORUM", "COUNCIL_SESSION", "SIGNING", "PHONE_CALL"];

const pad = (n: number, width: number): string => String(n).padStart(width, "0");
const pairKey = (a: string, b: string): string => (a < b ? `${a}-${b}` : `${b}-${a}`);

/** Generates the scale set. Pure and deterministic. */
export function generateScaleSet(options: ScaleOptions): GeneratedSet {
  const random = new Random(options.seed);
  const data: ScaleData = {
    document: [], country: [], countryName: [], countrySource: [], person: [], personName: [], role: [], roleSource: [],
    agreement: [], agreementParty: [], agreementSignatory: [], agreementDate: [], agreementSource: [],
    indicator: [], indicatorCountry: [], indicatorSource: [], event: [], eventCountry: [], eventParticipant: [], eventDate: [], eventSource: [],
  };

  // Countries: the prominent ones first, then the rest in a seeded order, Zipf-weighted by rank.
  const all = isoCountries();
  const byCode = new Map(all.map((c) => [c.code, c]));
  const pairCodes = options.pairs.flatMap((p) => [p.a, p.b]);
  for (const code of pairCodes) if (!byCode.has(code)) throw new Error(`benchmark pair country ${code} is not an ISO 3166-1 code`);
  const prominent = PROMINENT.filter((c) => byCode.has(c));
  const rest = random.shuffle(all.map((c) => c.code).filter((c) => !prominent.includes(c)));
  const ranked = [...prominent, ...rest].slice(0, Math.min(options.countries, all.length));
  for (const code of pairCodes) if (!ranked.includes(code)) throw new Error(`benchmark pair country ${code} is outside the first ${options.countries} countries`);
  const countryPicker = new WeightedPicker(ranked, ranked.map((_, rank) => 1 / Math.pow(rank + 1, 1.05)));
  const benchPairs = new Set(options.pairs.map((p) => pairKey(p.a, p.b)));
  /** True when a list of country codes names both countries of a benchmark pair. */
  const touchesBenchPair = (codes: readonly string[]): boolean => {
    for (let i = 0; i < codes.length; i++) for (let j = i + 1; j < codes.length; j++) if (benchPairs.has(pairKey(codes[i]!, codes[j]!))) return true;
    return false;
  };
  const drawCountries = (n: number): string[] => {
    for (;;) {
      const codes = countryPicker.pickDistinct(random, n);
      if (codes.length >= Math.min(n, 2) && !touchesBenchPair(codes)) return codes;
    }
  };
  const name = (c: string): string => byCode.get(c)!.nameEn;

  // Documents: the synthetic sources every citation points to.
  for (let i = 1; i <= options.documents; i++) {
    const month = random.chance(0.8) ? random.int(1, 12) : null;
    data.document.push({
      id: `scale-doc-${pad(i, 4)}`,
      titleEn: `Synthetic report ${i} (scale set)`,
      titleAr: `تقرير اصطناعي ${i}`,
      publisher: `Scale Wire ${1 + (i % 17)} (synthetic)`,
      publishedYear: random.int(2015, 2025),
      publishedMonth: month,
      publishedDay: month !== null && random.chance(0.7) ? random.int(1, 28) : null,
      publishedOnNote: "synthetic date (scale set)",
      author: null,
      authorAr: null,
    });
  }
  const cite = (what: string): Cite => {
    const start = random.int(0, 5000);
    return { documentId: random.pick(data.document).id, start, end: start + random.int(40, 400), claim: `Synthetic: ${what} (scale set)`, figures: "[]" };
  };

  for (const code of ranked) {
    const c = byCode.get(code)!;
    data.country.push({ code, iso3: c.iso3, nameEn: c.nameEn, nameAr: c.nameAr, capitalEn: null, capitalAr: null });
    for (const n of new Set([c.nameEn, c.nameAr, code, c.iso3])) data.countryName.push({ countryCode: code, name: n, folded: foldForSearch(n) });
    data.countrySource.push({ ownerId: code, ...cite(`mention of ${c.nameEn}`) });
  }

  // People: a head of state and a head of government per country, then everyone else with 1-3 roles.
  const peopleOf = new Map<string, string[]>(ranked.map((c) => [c, []]));
  let roleId = 0;
  const addRole = (personId: string, kind: string, title: string, countryCode: string): void => {
    roleId++;
    data.role.push({
      id: roleId,
      personId,
      kind,
      titleEn: `${title} of ${name(countryCode)}`,
      titleAr: null,
      countryCode,
      organization: null,
      startYear: random.chance(0.6) ? random.int(1995, 2024) : null,
      startMonth: null,
      startDay: null,
      asOfYear: random.chance(0.5) ? random.int(2020, 2025) : null,
    });
    data.roleSource.push({ ownerId: roleId, ...cite(`${personId} holds the role ${title}`) });
    const list = peopleOf.get(countryCode)!;
    if (!list.includes(personId)) list.push(personId);
  };
  const leaderSlots = ranked.flatMap((code) => [
    { code, kind: "HEAD_OF_STATE", title: "President" },
    { code, kind: "HEAD_OF_GOVERNMENT", title: "Prime Minister" },
  ]);
  const peopleCount = Math.max(options.people, leaderSlots.length);
  for (let i = 1; i <= peopleCount; i++) {
    const id = `scale-person-${pad(i, 5)}`;
    const parts = [0, 1, 2, 3].map(() => random.pick(SYLLABLES));
    const given = parts.slice(0, 2);
    const family = parts.slice(2);
    const en = `${cap(given.map((p) => p[0]).join(""))} ${cap(family.map((p) => p[0]).join(""))}ov`;
    const arName = `${given.map((p) => p[1]).join("")} ${family.map((p) => p[1]).join("")}وف`;
    data.person.push({ id, nameEn: en, nameAr: arName });
    for (const n of new Set([en, arName])) data.personName.push({ personId: id, name: n, folded: foldForSearch(n) });
    const slot = leaderSlots[i - 1];
    if (slot) addRole(id, slot.kind, slot.title, slot.code);
    else {
      for (let r = random.int(1, 3); r > 0; r--) {
        const [kind, title] = random.pick(ROLE_KINDS);
        addRole(id, kind, title, countryPicker.pick(random));
      }
    }
  }
  const someoneFrom = (codes: readonly string[]): string => {
    const pool = codes.flatMap((c) => peopleOf.get(c) ?? []);
    return random.pick(pool);
  };

  const dateClaims = (ownerId: string, what: string): DateClaimRow[] => {
    const roll = random.next();
    const n = roll < 0.05 ? 0 : roll < 0.1 ? 2 : 1;
    const out: DateClaimRow[] = [];
    for (let k = 0; k < n; k++) {
      const month = random.chance(0.7) ? random.int(1, 12) : null;
      out.push({
        ownerId,
        startYear: random.int(1992, 2025),
        startMonth: month,
        startDay: month !== null && random.chance(0.6) ? random.int(1, 28) : null,
        endYear: null,
        endMonth: null,
        endDay: null,
        basis: "STATED",
        basisNote: null,
        ...cite(`date of ${what}`),
      });
    }
    return out;
  };

  // Agreements, indicators and events: background rows first, then the planted benchmark pairs.
  const planted = (kind: "agreement" | "indicator" | "event"): string[][] =>
    options.pairs.flatMap((p) =>
      Array.from({ length: p.items }, () => {
        if (kind !== "agreement" || !random.chance(0.2)) return [p.a, p.b];
        // A third party, never one that would add to another benchmark pair.
        for (;;) {
          const [extra] = drawCountries(1);
          if (extra && extra !== p.a && extra !== p.b && !touchesBenchPair([p.a, extra]) && !touchesBenchPair([p.b, extra])) return [p.a, p.b, extra];
        }
      }),
    );
  const plantedCount = options.pairs.reduce((n, p) => n + p.items, 0);

  const agreementParties = [
    ...Array.from({ length: Math.max(0, options.agreements - plantedCount) }, () => drawCountries(random.chance(0.8) ? 2 : random.int(3, 7))),
    ...planted("agreement"),
  ];
  agreementParties.forEach((parties, i) => {
    const id = `scale-agr-${pad(i + 1, 5)}`;
    const kind = random.pick(AGREEMENT_KINDS);
    data.agreement.push({
      id,
      kind,
      titleEn: `${cap(kind.toLowerCase().replace(/_/g, " "))} between ${parties.map(name).join(", ")} no. ${i + 1} (synthetic)`,
      titleAr: null,
      status: random.pick(AGREEMENT_STATUSES),
      summary: null,
      eventId: null,
    });
    for (const c of parties) data.agreementParty.push({ agreementId: id, countryCode: c });
    for (const p of new Set(Array.from({ length: random.int(1, 2) }, () => someoneFrom(parties)))) data.agreementSignatory.push({ agreementId: id, personId: p });
    data.agreementDate.push(...dateClaims(id, `agreement ${id}`));
    for (let s = random.int(1, 2); s > 0; s--) data.agreementSource.push({ ownerId: id, ...cite(`agreement ${id} between ${parties.join(", ")}`) });
  });

  const indicatorCountries = [
    ...Array.from({ length: Math.max(0, options.indicators - plantedCount) }, () => drawCountries(random.chance(0.9) ? 2 : 1)),
    ...planted("indicator"),
  ];
  indicatorCountries.forEach((codes, i) => {
    const id = `scale-ind-${pad(i + 1, 6)}`;
    const [metric, unit, max] = random.pick(METRICS);
    const flow = FLOW_METRICS.has(metric) && codes.length === 2;
    data.indicator.push({
      id,
      metric,
      kind: random.pick(INDICATOR_KINDS),
      value: Math.round(random.next() * max),
      unit,
      year: random.chance(0.95) ? random.int(2000, 2025) : null,
      changePercent: random.chance(0.3) ? Math.round((random.next() * 80 - 30) * 10) / 10 : null,
      label: `${metric.toLowerCase().replace(/_/g, " ")} of ${codes.join("–")} (synthetic)`,
      fromCode: flow ? codes[0]! : null,
      toCode: flow ? codes[1]! : null,
      basisNote: null,
    });
    for (const c of codes) data.indicatorCountry.push({ indicatorId: id, countryCode: c });
    data.indicatorSource.push({ ownerId: id, ...cite(`indicator ${id}`) });
  });

  const eventCountries = [
    ...Array.from({ length: Math.max(0, options.events - plantedCount) }, () => drawCountries(random.chance(0.75) ? 2 : random.int(3, 4))),
    ...planted("event"),
  ];
  eventCountries.forEach((codes, i) => {
    const id = `scale-evt-${pad(i + 1, 5)}`;
    const kind = random.pick(EVENT_KINDS);
    data.event.push({
      id,
      kind,
      titleEn: `${cap(kind.toLowerCase().replace(/_/g, " "))} of ${codes.map(name).join(", ")} no. ${i + 1} (synthetic)`,
      titleAr: null,
      placeCountryCode: random.pick(codes),
      placeCityEn: null,
      placeCityAr: null,
    });
    for (const c of codes) data.eventCountry.push({ eventId: id, countryCode: c });
    for (const p of new Set(Array.from({ length: random.int(2, 4) }, () => someoneFrom(codes)))) data.eventParticipant.push({ eventId: id, personId: p });
    data.eventDate.push(...dateClaims(id, `event ${id}`));
    data.eventSource.push({ ownerId: id, ...cite(`event ${id}`) });
  });

  const hash = createHash("sha256").update(GENERATOR_VERSION).update(JSON.stringify(options));
  const counts = {} as Record<TableName, number>;
  for (const table of Object.keys(data) as TableName[]) {
    counts[table] = data[table].length;
    hash.update(`\n#${table}\n`);
    for (const row of data[table]) hash.update(JSON.stringify(row));
  }
  return { options, data, checksum: hash.digest("hex"), counts };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
