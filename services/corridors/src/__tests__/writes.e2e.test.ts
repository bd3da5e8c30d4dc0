/**
 * The corridors' write path over real HTTP on the run's seeded store: curator mutations
 * (validated, journaled, versioned, idempotent), retraction hiding facts from public
 * reads, and an import part staged, committed in the sources subgraph and applied.
 */
import { randomBytes } from "node:crypto";
import type { Database } from "@atlas/db";
import type { Caller } from "@atlas/runtime";
import { createDb } from "@atlas/db";
import { freshSeededDatabase, type TestDatabase } from "@atlas/tests/support/db";
import { type Federation, type GraphQLResponse, startFederation } from "@atlas/tests/support/federation";

const curator: Caller = { id: "key:t1", name: "Test curator", role: "curator" };
const reader: Caller = { id: "key:r1", name: "Test reader", role: "reader" };
const hex = (n: number) => randomBytes(n).toString("hex");

// Our own short Arabic text (never article prose), with years and a number to cite.
const TEXT =
  "أعلن وزيرا النقل في عام 2025 أن خط الشحن الجديد بين باكو وأكتاو سيفتتح في عام 2027. " +
  "ويعرف المشروع أيضا باسم جسر قزوين الحديدي، وتبلغ كلفته 3.5 مليار دولار. " +
  "وقال المسؤولون إن الخط يعمل الآن بشكل تجريبي منذ عام 2024.";
const at = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`not in the text: ${phrase}`);
  return { start, end: start + phrase.length };
};

let db: Database;
let store: TestDatabase;
let fed: Federation;
let doc: string;

type Errors = GraphQLResponse["errors"];
const codeOf = (errors: Errors) => errors?.[0]?.extensions?.code;
const fieldOf = (errors: Errors) => errors?.[0]?.extensions?.field;

/** A committed document with stored text (seed-format id, so citations to it pass the seed contract). */
async function addText(text: string): Promise<string> {
  const id = `9${String(Math.floor(Math.random() * 100)).padStart(2, "0")}_${hex(8)}`;
  const importId = `t-${hex(8)}`;
  const document = { id, title: { en: "Test text", ar: "نص تجريبي" }, publisher: null, publishedOn: { year: 2025, month: 3, day: 1 }, publishedOnNote: "Test text.", author: null, sources: [] };
  const begun = await fed.querySubgraph("sources", `mutation ($i: ImportInput!) { beginImport(input: $i) { id state } }`, { i: { id: importId, document: JSON.stringify(document), text } }, curator);
  expect(begun.errors).toBeUndefined();
  const done = await fed.querySubgraph("sources", `mutation ($id: ID!) { commitImport(id: $id) { state } }`, { id: importId }, curator);
  expect(done.errors).toBeUndefined();
  return id;
}

const cite = (document: string, phrase: string, figures: string[] = [], text = TEXT) => ({ document, ...at(text, phrase), claim: `Test claim about: ${phrase.slice(0, 30)}`, figures });

const FIELDS = `id kind name arabic: name(lang: AR) names status summary version countries { code } retraction { by reason }
  dates { date { iso } end { iso } basis source { document start end citationId } }
  sources { document start end claim citationId }`;

interface CorridorOut {
  id: string;
  kind: string;
  name: string;
  arabic: string;
  names: string[];
  status: string;
  summary: string | null;
  version: number;
  countries: { code: string }[];
  retraction: { by: string; reason: string } | null;
  dates: { date: { iso: string }; basis: string; source: { document: string; citationId: string } }[];
  sources: { document: string; start: number; end: number; citationId: string }[];
}

const CREATE = `mutation ($input: CorridorInput!, $key: String) { createCorridor(input: $input, idempotencyKey: $key) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $patch: CorridorPatch!, $sources: [CitationInput!]!, $key: String) { updateCorridor(id: $id, version: $v, patch: $patch, sources: $sources, idempotencyKey: $key) { ${FIELDS} } }`;
const RETRACT = `mutation ($id: ID!, $v: Int!, $reason: String!) { retractCorridor(id: $id, version: $v, reason: $reason) { ${FIELDS} } }`;
const READ = `query ($id: ID!, $all: Boolean) { corridor(id: $id, includeRetracted: $all) { ${FIELDS} } }`;

