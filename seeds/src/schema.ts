/**
 * The seed corpus contract. Every fact the service returns comes from a record
 * validated by these schemas, and every record carries at least one citation
 * into one of the source articles.
 *
 * Offsets: `start`/`end` are JavaScript string indices (UTF-16 code units) into
 * the article text read as UTF-8 (`fs.readFileSync(path, "utf8")`); `end` is
 * exclusive, so `text.slice(start, end)` is the cited passage.
 */
import { z } from "zod";

const id = z
  .string()
  .max(120, "at most 120 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are kebab-case ascii: 'ilham-aliyev'");
export const countryCode = z.string().regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2, upper case");
/** A seed article's file name in shared/sources without .txt, or doc-<16 hex> for a document added since (from its text's sha256). */
export const documentId = z.string().regex(/^(\d{3}_[0-9a-f]{16}|doc-[0-9a-f]{16})$/, "a seed article id (000_<16 hex>) or doc-<16 hex>");

export const citation = z
  .object({
    document: documentId,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    /** Our own one-line English statement of what the passage says. Never the article's prose. */
    claim: z.string().min(8).max(400),
    /**
     * The figures exactly as the passage writes them (digits may be Western or
     * Arabic-Indic, or a number word such as "عشرين"). Each must occur inside the span.
     * Every number and every year a fact states must be listed in one of its citations.
     */
    figures: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .refine((c) => c.end > c.start, { message: "end must be after start" });

export const partialDate = z
  .object({
    year: z.number().int().min(1900).max(2100),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
  })
  .strict()
  .refine((d) => d.day === undefined || d.month !== undefined, { message: "a day needs a month" });

/** The first and the last day a partial date may mean, as yyyymmdd numbers ("2024" spans 20240100–20241231). */
const earliest = (d: { year: number; month?: number; day?: number }): number => d.year * 10_000 + (d.month ?? 1) * 100 + (d.day ?? 1);
const latest = (d: { year: number; month?: number; day?: number }): number => d.year * 10_000 + (d.month ?? 12) * 100 + (d.day ?? 31);

/**
 * How a date was obtained.
 * STATED: the text gives it outright ("20 and 21 October 2025").
 * RELATIVE: resolved from words like "last year" against the article's publication date;
 *   `basisNote` must say which words and which publication date.
 * INFERRED: the text never prints it (a year, mostly) but its own content fixes it: an article
 *   without a year that dates its "last year" figures to 2023 writes in 2024. `basisNote`
 *   must say which passages fix it and how. Never a guess: what the text does not fix stays out.
 */
export const dateBasis = z.enum(["STATED", "RELATIVE", "INFERRED"]);

export const dateClaim = z
  .object({
    start: partialDate,
    end: partialDate.optional(),
    basis: dateBasis,
    basisNote: z.string().optional(),
    source: citation,
  })
  .strict()
  .refine((d) => d.basis === "STATED" || !!d.basisNote, {
    message: "a RELATIVE or INFERRED date needs basisNote: the words and the publication date, or the passages that fix it and how",
  })
  .refine((d) => !d.end || latest(d.end) >= earliest(d.start), { message: "end is before start", path: ["end"] });

const text = z.object({ en: z.string().min(1), ar: z.string().min(1).optional() }).strict();
const bilingual = z.object({ en: z.string().min(1), ar: z.string().min(1) }).strict();

export const documentRecord = z
  .object({
    id: documentId,
    title: bilingual,
    publisher: z.string().nullable(),
    publishedOn: partialDate.nullable(),
    /** Where the publication date comes from, or why there is none. */
    publishedOnNote: z.string().min(3),
    author: z.string().nullable(),
    authorAr: z.string().nullable().optional(),
    /** Citations for the title/publisher/date/author where the text states them. */
    sources: z.array(citation).default([]),
  })
  .strict();

/** A country as one article mentions it: the spelling used there and where. */
export const countryMention = z
  .object({
    code: countryCode,
    /** Arabic spellings as they appear in this article (used as search aliases). */
    spellings: z.array(z.string().min(1)).min(1),
    sources: z.array(citation).min(1),
  })
  .strict();

export const roleKind = z.enum([
  "HEAD_OF_STATE",
  "HEAD_OF_GOVERNMENT",
  "MINISTER",
  "DEPUTY_MINISTER",
  "OFFICIAL",
  "DIPLOMAT",
  "LEGISLATOR",
  "MILITARY",
  "BUSINESS",
  "EXPERT",
  "AUTHOR",
  "JOURNALIST",
  "OTHER",
]);

export const role = z
  .object({
    kind: roleKind,
    title: text,
    /** The country the role serves, when it serves one. */
    country: countryCode.nullable(),
    organization: z.string().nullable().optional(),
    start: partialDate.nullable().optional(),
    end: partialDate.nullable().optional(),
    /** The date at which the article says the person holds the role (usually its publication date). */
    asOf: partialDate.nullable().optional(),
    sources: z.array(citation).min(1),
  })
  .strict();

export const personRecord = z
  .object({
    /** Slug of the usual English name: "ilham-aliyev", "vladimir-putin". Same person, same id in every file. */
    id,
    name: bilingual,
    /** Other spellings in either language (Arabic variants as written in the article). */
    aliases: z.array(z.string().min(1)).default([]),
    roles: z.array(role).min(1),
  })
  .strict();

export const agreementKind = z.enum([
  "TREATY",
  "AGREEMENT",
  "MEMORANDUM",
  "JOINT_STATEMENT",
  "DECLARATION",
  "COUNCIL",
  "COMMISSION",
  "PROGRAM",
  "ROADMAP",
  "CONTRACT",
  "FUND",
  "OTHER",
]);
export const agreementStatus = z.enum([
  "SIGNED",
  "IN_FORCE",
  "ESTABLISHED",
  "PLANNED",
  "UNDER_NEGOTIATION",
  "ANNOUNCED",
  "UNKNOWN",
]);

/**
 * What the record is. INSTRUMENT: agreed, signed, set up or being negotiated between its
 * parties (treaties, memoranda, councils, programmes, planned documents). The others are
 * what a speaker only says: PROPOSAL (an idea put forward, e.g. an economist's currency
 * zone), STATEMENT (a claim about arrangements nobody names), FORECAST (an expectation).
 * Only instruments are a country's or a pair's agreements.
 */
export const agreementNature = z.enum(["INSTRUMENT", "PROPOSAL", "STATEMENT", "FORECAST"]);

export const agreementRecord = z
  .object({
    id,
    kind: agreementKind,
    nature: agreementNature.default("INSTRUMENT"),
    title: text,
    parties: z.array(countryCode).min(1),
    status: agreementStatus,
    /** Every date claim the sources make; two different claims are both kept (never pick one). */
    signedOn: z.array(dateClaim).default([]),
    /** The event (in any document file) where it was signed or set up. */
    event: id.optional(),
    signatories: z.array(id).default([]),
    summary: z.string().max(400).optional(),
    sources: z.array(citation).min(1),
  })
  .strict();

export const indicatorKind = z.enum(["ACTUAL", "TARGET", "FORECAST", "ESTIMATE", "CUMULATIVE", "PLANNED", "CAPACITY"]);

/**
 * How the text bounds a number: "more than $700 million" is AT_LEAST, "up to" AT_MOST,
 * "about" APPROXIMATELY, "between 12 and 36 months" a RANGE from value to valueMax.
 */
export const numberQualifier = z.enum(["EXACT", "AT_LEAST", "AT_MOST", "APPROXIMATELY", "RANGE"]);

export const indicatorRecord = z
  .object({
    id,
    /** SCREAMING_SNAKE metric name: TRADE_TURNOVER, INVESTMENT_FUND_CAPITAL, SECURITY_ASSISTANCE, BORDER_LENGTH, VISIT_COUNT, ... */
    metric: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
    kind: indicatorKind,
    /** In base units: 4.4 billion USD is 4400000000. */
    value: z.number(),
    /** What the text says of the value; the words ("more than", "أكثر من") must be in a citation's span. */
    qualifier: numberQualifier.default("EXACT"),
    /** The upper end of a RANGE (then required, above value); absent otherwise. */
    valueMax: z.number().nullable().optional(),
    /** USD, PERCENT, TONNES, TONNES_PER_YEAR, KM, COUNT, BARRELS_PER_DAY, CUBIC_METRES_PER_YEAR, TEU_PER_YEAR, ... */
    unit: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
    /** The year the value refers to (for a TARGET: the horizon year, when given). */
    year: z.number().int().min(1900).max(2100).nullable().optional(),
    period: z.object({ start: partialDate, end: partialDate.optional() }).strict().nullable().optional(),
    changePercent: z.number().nullable().optional(),
    /** What it measures, in one line of our own English. */
    label: z.string().min(3).max(200),
    countries: z.array(countryCode).min(1),
    /** For flows: who gives / who receives (aid, investment). */
    from: countryCode.nullable().optional(),
    to: countryCode.nullable().optional(),
    /** Relative periods ("last year") resolved against the publication date: say so here. */
    basisNote: z.string().optional(),
    /**
     * The id of the indicator this one is a part of, when the text presents it so ("$20 million
     * of drones, the largest part of the $330 million of security aid"): same unit, and a sum
     * over a metric counts only indicators without `partOf`.
     */
    partOf: id.optional(),
    sources: z.array(citation).min(1),
  })
  .strict();

/** What flows: goods exported, energy supplied, arms sold, or a country's companies at work in another. */
export const tradeFlowKind = z.enum(["GOODS", "ENERGY", "ARMS", "COMPANIES"]);

/**
 * What one country supplies to another (or to a region), or does in it, as the article says
 * it without a number to measure it ("Azerbaijan traditionally supplies Russia with
 * agricultural products"; "Gazprom and Rosneft work in Azerbaijan"). Numbers are indicators.
 */
export const tradeFlowRecord = z
  .object({
    id,
    kind: tradeFlowKind,
    /** The supplier, or the home country of the companies. */
    from: countryCode,
    /** The receiver, or where the companies work. */
    to: countryCode.nullable().optional(),
    /** Only when the text names a region and no country ("Central Asia"). */
    toRegion: z.string().min(2).max(80).optional(),
    /** What flows, in our English, as the text names it: "fruits", "cars", "oil". */
    items: z.array(z.string().min(1).max(80)).default([]),
    /** The companies the text names, in their usual English spelling. */
    companies: z.array(z.string().min(1).max(80)).default([]),
    /** What the text says, in one line of our own English. */
    label: z.string().min(3).max(200),
    sources: z.array(citation).min(1),
  })
  .strict()
  .refine((r) => !!r.to !== !!r.toRegion, { message: "a flow goes to a country (to) or, when the text names none, a region (toRegion): one of them", path: ["to"] })
  .refine((r) => r.to !== r.from, { message: "a flow goes from one country to another", path: ["to"] });

export const eventKind = z.enum([
  "STATE_VISIT",
  "OFFICIAL_VISIT",
  "VISIT",
  "SUMMIT",
  "MEETING",
  "TALKS",
  "CONFERENCE",
  "FORUM",
  "COUNCIL_SESSION",
  "OPENING",
  "SIGNING",
  "PHONE_CALL",
  "OTHER",
]);

export const eventRecord = z
  .object({
    id,
    kind: eventKind,
    title: text,
    /** Date claims; empty when the article gives no date (never invent one). */
    dates: z.array(dateClaim).default([]),
    place: z
      .object({ country: countryCode.nullable(), city: text.nullable() })
      .strict()
      .nullable()
      .optional(),
    countries: z.array(countryCode).min(1),
    participants: z.array(id).default([]),
    sources: z.array(citation).min(1),
  })
  .strict();

export const corridorKind = z.enum([
  "TRADE_ROUTE",
  "RAIL",
  "ROAD",
  "PIPELINE",
  "POWER_LINE",
  "PORT",
  "BORDER_CROSSING",
  "MULTIMODAL",
  "AIR_ROUTE",
  "OTHER",
]);

export const corridorRecord = z
  .object({
    id,
    kind: corridorKind,
    name: text,
    aliases: z.array(z.string()).default([]),
    countries: z.array(countryCode).min(1),
    status: z.enum(["OPERATING", "UNDER_CONSTRUCTION", "PLANNED", "PROPOSED", "UNKNOWN"]),
    dates: z.array(dateClaim).default([]),
    summary: z.string().max(400).optional(),
    sources: z.array(citation).min(1),
  })
  .strict();

/** One file per source article: everything that article states. */
export const documentFile = z
  .object({
    document: documentRecord,
    countries: z.array(countryMention).default([]),
    people: z.array(personRecord).default([]),
    agreements: z.array(agreementRecord).default([]),
    indicators: z.array(indicatorRecord).default([]),
    events: z.array(eventRecord).default([]),
    corridors: z.array(corridorRecord).default([]),
    tradeFlows: z.array(tradeFlowRecord).default([]),
  })
  .strict();

export const countryRecord = z
  .object({
    code: countryCode,
    iso3: z.string().regex(/^[A-Z]{3}$/),
    name: bilingual,
    aliases: z.array(z.string()).default([]),
    capital: bilingual.nullable(),
  })
  .strict();

export type Citation = z.infer<typeof citation>;
export type PartialDate = z.infer<typeof partialDate>;
export type DateClaim = z.infer<typeof dateClaim>;
export type DocumentFileInput = z.input<typeof documentFile>;
export type DocumentFile = z.infer<typeof documentFile>;
export type CountryRecordInput = z.input<typeof countryRecord>;
export type CountryRecord = z.infer<typeof countryRecord>;
