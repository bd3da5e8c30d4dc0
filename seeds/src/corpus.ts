/**
 * Reads the seed files, validates every record, merges what several articles say
 * about the same person, agreement, event or corridor, and checks that every
 * reference resolves. Pure: nothing here touches the database.
 */
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import {
  type agreementRecord,
  type corridorRecord,
  countryRecord,
  documentFile,
  type eventRecord,
  type indicatorRecord,
  type personRecord,
  type tradeFlowRecord,
  type Citation,
  type CountryRecord,
  type DocumentFile,
} from "./schema";

export type Person = z.infer<typeof personRecord>;
export type Agreement = z.infer<typeof agreementRecord>;
export type Indicator = z.infer<typeof indicatorRecord>;
export type Event = z.infer<typeof eventRecord>;
export type Corridor = z.infer<typeof corridorRecord>;
export type TradeFlow = z.infer<typeof tradeFlowRecord>;
export type DocumentRecord = DocumentFile["document"];

export interface Country extends CountryRecord {
  /** Every spelling: reference name, aliases, and the articles' own spellings. */
  spellings: string[];
  sources: Citation[];
}

export interface Corpus {
  documents: DocumentRecord[];
  countries: Country[];
  people: Person[];
  agreements: Agreement[];
  indicators: Indicator[];
  events: Event[];
  corridors: Corridor[];
  tradeFlows: TradeFlow[];
  checksum: string;
}

/** A record that stops the load: which file, which record, and why. */
export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly record: string,
    readonly reason: string,
  ) {
    super(`${file}: ${record}: ${reason}`);
    this.name = "SeedError";
  }
}

export interface SeedFile {
  /** Path relative to seeds/data, for messages. */
  name: string;
  content: unknown;
}

export const dataDir = join(__dirname, "..", "data");

/** The seed files as shipped: data/countries.ts and one data/documents/<id>.ts per article. */
export function readSeedFiles(dir: string = dataDir): { countries: SeedFile; documents: SeedFile[] } {
  const load = (rel: string): SeedFile => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- seed files are TypeScript modules loaded by path
    const mod = require(join(dir, rel)) as { default: unknown };
    return { name: rel, content: mod.default };
  };
  const documents = readdirSync(join(dir, "documents"))
    .filter((f) => /^\d{3}_[0-9a-f]{16}\.ts$/.test(f))
    .sort()
    .map((f) => load(join("documents", f)));
  return { countries: load("countries.ts"), documents };
}

function describeIssue(content: unknown, issue: z.core.$ZodIssue): { record: string; reason: string } {
  const path = issue.path;
  let record = path.length ? String(path[0]) : "(file)";
  if (path.length >= 2 && typeof path[1] === "number") {
    const list = (content as Record<string, unknown[]>)[String(path[0])];
    const item = list?.[path[1]] as { id?: string; code?: string } | undefined;
    record = `${String(path[0])}[${path[1]}]${item?.id ? ` (${item.id})` : item?.code ? ` (${item.code})` : ""}`;
  }
  return { record, reason: `${path.slice(2).join(".") || path.join(".") || "record"}: ${issue.message}` };
}

function parseOrThrow<T>(schema: z.ZodType<T>, file: SeedFile): T {
  const r = schema.safeParse(file.content);
  if (r.success) return r.data;
  const first = r.error.issues[0]!;
  const { record, reason } = describeIssue(file.content, first);
  throw new SeedError(file.name, record, reason);
}

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];
const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Validates and merges. Records with the same id in several articles are one fact
 * seen several times: their citations and date claims are kept together. Their
 * scalar fields must agree; a real disagreement between sources belongs in date
 * claims (kept side by side) or in two records, never silently overwritten.
 */