function input(id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    kind: "RAIL",
    name: { en: `Test Caspian Line ${id}`, ar: "خط قزوين التجريبي" },
    aliases: [`Caspian Rail Bridge ${id}`],
    countries: ["AZ", "KZ"],
    status: "PLANNED",
    dates: [{ start: { year: 2027 }, basis: "STATED", source: cite(doc, "سيفتتح في عام 2027", ["2027"]) }],
    summary: "A test rail link across the Caspian.",
    sources: [cite(doc, "خط الشحن الجديد بين باكو وأكتاو")],
    ...over,
  };
}

async function create(id: string, over: Record<string, unknown> = {}): Promise<CorridorOut> {
  const r = await fed.querySubgraph<{ createCorridor: CorridorOut }>("corridors", CREATE, { input: input(id, over) }, curator);
  expect(r.errors).toBeUndefined();
  return r.data!.createCorridor;
}

const read = async (id: string, caller?: Caller, all = false) => (await fed.querySubgraph<{ corridor: CorridorOut | null }>("corridors", READ, { id, all }, caller)).data?.corridor ?? null;
const journalCount = (where: Record<string, unknown>) => db.prisma.corridorsWrite.count({ where });

beforeAll(async () => {
  // A store of its own: the facts written here must not show up in other files' profiles.
  store = await freshSeededDatabase("corridors");
  db = createDb(store.url);
  fed = await startFederation(db);
  doc = await addText(TEXT);
});
afterAll(async () => {
  await fed.stop();
  await db.close();
  await store?.drop();
});

