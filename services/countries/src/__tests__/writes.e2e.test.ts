/**
 * The countries' write path over real HTTP on the run's seeded store: the admin's
 * reference list (upsertCountries), an import part adding the spellings and passages an
 * article gives, and a curator retracting a passage.
 */
import { randomBytes } from "node:crypto";
import type { Database } from "@atlas/db";
import type { Caller } from "@atlas/runtime";
import { createDb } from "@atlas/db";
import { freshSeededDatabase, type TestDatabase } from "@atlas/tests/support/db";
import { type Federation, type GraphQLResponse, startFederation } from "@atlas/tests/support/federation";

const admin: Caller = { id: "key:a1", name: "Test admin", role: "admin" };
const curator: Caller = { id: "key:t1", name: "Test curator", role: "curator" };
const reader: Caller = { id: "key:r1", name: "Test reader", role: "reader" };
const hex = (n: number) => randomBytes(n).toString("hex");
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const letter = () => LETTERS[randomBytes(1)[0]! % 26]!;

type Errors = GraphQLResponse["errors"];
const codeOf = (errors: Errors) => errors?.[0]?.extensions?.code;
const fieldOf = (errors: Errors) => errors?.[0]?.extensions?.field;

let db: Database;
let store: TestDatabase;
let fed: Federation;

/** Codes of the user-assigned ISO range that nobody else in the run creates: Q? with a random iso3. */
const used = new Set<string>();
function freshCountry(over: Record<string, unknown> = {}) {
  let code: string;
  do code = `Q${letter()}`;
  while (used.has(code));
  used.add(code);
  return { code, iso3: `${code}Z`, name: { en: `Testland ${code}`, ar: `أرض الاختبار ${code}` }, aliases: [`Republic of Testland ${code}`], capital: { en: "Test City", ar: "مدينة الاختبار" }, ...over };
}

const UPSERT = `mutation ($c: String!, $key: String) { upsertCountries(countries: $c, idempotencyKey: $key) { importId records report } }`;
interface Report {
  created: string[];
  updated: string[];
  unchanged: string[];
  conflicts: { id: string; reason: string }[];
}
async function upsert(list: unknown[], caller: Caller = admin, key?: string): Promise<{ errors: Errors; report: Report | null; importId: string | null }> {
  const r = await fed.querySubgraph<{ upsertCountries: { importId: string; report: string } }>("countries", UPSERT, { c: JSON.stringify(list), key }, caller);
  return { errors: r.errors, report: r.data ? (JSON.parse(r.data.upsertCountries.report) as Report) : null, importId: r.data?.upsertCountries.importId ?? null };
}

const COUNTRY = `query ($code: ID!) { country(code: $code) { code iso3 name arabic: name(lang: AR) capital names sources { document start end claim citationId } } }`;
interface CountryOut {
  code: string;
  iso3: string;
  name: string;
  arabic: string;
  capital: string | null;
  names: string[];
  sources: { document: string; start: number; end: number; claim: string; citationId: string }[];
}
const read = async (code: string) => (await fed.querySubgraph<{ country: CountryOut | null }>("countries", COUNTRY, { code })).data!.country;

beforeAll(async () => {
  // A store of its own: the facts written here must not show up in other files' profiles.
  store = await freshSeededDatabase("countries");
  db = createDb(store.url);
  fed = await startFederation(db);
});
afterAll(async () => {
  await fed.stop();
  await db.close();
  await store?.drop();
});