export function buildCorpus(files: { countries: SeedFile; documents: SeedFile[] }): Corpus {
  const countryRefs = parseOrThrow(countryRecord.array(), files.countries);
  const docs = files.documents.map((f) => ({ file: f.name, data: parseOrThrow(documentFile, f) }));

  const countries = new Map<string, Country>();
  for (const c of countryRefs) {
    if (countries.has(c.code)) throw new SeedError(files.countries.name, c.code, "country listed twice");
    countries.set(c.code, { ...c, spellings: uniq([c.name.en, c.name.ar, ...c.aliases]), sources: [] });
  }

  const documents: DocumentRecord[] = [];
  const people = new Map<string, Person>();
  const agreements = new Map<string, Agreement>();
  const indicators = new Map<string, Indicator>();
  const events = new Map<string, Event>();
  const corridors = new Map<string, Corridor>();
  const tradeFlows = new Map<string, TradeFlow>();
  const seenIn = new Map<string, string>();

  for (const { file, data } of docs) {
    const expectedId = file.replace(/^documents\//, "").replace(/\.ts$/, "");
    if (data.document.id !== expectedId) {
      throw new SeedError(file, "document", `id ${data.document.id} does not match the file name ${expectedId}`);
    }
    documents.push(data.document);

    for (const m of data.countries) {
      const c = countries.get(m.code);
      if (!c) throw new SeedError(file, `countries (${m.code})`, `country ${m.code} is not in countries.ts`);
      c.spellings = uniq([...c.spellings, ...m.spellings]);
      c.sources.push(...m.sources);
    }

    for (const p of data.people) {
      const prev = people.get(p.id);
      if (!prev) {
        people.set(p.id, structuredClone(p));
        continue;
      }
      prev.aliases = uniq([...prev.aliases, ...p.aliases, p.name.ar, p.name.en].filter((n) => n !== prev.name.ar && n !== prev.name.en));
      for (const role of p.roles) {
        const same = prev.roles.find(
          (r) => r.kind === role.kind && r.country === role.country && r.title.en.toLowerCase() === role.title.en.toLowerCase(),
        );
        if (!same) prev.roles.push(structuredClone(role));
        else {
          same.sources.push(...role.sources);
          same.start ??= role.start ?? null;
          same.end ??= role.end ?? null;
          const later = [same.asOf, role.asOf].filter((d) => !!d).sort((a, b) => (b!.year - a!.year) || ((b!.month ?? 0) - (a!.month ?? 0)) || ((b!.day ?? 0) - (a!.day ?? 0)));
          same.asOf = later[0] ?? null;
          same.title.ar ??= role.title.ar;
        }
      }
    }

    const mergeFact = <T extends { id: string; sources: Citation[] }>(
      kind: string,
      map: Map<string, T>,
      rec: T,
      merge: (prev: T, next: T) => void,
      comparable: (r: T) => unknown,
    ): void => {
      const prev = map.get(rec.id);
      if (!prev) {
        map.set(rec.id, structuredClone(rec));
        seenIn.set(`${kind}:${rec.id}`, file);
        return;
      }
      if (!sameJson(comparable(prev), comparable(rec))) {
        throw new SeedError(
          file,
          `${kind} (${rec.id})`,
          `also defined in ${seenIn.get(`${kind}:${rec.id}`)} with different values; give one of them another id or make them agree`,
        );
      }
      prev.sources.push(...rec.sources);
      merge(prev, rec);
    };

    for (const a of data.agreements) {
      mergeFact("agreements", agreements, a, (p, n) => {
        p.parties = uniq([...p.parties, ...n.parties]).sort();
        p.signedOn.push(...n.signedOn);
        p.signatories = uniq([...p.signatories, ...n.signatories]);
      }, (r) => ({ kind: r.kind, nature: r.nature, status: r.status }));
    }
    for (const i of data.indicators) {
      mergeFact("indicators", indicators, i, () => undefined, (r) => ({ metric: r.metric, kind: r.kind, value: r.value, unit: r.unit, year: r.year ?? null, partOf: r.partOf ?? null }));
    }
    for (const e of data.events) {
      mergeFact("events", events, e, (p, n) => {
        p.countries = uniq([...p.countries, ...n.countries]);
        p.participants = uniq([...p.participants, ...n.participants]);
        p.dates.push(...n.dates);
      }, (r) => ({ kind: r.kind }));
    }
    for (const c of data.corridors) {
      mergeFact("corridors", corridors, c, (p, n) => {
        p.countries = uniq([...p.countries, ...n.countries]);
        p.aliases = uniq([...p.aliases, ...n.aliases]);
        p.dates.push(...n.dates);
        p.summary ??= n.summary;
      }, () => null);
    }
    for (const t of data.tradeFlows) {
      mergeFact("tradeFlows", tradeFlows, t, (p, n) => {
        p.items = uniq([...p.items, ...n.items]);
        p.companies = uniq([...p.companies, ...n.companies]);
      }, (r) => ({ kind: r.kind, from: r.from, to: r.to ?? null, toRegion: r.toRegion ?? null }));
    }
  }

  const corpus: Omit<Corpus, "checksum"> = {
    documents,
    countries: [...countries.values()],
    people: [...people.values()],
    agreements: [...agreements.values()],
    indicators: [...indicators.values()],
    events: [...events.values()],
    corridors: [...corridors.values()],
    tradeFlows: [...tradeFlows.values()],
  };
  checkReferences(corpus, seenIn);
  const checksum = createHash("sha256").update(JSON.stringify(corpus)).digest("hex");
  return { ...corpus, checksum };
}

function checkReferences(c: Omit<Corpus, "checksum">, seenIn: Map<string, string>): void {
  const countryCodes = new Set(c.countries.map((x) => x.code));
  const personIds = new Set(c.people.map((x) => x.id));
  const eventIds = new Set(c.events.map((x) => x.id));
  const documentIds = new Set(c.documents.map((x) => x.id));
  const fileOf = (kind: string, id: string): string => seenIn.get(`${kind}:${id}`) ?? "documents";

  const country = (kind: string, id: string, code: string | null | undefined, field: string): void => {
    if (code && !countryCodes.has(code)) throw new SeedError(fileOf(kind, id), `${kind} (${id})`, `${field}: unknown country ${code}`);
  };
  const cites = (kind: string, id: string, list: Citation[]): void => {
    for (const s of list) {
      if (!documentIds.has(s.document)) throw new SeedError(fileOf(kind, id), `${kind} (${id})`, `cites unknown document ${s.document}`);
    }
  };

  for (const p of c.people) {
    for (const r of p.roles) {
      country("people", p.id, r.country, "roles.country");
      cites("people", p.id, r.sources);
    }
  }
  for (const a of c.agreements) {
    a.parties.forEach((x) => country("agreements", a.id, x, "parties"));
    a.signatories.forEach((x) => {
      if (!personIds.has(x)) throw new SeedError(fileOf("agreements", a.id), `agreements (${a.id})`, `signatories: unknown person ${x}`);
    });
    if (a.event && !eventIds.has(a.event)) throw new SeedError(fileOf("agreements", a.id), `agreements (${a.id})`, `event: unknown event ${a.event}`);
    cites("agreements", a.id, [...a.sources, ...a.signedOn.map((d) => d.source)]);
  }
  const indicatorsById = new Map(c.indicators.map((i) => [i.id, i]));
  for (const i of c.indicators) {
    if (i.partOf) {
      const whole = indicatorsById.get(i.partOf);
      const problem = !whole
        ? `partOf: unknown indicator ${i.partOf}`
        : whole.id === i.id || whole.partOf === i.id
          ? `partOf: ${i.partOf} cannot be a part of its own part`
          : whole.unit !== i.unit
            ? `partOf: ${i.partOf} is in ${whole.unit}, this part in ${i.unit}`
            : null;
      if (problem) throw new SeedError(fileOf("indicators", i.id), `indicators (${i.id})`, problem);
    }
    i.countries.forEach((x) => country("indicators", i.id, x, "countries"));
    country("indicators", i.id, i.from, "from");
    country("indicators", i.id, i.to, "to");
    cites("indicators", i.id, i.sources);
  }
  for (const e of c.events) {
    e.countries.forEach((x) => country("events", e.id, x, "countries"));
    country("events", e.id, e.place?.country, "place.country");
    e.participants.forEach((x) => {
      if (!personIds.has(x)) throw new SeedError(fileOf("events", e.id), `events (${e.id})`, `participants: unknown person ${x}`);
    });
    cites("events", e.id, [...e.sources, ...e.dates.map((d) => d.source)]);
  }
  for (const k of c.corridors) {
    k.countries.forEach((x) => country("corridors", k.id, x, "countries"));
    cites("corridors", k.id, [...k.sources, ...k.dates.map((d) => d.source)]);
  }
  for (const t of c.tradeFlows) {
    country("tradeFlows", t.id, t.from, "from");
    country("tradeFlows", t.id, t.to, "to");
    cites("tradeFlows", t.id, t.sources);
  }
}

/** Every citation in the corpus with what it supports, for the span test and the per-document counts. */
export function allCitations(c: Corpus): { fact: string; citation: Citation }[] {
  const out: { fact: string; citation: Citation }[] = [];
  const add = (fact: string, list: Citation[]): void => list.forEach((citation) => out.push({ fact, citation }));
  c.documents.forEach((d) => add(`document ${d.id}`, d.sources));
  c.countries.forEach((x) => add(`country ${x.code}`, x.sources));
  c.people.forEach((p) => p.roles.forEach((r, i) => add(`person ${p.id} role ${i}`, r.sources)));
  c.agreements.forEach((a) => add(`agreement ${a.id}`, [...a.sources, ...a.signedOn.map((d) => d.source)]));
  c.indicators.forEach((i) => add(`indicator ${i.id}`, i.sources));
  c.events.forEach((e) => add(`event ${e.id}`, [...e.sources, ...e.dates.map((d) => d.source)]));
  c.corridors.forEach((k) => add(`corridor ${k.id}`, [...k.sources, ...k.dates.map((d) => d.source)]));
  c.tradeFlows.forEach((t) => add(`trade flow ${t.id}`, t.sources));
  return out;
}

/** How many records of each kind the corpus holds. */
export function countsOf(c: Corpus): Record<string, number> {
  return {
    documents: c.documents.length,
    countries: c.countries.length,
    people: c.people.length,
    roles: c.people.reduce((n, p) => n + p.roles.length, 0),
    agreements: c.agreements.length,
    indicators: c.indicators.length,
    events: c.events.length,
    corridors: c.corridors.length,
    tradeFlows: c.tradeFlows.length,
  };
}