describe("createCorridor", () => {
  it("records a corridor with names, countries, dates and citations, visible through the gateway", async () => {
    const id = `test-line-${hex(4)}`;
    const c = await create(id);
    expect(c).toMatchObject({ id, kind: "RAIL", status: "PLANNED", version: 1, retraction: null, countries: [{ code: "AZ" }, { code: "KZ" }] });
    expect(c.names).toEqual(expect.arrayContaining([`Test Caspian Line ${id}`, "خط قزوين التجريبي", `Caspian Rail Bridge ${id}`]));
    expect(c.dates).toEqual([expect.objectContaining({ date: { iso: "2027" }, basis: "STATED", source: expect.objectContaining({ document: doc, citationId: expect.stringMatching(/^date:\d+$/) }) })]);
    expect(c.sources).toEqual([expect.objectContaining({ document: doc, citationId: expect.stringMatching(/^\d+$/) })]);

    const g = await fed.query<{ corridor: { name: string; countries: { code: string; name: string }[]; sources: { document: string; publisher: string | null }[] }; corridors: { nodes: { id: string }[] }; country: { corridors: { id: string }[] } }>(
      `query ($id: ID!, $q: String!) { corridor(id: $id) { name countries { code name } sources { document publisher } }
        corridors(search: $q) { nodes { id } } country(code: "KZ") { corridors { id } } }`,
      { id, q: `caspian rail bridge ${id}` },
    );
    expect(g.errors).toBeUndefined();
    expect(g.data!.corridor.countries.map((x) => x.name)).toEqual(["Azerbaijan", "Kazakhstan"]);
    expect(g.data!.corridor.sources[0]!.document).toBe(doc);
    expect(g.data!.corridors.nodes.map((n) => n.id)).toEqual([id]);
    expect(g.data!.country.corridors.map((x) => x.id)).toContain(id);
  });

  it("makes the id from the English name when it is left out", async () => {
    const suffix = hex(3);
    const c = await create(undefined as unknown as string, { id: undefined, name: { en: `Ünique Test Route ${suffix}` } });
    expect(c.id).toBe(`unique-test-route-${suffix}`);
  });

  it("refuses callers without the curator role, and writes nothing", async () => {
    const id = `test-line-${hex(4)}`;
    const anonymous = await fed.querySubgraph("corridors", CREATE, { input: input(id) });
    expect(codeOf(anonymous.errors)).toBe("UNAUTHENTICATED");
    const asReader = await fed.querySubgraph("corridors", CREATE, { input: input(id) }, reader);
    expect(codeOf(asReader.errors)).toBe("FORBIDDEN");
    const viaGateway = await fed.query(CREATE, { input: input(id) });
    expect(viaGateway.errors?.[0]).toBeDefined();
    expect(await read(id, curator, true)).toBeNull();
  });

  it.each([
    ["a span past the end of the text", () => ({ sources: [{ ...cite(doc, "خط الشحن"), end: TEXT.length + 5 }] }), "input.sources[0]", /runs past the end/],
    ["a figure the span does not hold", () => ({ sources: [cite(doc, "خط الشحن الجديد", ["3.5"])] }), "input.sources[0]", /figure "3.5" is not in span/],
    ["a stated year not among its citation's figures", () => ({ dates: [{ start: { year: 2026 }, basis: "STATED", source: cite(doc, "سيفتتح في عام 2027", ["2027"]) }] }), "input.dates[0]", /stated year 2026/],
    ["a stated date whose citation lists no year", () => ({ dates: [{ start: { year: 2027 }, basis: "STATED", source: cite(doc, "سيفتتح في عام 2027") }] }), "input.dates[0]", /stated year 2027/],
    ["an unknown country", () => ({ countries: ["AZ", "ZZ"] }), "input.countries[1]", /unknown country "ZZ"/],
    ["an unknown document", () => ({ sources: [{ ...cite(doc, "خط الشحن"), document: "999_0000000000000000" }] }), "input.sources[0].document", /unknown document/],
    ["no citation", () => ({ sources: [] }), "input.sources", /./],
    ["a relative date without its basis", () => ({ dates: [{ start: { year: 2024 }, basis: "RELATIVE", source: cite(doc, "منذ عام 2024", ["2024"]) }] }), "input.dates[0]", /basisNote/],
  ])("refuses %s, naming the field, and writes nothing", async (_, over, field, reason) => {
    const id = `test-line-${hex(4)}`;
    const r = await fed.querySubgraph("corridors", CREATE, { input: input(id, over()) }, curator);
    expect(codeOf(r.errors)).toBe("BAD_USER_INPUT");
    expect(fieldOf(r.errors)).toBe(field);
    expect(r.errors![0]!.message).toMatch(reason);
    expect(await read(id, curator, true)).toBeNull();
    expect(await journalCount({ entityId: id })).toBe(0);
  });

  it("refuses an id that exists", async () => {
    const id = `test-line-${hex(4)}`;
    await create(id);
    const again = await fed.querySubgraph("corridors", CREATE, { input: input(id) }, curator);
    expect(codeOf(again.errors)).toBe("BAD_USER_INPUT");
    expect(fieldOf(again.errors)).toBe("input.id");
  });
});