describe("upsertCountries", () => {
  it("creates the countries a list adds, with their spellings, and changes nothing the second time", async () => {
    const a = freshCountry();
    const b = freshCountry({ capital: null, aliases: [] });
    const first = await upsert([a, b]);
    expect(first.errors).toBeUndefined();
    expect(first.report).toEqual({ created: [a.code, b.code], updated: [], unchanged: [], conflicts: [] });
    expect(first.importId).toMatch(/^countries@[0-9a-f]{16}$/);

    const c = (await read(a.code))!;
    expect(c).toMatchObject({ code: a.code, iso3: a.iso3, name: `Testland ${a.code}`, arabic: `أرض الاختبار ${a.code}`, capital: "Test City", sources: [] });
    expect(c.names.sort()).toEqual([a.code, a.iso3, `Testland ${a.code}`, `أرض الاختبار ${a.code}`, `Republic of Testland ${a.code}`].sort());
    expect((await read(b.code))!.capital).toBeNull();

    const g = await fed.query<{ country: { name: string }; countries: { nodes: { code: string }[] } }>(
      `query ($code: ID!, $q: String!) { country(code: $code) { name } countries(search: $q) { nodes { code } } }`,
      { code: a.code, q: `republic of testland ${a.code.toLowerCase()}` },
    );
    expect(g.errors).toBeUndefined();
    expect(g.data!.country.name).toBe(`Testland ${a.code}`);
    expect(g.data!.countries.nodes.map((n) => n.code)).toEqual([a.code]);

    const names = await db.prisma.countryName.count({ where: { countryCode: { in: [a.code, b.code] } } });
    const second = await upsert([a, b]);
    expect(second.report).toEqual({ created: [], updated: [], unchanged: [a.code, b.code], conflicts: [] });
    expect(second.importId).toBe(first.importId);
    expect(await db.prisma.countryName.count({ where: { countryCode: { in: [a.code, b.code] } } })).toBe(names);
  });

  it("updates a listed country the list set, adds spellings, and keeps its history", async () => {
    const a = freshCountry();
    await upsert([a]);
    const changed = { ...a, capital: { en: "New Test City", ar: "مدينة الاختبار الجديدة" }, aliases: [...a.aliases, `Testania ${a.code}`] };
    const r = await upsert([changed]);
    expect(r.report).toEqual({ created: [], updated: [a.code], unchanged: [], conflicts: [] });
    const c = (await read(a.code))!;
    expect(c.capital).toBe("New Test City");
    expect(c.names).toContain(`Testania ${a.code}`);

    const h = await fed.querySubgraph<{ country: { history: { operation: string; actor: string; role: string }[] } }>("countries", `query ($code: ID!) { country(code: $code) { history { operation actor role } } }`, { code: a.code }, curator);
    expect(h.errors).toBeUndefined();
    expect(h.data!.country.history).toEqual([
      { operation: "upsertCountry", actor: "key:a1", role: "admin" },
      { operation: "upsertCountry", actor: "key:a1", role: "admin" },
    ]);
  });

  it("leaves a country changed since the list set it alone, and reports it", async () => {
    const a = freshCountry();
    await upsert([a]);
    // A curator's correction made outside the reference list.
    await db.prisma.country.update({ where: { code: a.code }, data: { capitalEn: "Curated City" } });
    const r = await upsert([{ ...a, capital: { en: "File City", ar: "مدينة الملف" } }]);
    expect(r.report!.conflicts).toEqual([{ id: a.code, reason: expect.stringMatching(/changed since the reference list last set it/) }]);
    expect(r.report!.updated).toEqual([]);
    expect((await read(a.code))!.capital).toBe("Curated City");
  });

  it("is for admins only", async () => {
    const a = freshCountry();
    const anonymous = await fed.querySubgraph("countries", UPSERT, { c: JSON.stringify([a]) });
    expect(codeOf(anonymous.errors)).toBe("UNAUTHENTICATED");
    expect(codeOf((await upsert([a], reader)).errors)).toBe("FORBIDDEN");
    expect(codeOf((await upsert([a], curator)).errors)).toBe("FORBIDDEN");
    expect(await read(a.code)).toBeNull();
  });

  it.each([
    ["text that is not JSON", () => "[{", "countries", /not JSON/],
    ["a record off the seed format", () => JSON.stringify([{ ...freshCountry(), iso3: "qq" }]), "countries[0].iso3", /./],
    ["an unknown field", () => JSON.stringify([{ ...freshCountry(), population: 5 }]), "countries[0]", /population/],
    ["a code listed twice", () => { const a = freshCountry(); return JSON.stringify([a, { ...a, iso3: "QQQ" }]); }, "countries[1].code", /listed twice/],
    ["an iso3 another country has", () => JSON.stringify([{ ...freshCountry(), iso3: "AZE" }]), "countries[0].iso3", /iso3 of AZ/],
  ])("refuses %s, naming the field, and writes nothing", async (_, list, field, reason) => {
    const before = await db.prisma.country.count();
    const r = await fed.querySubgraph("countries", UPSERT, { c: list() }, admin);
    expect(codeOf(r.errors)).toBe("BAD_USER_INPUT");
    expect(fieldOf(r.errors)).toBe(field);
    expect(r.errors![0]!.message).toMatch(reason);
    expect(await db.prisma.country.count()).toBe(before);
  });

  it("writes once for a repeated key, and for 10 concurrent requests with one key", async () => {
    const a = freshCountry();
    const key = `k-${hex(6)}`;
    const results = await Promise.all(Array.from({ length: 10 }, () => upsert([a], admin, key)));
    for (const r of results) expect(r.errors).toBeUndefined();
    for (const r of results) expect(r.report).toEqual({ created: [a.code], updated: [], unchanged: [], conflicts: [] });
    expect(await db.prisma.countriesWrite.count({ where: { idempotencyKey: `${admin.id}:${key}` } })).toBe(1);
    expect(await db.prisma.countriesWrite.count({ where: { entityType: "Country", entityId: a.code } })).toBe(1);
  });

  it("gives 10 concurrent lists without a key one creation between them", async () => {
    const a = freshCountry();
    const results = await Promise.all(Array.from({ length: 10 }, () => upsert([a])));
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(results.filter((r) => r.report!.created.includes(a.code))).toHaveLength(1);
    expect(results.filter((r) => r.report!.unchanged.includes(a.code))).toHaveLength(9);
    expect(await db.prisma.country.count({ where: { code: a.code } })).toBe(1);
  });
});