describe("updateCorridor", () => {
  it("changes fields at the version read, keeps search names in step, and adds date claims", async () => {
    const id = `test-line-${hex(4)}`;
    await create(id);
    const r = await fed.querySubgraph<{ updateCorridor: CorridorOut }>(
      "corridors",
      UPDATE,
      {
        id,
        v: 1,
        patch: {
          status: "OPERATING",
          aliases: [`Caspian Ferry Line ${id}`],
          countries: ["AZ", "KZ", "TM"],
          dates: [{ start: { year: 2024 }, basis: "STATED", source: cite(doc, "بشكل تجريبي منذ عام 2024", ["2024"]) }],
        },
        sources: [cite(doc, "الخط يعمل الآن بشكل تجريبي")],
      },
      curator,
    );
    expect(r.errors).toBeUndefined();
    const c = r.data!.updateCorridor;
    expect(c).toMatchObject({ status: "OPERATING", version: 2, countries: [{ code: "AZ" }, { code: "KZ" }, { code: "TM" }] });
    expect(c.names).toContain(`Caspian Ferry Line ${id}`);
    expect(c.names).not.toContain(`Caspian Rail Bridge ${id}`);
    expect(c.dates.map((d) => d.date.iso).sort()).toEqual(["2024", "2027"]);
    expect(c.sources).toHaveLength(2);

    const search = async (q: string) => (await fed.query<{ corridors: { nodes: { id: string }[] } }>(`query ($q: String!) { corridors(search: $q) { nodes { id } } }`, { q })).data!.corridors.nodes.map((n) => n.id);
    expect(await search(`caspian ferry line ${id}`)).toEqual([id]);
    expect(await search(`caspian rail bridge ${id}`)).toEqual([]);

    const stale = await fed.querySubgraph("corridors", UPDATE, { id, v: 1, patch: { status: "PLANNED" }, sources: [cite(doc, "خط الشحن الجديد")] }, curator);
    expect(codeOf(stale.errors)).toBe("CONFLICT");
    expect(stale.errors![0]!.extensions).toMatchObject({ currentVersion: 2, expectedVersion: 1 });
    expect((await read(id))!.status).toBe("OPERATING");
  });

  it("refuses an update without a citation, and an unknown corridor", async () => {
    const id = `test-line-${hex(4)}`;
    await create(id);
    const bare = await fed.querySubgraph("corridors", UPDATE, { id, v: 1, patch: { status: "OPERATING" }, sources: [] }, curator);
    expect(fieldOf(bare.errors)).toBe("sources");
    const badDate = await fed.querySubgraph(
      "corridors",
      UPDATE,
      { id, v: 1, patch: { dates: [{ start: { year: 2030 }, basis: "STATED", source: cite(doc, "سيفتتح في عام 2027", ["2027"]) }] }, sources: [cite(doc, "خط الشحن الجديد")] },
      curator,
    );
    expect(fieldOf(badDate.errors)).toBe("patch.dates[0]");
    const missing = await fed.querySubgraph("corridors", UPDATE, { id: `nope-${hex(4)}`, v: 1, patch: {}, sources: [cite(doc, "خط الشحن الجديد")] }, curator);
    expect(codeOf(missing.errors)).toBe("NOT_FOUND");
    expect((await read(id))!.version).toBe(1);
  });

  it("lets exactly one of 20 concurrent updates at one version through; the rest get CONFLICT", async () => {
    const id = `test-line-${hex(4)}`;
    await create(id);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        fed.querySubgraph("corridors", UPDATE, { id, v: 1, patch: { summary: `Concurrent summary number ${i}.` }, sources: [cite(doc, "خط الشحن الجديد")] }, curator),
      ),
    );
    const ok = results.filter((r) => !r.errors);
    const conflicts = results.filter((r) => codeOf(r.errors) === "CONFLICT");
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    for (const c of conflicts) expect(c.errors![0]!.extensions!.currentVersion).toBe(2);
    expect((await read(id))!.version).toBe(2);
    expect(await journalCount({ entityId: id, operation: "updateCorridor" })).toBe(1);
  });
});

describe("idempotency", () => {
  it("answers a repeated key with the first result and writes once", async () => {
    const id = `test-line-${hex(4)}`;
    const key = `k-${hex(6)}`;
    const first = await fed.querySubgraph<{ createCorridor: CorridorOut }>("corridors", CREATE, { input: input(id), key }, curator);
    const second = await fed.querySubgraph<{ createCorridor: CorridorOut }>("corridors", CREATE, { input: input(id), key }, curator);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data!.createCorridor.id).toBe(id);
    expect(await journalCount({ idempotencyKey: `${curator.id}:${key}` })).toBe(1);
    const reused = await fed.querySubgraph("corridors", CREATE, { input: input(`other-${hex(3)}`), key }, curator);
    expect(codeOf(reused.errors)).toBe("IDEMPOTENCY_KEY_REUSED");
  });

  it("keeps one journal entry for 10 concurrent requests with one key", async () => {
    const id = `test-line-${hex(4)}`;
    await create(id);
    const key = `k-${hex(6)}`;
    const results = await Promise.all(
      Array.from({ length: 10 }, () => fed.querySubgraph<{ updateCorridor: CorridorOut }>("corridors", UPDATE, { id, v: 1, patch: { status: "OPERATING" }, sources: [cite(doc, "خط الشحن الجديد")], key }, curator)),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(await journalCount({ idempotencyKey: `${curator.id}:${key}` })).toBe(1);
    expect(await journalCount({ entityId: id, operation: "updateCorridor" })).toBe(1);
    expect((await read(id))!.version).toBe(2);
  });
});

describe("citations and date claims", () => {
  it("adds and retracts citations (never the last), retracts date claims, and shows it all in history", async () => {
    const id = `test-line-${hex(4)}`;
    await create(id);
    const added = await fed.querySubgraph<{ addCorridorCitation: CorridorOut }>(
      "corridors",
      `mutation ($id: ID!, $c: CitationInput!) { addCorridorCitation(id: $id, citation: $c) { ${FIELDS} } }`,
      { id, c: cite(doc, "وتبلغ كلفته 3.5 مليار دولار", ["3.5"]) },
      curator,
    );
    expect(added.errors).toBeUndefined();
    const sources = added.data!.addCorridorCitation.sources;
    expect(sources).toHaveLength(2);
    expect(added.data!.addCorridorCitation.version).toBe(2);

    const badSpan = await fed.querySubgraph("corridors", `mutation ($id: ID!, $c: CitationInput!) { addCorridorCitation(id: $id, citation: $c) { id } }`, { id, c: { ...cite(doc, "خط"), end: 100000 } }, curator);
    expect(fieldOf(badSpan.errors)).toBe("citation");

    const RETRACT_CITATION = `mutation ($c: ID!, $r: String!) { retractCorridorCitation(citationId: $c, reason: $r) { ${FIELDS} } }`;
    const gone = await fed.querySubgraph<{ retractCorridorCitation: CorridorOut }>("corridors", RETRACT_CITATION, { c: sources[1]!.citationId, r: "Cites the cost, not the corridor." }, curator);
    expect(gone.errors).toBeUndefined();
    expect(gone.data!.retractCorridorCitation.sources.map((s) => s.citationId)).toEqual([sources[0]!.citationId]);
    const g = await fed.query<{ corridor: { sources: { start: number }[] } }>(`query ($id: ID!) { corridor(id: $id) { sources { start } } }`, { id });
    expect(g.data!.corridor.sources).toHaveLength(1);

    const last = await fed.querySubgraph("corridors", RETRACT_CITATION, { c: sources[0]!.citationId, r: "Trying to remove the last one." }, curator);
    expect(fieldOf(last.errors)).toBe("citationId");
    expect(last.errors![0]!.message).toMatch(/last citation/);

    const dateId = gone.data!.retractCorridorCitation.dates[0]!.source.citationId;
    const wrongKind = await fed.querySubgraph("corridors", RETRACT_CITATION, { c: dateId, r: "A date id is not a citation id." }, curator);
    expect(fieldOf(wrongKind.errors)).toBe("citationId");
    expect(wrongKind.errors![0]!.message).toMatch(/retractCorridorDate/);

    const undated = await fed.querySubgraph<{ retractCorridorDate: CorridorOut }>(
      "corridors",
      `mutation ($d: ID!, $r: String!) { retractCorridorDate(dateId: $d, reason: $r) { ${FIELDS} } }`,
      { d: dateId, r: "The opening year was a plan, not a date." },
      curator,
    );
    expect(undated.errors).toBeUndefined();
    expect(undated.data!.retractCorridorDate.dates).toEqual([]);
    const again = await fed.querySubgraph("corridors", `mutation ($d: ID!) { retractCorridorDate(dateId: $d, reason: "again and again") { id } }`, { d: dateId }, curator);
    expect(fieldOf(again.errors)).toBe("dateId");
    const gd = await fed.query<{ corridor: { dates: unknown[] } }>(`query ($id: ID!) { corridor(id: $id) { dates { basis } } }`, { id });
    expect(gd.data!.corridor.dates).toEqual([]);

    const h = await fed.querySubgraph<{ corridor: { history: { operation: string; actor: string; actorName: string; before: string | null; after: string }[] } }>(
      "corridors",
      `query ($id: ID!) { corridor(id: $id) { history { operation actor actorName before after } } }`,
      { id },
      curator,
    );
    expect(h.data!.corridor.history.map((c) => c.operation)).toEqual(["createCorridor", "addCorridorCitation", "retractCorridorCitation", "retractCorridorDate"]);
    for (const c of h.data!.corridor.history) expect(c).toMatchObject({ actor: "key:t1", actorName: "Test curator" });
    const forReader = await fed.querySubgraph("corridors", `query ($id: ID!) { corridor(id: $id) { history { operation } } }`, { id }, reader);
    expect(codeOf(forReader.errors)).toBe("FORBIDDEN");
  });
});