describe("import of country mentions, and retracting them", () => {
  const TEXT = "وصل وفد من أرض الاختبار الشمالية إلى العاصمة في عام 2025، وناقش مع المسؤولين خطط التعاون في مجال الطاقة.";
  const at = (phrase: string, text = TEXT) => {
    const start = text.indexOf(phrase);
    if (start < 0) throw new Error(`not in the text: ${phrase}`);
    return { start, end: start + phrase.length };
  };

  async function begin(text: string, id = `9${String(Math.floor(Math.random() * 100)).padStart(2, "0")}_${hex(8)}`) {
    const importId = `t-${hex(8)}`;
    const document = { id, title: { en: "Test mentions", ar: "إشارات تجريبية" }, publisher: null, publishedOn: { year: 2025, month: 5 }, publishedOnNote: "Test text.", author: null, sources: [] };
    const r = await fed.querySubgraph("sources", `mutation ($i: ImportInput!) { beginImport(input: $i) { id state } }`, { i: { id: importId, document: JSON.stringify(document), text } }, curator);
    expect(r.errors).toBeUndefined();
    return { document: id, importId };
  }
  const commit = async (importId: string) => expect((await fed.querySubgraph("sources", `mutation ($id: ID!) { commitImport(id: $id) { state } }`, { id: importId }, curator)).errors).toBeUndefined();
  const stage = (importId: string, part: unknown, caller: Caller | null = curator) =>
    fed.querySubgraph<{ stageCountriesImport: { records: number } }>("countries", `mutation ($id: ID!, $p: String!) { stageCountriesImport(importId: $id, part: $p) { records } }`, { id: importId, p: JSON.stringify(part) }, caller ?? undefined);
  const apply = async (importId: string) => {
    const r = await fed.querySubgraph<{ applyCountriesImport: { report: string } }>("countries", `mutation ($id: ID!) { applyCountriesImport(importId: $id) { report } }`, { id: importId }, curator);
    expect(r.errors).toBeUndefined();
    return JSON.parse(r.data!.applyCountriesImport.report) as { created: string[]; merged: string[]; unchanged: string[]; conflicts: unknown[] };
  };

  it("adds the article's spellings and passages once, and a curator can retract a passage", async () => {
    const land = freshCountry();
    await upsert([land]);
    const { document, importId } = await begin(TEXT);
    const mention = {
      code: land.code,
      spellings: ["أرض الاختبار الشمالية"],
      sources: [{ document, ...at("وفد من أرض الاختبار الشمالية"), claim: "A delegation from the test country arrived.", figures: [] }, { document, ...at("في عام 2025"), claim: "The visit took place in a stated year.", figures: ["2025"] }],
    };
    const part = { document, countries: [mention], known: { people: [], events: [] } };

    const unknown = await stage(importId, { ...part, countries: [{ ...mention, code: "ZZ" }] });
    expect(fieldOf(unknown.errors)).toBe("part.countries[0].code");
    const outside = await stage(importId, { ...part, countries: [{ ...mention, sources: [{ ...mention.sources[0]!, end: 10_000 }] }] });
    expect(fieldOf(outside.errors)).toBe("part.countries[0].sources[0]");
    const figure = await stage(importId, { ...part, countries: [{ ...mention, sources: [{ ...mention.sources[0]!, figures: ["2030"] }] }] });
    expect(fieldOf(figure.errors)).toBe("part.countries[0].sources[0]");
    expect(codeOf((await stage(importId, part, reader)).errors)).toBe("FORBIDDEN");
    expect(codeOf((await stage(importId, part, null)).errors)).toBe("UNAUTHENTICATED");

    const staged = await stage(importId, part);
    expect(staged.errors).toBeUndefined();
    expect(staged.data!.stageCountriesImport.records).toBe(1);
    expect((await read(land.code))!.sources).toEqual([]);
    await commit(importId);
    const report = await apply(importId);
    expect(report).toEqual({ created: [], merged: [land.code], unchanged: [], conflicts: [] });

    const c = (await read(land.code))!;
    expect(c.names).toContain("أرض الاختبار الشمالية");
    expect(c.sources.map((s) => [s.document, s.start])).toEqual(mention.sources.map((s) => [document, s.start]));
    // Search folds hamza and alef forms: "ارض" finds "أرض".
    const found = await fed.query<{ countries: { nodes: { code: string }[] } }>(`{ countries(search: "ارض الاختبار الشماليه") { nodes { code } } }`);
    expect(found.data!.countries.nodes.map((n) => n.code)).toContain(land.code);

    // Applying again, or the same file under another import id, adds nothing.
    expect(await apply(importId)).toEqual(report);
    const rerun = await begin(TEXT, document);
    expect((await stage(rerun.importId, part)).errors).toBeUndefined();
    await commit(rerun.importId);
    expect(await apply(rerun.importId)).toEqual({ created: [], merged: [], unchanged: [land.code], conflicts: [] });
    expect((await read(land.code))!.sources).toHaveLength(2);

    const RETRACT = `mutation ($c: ID!, $r: String!, $key: String) { retractCountryCitation(citationId: $c, reason: $r, idempotencyKey: $key) { code sources { citationId } } }`;
    const target = c.sources[1]!.citationId;
    expect(codeOf((await fed.querySubgraph("countries", RETRACT, { c: target, r: "Not about the country." })).errors)).toBe("UNAUTHENTICATED");
    expect(codeOf((await fed.querySubgraph("countries", RETRACT, { c: target, r: "Not about the country." }, reader)).errors)).toBe("FORBIDDEN");
    const key = `k-${hex(6)}`;
    const results = await Promise.all(
      Array.from({ length: 10 }, () => fed.querySubgraph<{ retractCountryCitation: { sources: { citationId: string }[] } }>("countries", RETRACT, { c: target, r: "Not about the country.", key }, curator)),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(results[0]!.data!.retractCountryCitation.sources.map((s) => s.citationId)).toEqual([c.sources[0]!.citationId]);
    expect(await db.prisma.countriesWrite.count({ where: { idempotencyKey: `${curator.id}:${key}` } })).toBe(1);

    const g = await fed.query<{ country: { sources: { start: number }[] } }>(`query ($code: ID!) { country(code: $code) { sources { start } } }`, { code: land.code });
    expect(g.data!.country.sources.map((s) => s.start)).toEqual([mention.sources[0]!.start]);
    const bilateral = await fed.query<{ bilateral: { countries: { code: string; sources: unknown[] }[] } }>(`query ($a: ID!) { bilateral(a: $a, b: "AZ") { countries { code sources { start } } } }`, { a: land.code });
    expect(bilateral.data!.bilateral.countries.find((x) => x.code === land.code)!.sources).toHaveLength(1);

    const again = await fed.querySubgraph("countries", RETRACT, { c: target, r: "Not about the country." }, curator);
    expect(fieldOf(again.errors)).toBe("citationId");
    expect(again.errors![0]!.message).toMatch(/already retracted/);
    expect(codeOf((await fed.querySubgraph("countries", RETRACT, { c: "999999999", r: "No such citation." }, curator)).errors)).toBe("NOT_FOUND");
    expect(fieldOf((await fed.querySubgraph("countries", RETRACT, { c: "abc", r: "Not an id at all." }, curator)).errors)).toBe("citationId");
    expect(fieldOf((await fed.querySubgraph("countries", RETRACT, { c: c.sources[0]!.citationId, r: "" }, curator)).errors)).toBe("reason");

    // A re-import does not bring a retracted passage back.
    const third = await begin(TEXT, document);
    expect((await stage(third.importId, part)).errors).toBeUndefined();
    await commit(third.importId);
    expect((await apply(third.importId)).unchanged).toEqual([land.code]);
    expect((await read(land.code))!.sources).toHaveLength(1);

    const h = await fed.querySubgraph<{ country: { history: { operation: string; actor: string }[] } }>("countries", `query ($code: ID!) { country(code: $code) { history { operation actor } } }`, { code: land.code }, curator);
    expect(h.data!.country.history.map((x) => [x.operation, x.actor])).toEqual([
      ["upsertCountry", "key:a1"],
      ["mergeCountryMentions", "import"],
      ["retractCountryCitation", "key:t1"],
    ]);
  });
});