describe("retractCorridor", () => {
  it("hides the corridor from every public read, keeps it for curators, and refuses further writes", async () => {
    const id = `test-line-${hex(4)}`;
    await create(id);
    const stale = await fed.querySubgraph("corridors", RETRACT, { id, v: 7, reason: "Wrong version on purpose." }, curator);
    expect(codeOf(stale.errors)).toBe("CONFLICT");
    const r = await fed.querySubgraph<{ retractCorridor: CorridorOut }>("corridors", RETRACT, { id, v: 1, reason: "Duplicate of another corridor." }, curator);
    expect(r.errors).toBeUndefined();
    expect(r.data!.retractCorridor.retraction).toEqual({ by: "key:t1", reason: "Duplicate of another corridor." });

    const g = await fed.query<{ corridor: unknown; corridors: { nodes: { id: string }[] }; country: { corridors: { id: string }[] }; bilateral: { corridors: { id: string }[] } }>(
      `query ($id: ID!, $q: String!) { corridor(id: $id) { id } corridors(search: $q) { nodes { id } } country(code: "AZ") { corridors { id } } bilateral(a: "AZ", b: "KZ") { corridors { id } } }`,
      { id, q: id },
    );
    expect(g.errors).toBeUndefined();
    expect(g.data!.corridor).toBeNull();
    expect(g.data!.corridors.nodes).toEqual([]);
    expect(g.data!.country.corridors.map((c) => c.id)).not.toContain(id);
    expect(g.data!.bilateral.corridors.map((c) => c.id)).not.toContain(id);
    const entity = await fed.querySubgraph<{ _entities: unknown[] }>("corridors", `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Corridor { id } } }`, { r: [{ __typename: "Corridor", id }] });
    expect(entity.data!._entities).toEqual([null]);

    expect(await read(id, curator)).toBeNull();
    expect((await read(id, curator, true))!.retraction).not.toBeNull();
    const listed = await fed.querySubgraph<{ corridors: { nodes: { id: string }[] } }>("corridors", `query ($q: String!) { corridors(search: $q, includeRetracted: true) { nodes { id } } }`, { q: id }, curator);
    expect(listed.data!.corridors.nodes.map((n) => n.id)).toEqual([id]);
    const asReader = await fed.querySubgraph("corridors", READ, { id, all: true }, reader);
    expect(codeOf(asReader.errors)).toBe("FORBIDDEN");

    const write = await fed.querySubgraph("corridors", UPDATE, { id, v: 2, patch: { status: "OPERATING" }, sources: [cite(doc, "خط الشحن الجديد")] }, curator);
    expect(codeOf(write.errors)).toBe("BAD_USER_INPUT");
    expect(write.errors![0]!.extensions).toMatchObject({ reason: "RETRACTED" });
    const cited = await fed.querySubgraph("corridors", `mutation ($id: ID!, $c: CitationInput!) { addCorridorCitation(id: $id, citation: $c) { id } }`, { id, c: cite(doc, "خط الشحن الجديد") }, curator);
    expect(cited.errors![0]!.extensions).toMatchObject({ reason: "RETRACTED" });
  });
});

describe("import", () => {
  const IMPORT_TEXT =
    "وذكر التقرير أن ممر السهوب التجريبي سيربط أذربيجان وكازاخستان وتركمانستان، وأنه سيكتمل في عام 2029. " +
    "كما أشار إلى أن خط قزوين التجريبي يمر أيضا عبر تركمانستان.";

  async function begin(text: string, id = `9${String(Math.floor(Math.random() * 100)).padStart(2, "0")}_${hex(8)}`) {
    const importId = `t-${hex(8)}`;
    const document = { id, title: { en: "Test import", ar: "استيراد تجريبي" }, publisher: null, publishedOn: { year: 2025, month: 4 }, publishedOnNote: "Test text.", author: null, sources: [] };
    const r = await fed.querySubgraph("sources", `mutation ($i: ImportInput!) { beginImport(input: $i) { id state } }`, { i: { id: importId, document: JSON.stringify(document), text } }, curator);
    expect(r.errors).toBeUndefined();
    return { document: id, importId };
  }
  const commit = (importId: string) => fed.querySubgraph("sources", `mutation ($id: ID!) { commitImport(id: $id) { state } }`, { id: importId }, curator);
  const stage = (importId: string, part: unknown, caller: Caller = curator) =>
    fed.querySubgraph<{ stageCorridorsImport: { records: number } }>("corridors", `mutation ($id: ID!, $p: String!) { stageCorridorsImport(importId: $id, part: $p) { importId records } }`, { id: importId, p: JSON.stringify(part) }, caller);
  const apply = async (importId: string) => {
    const r = await fed.querySubgraph<{ applyCorridorsImport: { report: string } }>("corridors", `mutation ($id: ID!) { applyCorridorsImport(importId: $id) { importId report } }`, { id: importId }, curator);
    expect(r.errors).toBeUndefined();
    return JSON.parse(r.data!.applyCorridorsImport.report) as { created: string[]; merged: string[]; unchanged: string[]; conflicts: { id: string; reason: string }[] };
  };

  it("stages a validated part, applies it once committed (new ids created, known ids merged), and applying again changes nothing", async () => {
    const mine = `test-line-${hex(4)}`;
    await create(mine, { summary: undefined });
    const retracted = `test-line-${hex(4)}`;
    await create(retracted);
    await fed.querySubgraph("corridors", RETRACT, { id: retracted, v: 1, reason: "Retracted before the import." }, curator);

    const { document, importId } = await begin(IMPORT_TEXT);
    const steppe = `test-steppe-${hex(4)}`;
    const c = (phrase: string, figures: string[] = []) => cite(document, phrase, figures, IMPORT_TEXT);
    const part = {
      document,
      corridors: [
        {
          id: steppe,
          kind: "MULTIMODAL",
          name: { en: `Test Steppe Corridor ${steppe}`, ar: "ممر السهوب التجريبي" },
          aliases: [],
          countries: ["AZ", "KZ", "TM"],
          status: "PLANNED",
          dates: [{ start: { year: 2029 }, basis: "STATED", source: c("سيكتمل في عام 2029", ["2029"]) }],
          sources: [c("ممر السهوب التجريبي سيربط أذربيجان وكازاخستان وتركمانستان")],
        },
        {
          id: mine,
          kind: "ROAD",
          name: { en: "Another name the file gives" },
          aliases: [`Trans-Caspian Test Link ${mine}`],
          countries: ["TM"],
          status: "OPERATING",
          summary: "The file's summary, taken because the corridor has none.",
          dates: [],
          sources: [c("خط قزوين التجريبي يمر أيضا عبر تركمانستان")],
        },
        { ...input(retracted), sources: [c("خط قزوين التجريبي")], dates: [] },
      ],
      known: { people: [], events: [] },
    };

    const bad = await stage(importId, { ...part, corridors: [{ ...part.corridors[0], countries: ["AZ", "ZZ"] }] });
    expect(fieldOf(bad.errors)).toBe("part.corridors[0].countries[1]");
    const badSpan = await stage(importId, { ...part, corridors: [{ ...part.corridors[0], sources: [{ ...c("ممر"), end: 5000 }] }] });
    expect(fieldOf(badSpan.errors)).toBe("part.corridors[0].sources[0]");
    expect(codeOf((await stage(importId, part, reader)).errors)).toBe("FORBIDDEN");

    const staged = await stage(importId, part);
    expect(staged.errors).toBeUndefined();
    expect(staged.data!.stageCorridorsImport.records).toBe(3);
    // Staged is not applied: until the commit nothing of it shows.
    expect(await read(steppe, curator, true)).toBeNull();
    const early = await fed.querySubgraph("corridors", `mutation ($id: ID!) { applyCorridorsImport(importId: $id) { report } }`, { id: importId }, curator);
    expect(fieldOf(early.errors)).toBe("importId");

    expect((await commit(importId)).errors).toBeUndefined();
    const report = await apply(importId);
    expect(report).toEqual({ created: [steppe], merged: [mine], unchanged: [], conflicts: [{ id: retracted, reason: expect.stringMatching(/retracted/) }] });

    const created = (await read(steppe))!;
    expect(created).toMatchObject({ kind: "MULTIMODAL", version: 1, countries: [{ code: "AZ" }, { code: "KZ" }, { code: "TM" }] });
    expect(created.dates.map((d) => d.date.iso)).toEqual(["2029"]);
    const merged = (await read(mine))!;
    // First wins: the curator's kind, name and status stay; lists are unions; a missing summary is filled.
    expect(merged).toMatchObject({ kind: "RAIL", name: `Test Caspian Line ${mine}`, status: "PLANNED", summary: "The file's summary, taken because the corridor has none." });
    expect(merged.countries.map((x) => x.code)).toEqual(["AZ", "KZ", "TM"]);
    expect(merged.names).toEqual(expect.arrayContaining([`Caspian Rail Bridge ${mine}`, `Trans-Caspian Test Link ${mine}`]));
    expect(merged.names).not.toContain("Another name the file gives");
    expect(merged.sources.map((s) => s.document)).toEqual([doc, document]);
    expect(merged.version).toBe(2);
    expect((await read(retracted, curator, true))!.sources).toHaveLength(1);

    const h = await fed.querySubgraph<{ corridor: { history: { operation: string; actor: string }[] } }>("corridors", `query ($id: ID!) { corridor(id: $id) { history { operation actor } } }`, { id: mine }, curator);
    expect(h.data!.corridor.history.map((x) => [x.operation, x.actor])).toEqual([["createCorridor", "key:t1"], ["mergeCorridor", "import"]]);

    // Applying again answers the same report and writes nothing.
    const entries = await journalCount({});
    expect(await apply(importId)).toEqual(report);
    expect(await journalCount({})).toBe(entries);
    expect(await read(mine)).toEqual(merged);

    // The same file imported again under another import id: everything is there already.
    const rerun = await begin(IMPORT_TEXT, document);
    expect((await stage(rerun.importId, part)).errors).toBeUndefined();
    expect((await commit(rerun.importId)).errors).toBeUndefined();
    expect(await apply(rerun.importId)).toEqual({ created: [], merged: [], unchanged: [steppe, mine], conflicts: [{ id: retracted, reason: expect.stringMatching(/retracted/) }] });
    expect(await read(mine)).toEqual(merged);
    expect(await read(steppe)).toEqual(created);
  });

  it("applies a committed part before the next request even when nobody calls apply", async () => {
    const { document, importId } = await begin(`${IMPORT_TEXT} نص إضافي.`);
    const id = `test-steppe-${hex(4)}`;
    const text = `${IMPORT_TEXT} نص إضافي.`;
    const part = {
      document,
      corridors: [{ id, kind: "ROAD", name: { en: `Gate Test Road ${id}` }, countries: ["AZ"], status: "UNKNOWN", sources: [cite(document, "ممر السهوب التجريبي", [], text)] }],
    };
    expect((await stage(importId, part)).errors).toBeUndefined();
    expect((await fed.query<{ corridor: unknown }>(`query ($id: ID!) { corridor(id: $id) { id } }`, { id })).data!.corridor).toBeNull();
    expect((await commit(importId)).errors).toBeUndefined();
    const g = await fed.query<{ corridor: { id: string; name: string } }>(`query ($id: ID!) { corridor(id: $id) { id name } }`, { id });
    expect(g.data!.corridor).toEqual({ id, name: `Gate Test Road ${id}` });
    expect(await apply(importId)).toEqual({ created: [id], merged: [], unchanged: [], conflicts: [] });
  });
});
