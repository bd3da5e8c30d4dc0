/**
 * The agreements write path over real HTTP and the run's seeded store: curator mutations
 * straight to the subgraph (signed caller), public reads through the gateway, an import
 * staged, committed in the sources subgraph and applied. Ids carry a random suffix: the
 * store is shared by every test file of the run.
 */
import { randomBytes } from "node:crypto";
import type { Database } from "@atlas/db";
import type { Caller } from "@atlas/runtime";
import { createDb } from "@atlas/db";
import { freshSeededDatabase, type TestDatabase } from "@atlas/tests/support/db";
import { startFederation, type Federation, type GraphQLResponse } from "@atlas/tests/support/federation";

const curator: Caller = { id: "key:t1", name: "Test curator", role: "curator" };
const reader: Caller = { id: "key:r1", name: "Test reader", role: "reader" };
const tag = randomBytes(4).toString("hex");

// Our own short test text (not article prose), with dates and numbers to cite.
const TEXT =
  `نص اختباري ${tag}: وقّع رئيسا أذربيجان وطاجيكستان في 12 مارس 2025 مذكرة تفاهم للتعاون في النقل البري. ` +
  `وذكرت مصادر أخرى أن التوقيع جرى في 14 مارس 2025. ` +
  `وتبلغ قيمة المشاريع المشتركة 3.5 مليار دولار. ` +
  `وكانت المفاوضات بين البلدين قد بدأت عام 2024.`;

const IMPORT_TEXT =
  `نص استيراد ${tag}: أعلنت أذربيجان وطاجيكستان وكازاخستان في 3 أبريل 2025 إنشاء مجلس ثلاثي للتنسيق. ` +
  `وأكد البيان أن المذكرة الموقعة في 12 مارس 2025 تشمل كازاخستان أيضا.`;

let fed: Federation;
let db: Database;
let store: TestDatabase;
let doc: string;

const AGREEMENT_FIELDS = `id version kind status title titleAr: title(lang: AR) summary
  parties { code } signatories { id } event { id }
  signedOn { iso } signedOnDisputed
  signedOnClaims { date { iso } basis source { document start end citationId } }
  sources { document start end claim citationId }
  retraction { by reason }`;

interface AgreementOut {
  id: string;
  version: number;
  kind: string;
  status: string;
  title: string;
  titleAr: string;
  summary: string | null;
  parties: { code: string }[];
  signatories: { id: string }[];
  event: { id: string } | null;
  signedOn: { iso: string } | null;
  signedOnDisputed: boolean;
  signedOnClaims: { date: { iso: string }; basis: string; source: { document: string; start: number; end: number; citationId: string } }[];
  sources: { document: string; start: number; end: number; claim: string; citationId: string }[];
  retraction: { by: string; reason: string } | null;
}

/** Straight to the agreements subgraph as `caller` (null: no caller). */
const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, caller: Caller | null = curator): Promise<GraphQLResponse<T>> =>
  fed.querySubgraph<T>("agreements", query, variables, caller ?? undefined);

/** A citation of the first occurrence of `fragment` in `text`. */
function span(fragment: string, figures: string[] = [], text = TEXT, document = doc) {
  const start = text.indexOf(fragment);
  if (start < 0) throw new Error(`fragment not in text: ${fragment}`);
  return { document, start, end: start + fragment.length, claim: `Test claim: ${fragment.length} characters cited`, figures };
}

const SIGNING = "وقّع رئيسا أذربيجان وطاجيكستان في 12 مارس 2025 مذكرة تفاهم للتعاون في النقل البري";
const OTHER_DATE = "التوقيع جرى في 14 مارس 2025";
const VALUE = "تبلغ قيمة المشاريع المشتركة 3.5 مليار دولار";
const TALKS = "المفاوضات بين البلدين قد بدأت عام 2024";

const CREATE = `mutation ($input: AgreementInput!, $key: String) { createAgreement(input: $input, idempotencyKey: $key) { ${AGREEMENT_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $patch: AgreementPatch!, $sources: [CitationInput!]!, $key: String) {
  updateAgreement(id: $id, version: $version, patch: $patch, sources: $sources, idempotencyKey: $key) { ${AGREEMENT_FIELDS} } }`;
const RETRACT = `mutation ($id: ID!, $version: Int!, $reason: String!) { retractAgreement(id: $id, version: $version, reason: $reason) { ${AGREEMENT_FIELDS} } }`;
const ADD_CITATION = `mutation ($id: ID!, $citation: CitationInput!, $key: String) { addAgreementCitation(id: $id, citation: $citation, idempotencyKey: $key) { ${AGREEMENT_FIELDS} } }`;
const RETRACT_CITATION = `mutation ($citationId: ID!, $reason: String!) { retractAgreementCitation(citationId: $citationId, reason: $reason) { ${AGREEMENT_FIELDS} } }`;
const RETRACT_DATE = `mutation ($dateId: ID!, $reason: String!) { retractAgreementDate(dateId: $dateId, reason: $reason) { ${AGREEMENT_FIELDS} } }`;
const CURATOR_READ = `query ($id: ID!) { agreement(id: $id, includeRetracted: true) { ${AGREEMENT_FIELDS} history { actor actorName operation before after } } }`;

/** A valid agreement input with a fresh id. */
function input(overrides: Record<string, unknown> = {}) {
  return {
    id: `test-agreement-${tag}-${randomBytes(3).toString("hex")}`,
    kind: "MEMORANDUM",
    title: "Test memorandum on road transport",
    titleAr: "مذكرة تفاهم اختبارية للنقل البري",
    status: "SIGNED",
    parties: ["TJ", "AZ"],
    signatories: ["ilham-aliyev"],
    event: "rahmon-official-visit-baku",
    signedOn: [{ start: { year: 2025, month: 3, day: 12 }, basis: "STATED", source: span(SIGNING, ["12", "2025"]) }],
    summary: "A memorandum recorded by the write-path test.",
    sources: [span(SIGNING, ["12", "2025"])],
    ...overrides,
  };
}

async function create(overrides: Record<string, unknown> = {}): Promise<AgreementOut> {
  const r = await gql<{ createAgreement: AgreementOut }>(CREATE, { input: input(overrides) });
  expect(r.errors).toBeUndefined();
  return r.data!.createAgreement;
}

async function stored(id: string): Promise<(AgreementOut & { history: { actor: string; actorName: string; operation: string; before: string | null; after: string | null }[] }) | null> {
  const r = await gql<{ agreement: AgreementOut & { history: { actor: string; actorName: string; operation: string; before: string | null; after: string | null }[] } }>(CURATOR_READ, { id });
  expect(r.errors).toBeUndefined();
  return r.data!.agreement;
}

const codeOf = (r: GraphQLResponse<unknown>) => r.errors?.[0]?.extensions?.code;
const fieldOf = (r: GraphQLResponse<unknown>) => r.errors?.[0]?.extensions?.field;

beforeAll(async () => {
  // A store of its own: the facts written here must not show up in other files' profiles.
  store = await freshSeededDatabase("agreements");
  db = createDb(store.url);
  fed = await startFederation(db);
  const added = await fed.querySubgraph<{ addDocument: { id: string; textLength: number } }>(
    "sources",
    `mutation ($input: DocumentInput!) { addDocument(input: $input) { id textLength } }`,
    { input: { text: TEXT, language: "ar", title: `Agreements write-path test ${tag}`, publishedOn: { year: 2025, month: 3, day: 20 } } },
    curator,
  );
  expect(added.errors).toBeUndefined();
  doc = added.data!.addDocument.id;
  expect(added.data!.addDocument.textLength).toBe(TEXT.length);
});

afterAll(async () => {
  await fed?.stop();
  await db?.close();
  await store?.drop();
});

describe("createAgreement", () => {
  it("records an agreement with its parties, signatories, event, date claims and citations; public reads show it", async () => {
    const a = await create();
    expect(a.version).toBe(1);
    expect(a.parties).toEqual([{ code: "AZ" }, { code: "TJ" }]);
    expect(a.signatories).toEqual([{ id: "ilham-aliyev" }]);
    expect(a.event).toEqual({ id: "rahmon-official-visit-baku" });
    expect(a.titleAr).toBe("مذكرة تفاهم اختبارية للنقل البري");
    expect(a.signedOn).toEqual({ iso: "2025-03-12" });
    expect(a.signedOnDisputed).toBe(false);
    expect(a.signedOnClaims[0]!.source.citationId).toMatch(/^date:\d+$/); // a date claim's own id, never taken for a citation's
    expect(a.sources).toEqual([expect.objectContaining({ document: doc, start: TEXT.indexOf(SIGNING) })]);
    expect(a.retraction).toBeNull();

    const pub = await fed.query<{ agreement: { id: string; parties: { code: string }[]; sources: { document: string; publishedOn: string | null }[] }; bilateral: { agreements: { id: string }[] }; country: { agreements: { id: string }[] } }>(
      `query ($id: ID!) { agreement(id: $id) { id parties { code } sources { document publishedOn } } bilateral(a: "TJ", b: "AZ") { agreements { id } } country(code: "TJ") { agreements { id } } }`,
      { id: a.id },
    );
    expect(pub.errors).toBeUndefined();
    expect(pub.data!.agreement.sources).toEqual([{ document: doc, publishedOn: "2025-03-20" }]);
    expect(pub.data!.bilateral.agreements.map((x) => x.id)).toContain(a.id);
    expect(pub.data!.country.agreements.map((x) => x.id)).toContain(a.id);
    const list = await gql<{ agreements: { nodes: { id: string }[] } }>(`{ agreements(country: "TJ", kind: MEMORANDUM, first: 100) { nodes { id } } }`, {}, null);
    expect(list.data!.agreements.nodes.map((x) => x.id)).toContain(a.id);
  });

  it("makes the id from the parties and the title when it is left out", async () => {
    const r = await gql<{ createAgreement: AgreementOut }>(CREATE, { input: input({ id: null, title: `Test roadmap ${tag}`, kind: "ROADMAP" }) });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createAgreement.id).toBe(`az-tj-test-roadmap-${tag}`);
  });

  it("refuses without a caller (UNAUTHENTICATED) and for a reader (FORBIDDEN), writing nothing", async () => {
    const i = input();
    expect(codeOf(await gql(CREATE, { input: i }, null))).toBe("UNAUTHENTICATED");
    expect(codeOf(await gql(CREATE, { input: i }, reader))).toBe("FORBIDDEN");
    expect(await stored(i.id)).toBeNull();
  });

  it.each([
    ["a span past the end of the text", () => ({ sources: [{ ...span(SIGNING), end: TEXT.length + 10 }] }), "input.sources[0]", /runs past the end/],
    ["a span without its figure", () => ({ sources: [span(TALKS, ["2023"])] }), "input.sources[0]", /figure "2023" is not in span/],
    ["an unknown document", () => ({ sources: [{ ...span(SIGNING), document: "doc-ffffffffffffffff" }] }), "input.sources[0].document", /unknown document/],
    ["an unknown country", () => ({ parties: ["AZ", "QQ"] }), "input.parties[1]", /unknown country "QQ"/],
    ["an unknown person", () => ({ signatories: [`nobody-${tag}`] }), "input.signatories[0]", /unknown person/],
    ["an unknown event", () => ({ event: `no-event-${tag}` }), "input.event", /unknown event/],
    [
      "a STATED date whose year its citation does not give",
      () => ({ signedOn: [{ start: { year: 2023 }, basis: "STATED", source: span(TALKS, ["2024"]) }] }),
      "input.signedOn[0]",
      /stated year 2023 is not among/,
    ],
    ["a date claim citing a span out of range", () => ({ signedOn: [{ start: { year: 2025 }, basis: "STATED", source: { ...span(SIGNING, ["2025"]), start: 90000, end: 90010 } }] }), "input.signedOn[0].source", /runs past the end/],
    ["no citation", () => ({ sources: [] }), "input.sources", /./],
    ["a RELATIVE date without basisNote", () => ({ signedOn: [{ start: { year: 2024 }, basis: "RELATIVE", source: span(TALKS, ["2024"]) }] }), "input.signedOn[0]", /basisNote/],
  ])("refuses %s (BAD_USER_INPUT naming the field), writing nothing", async (_, over, field, reason) => {
    const i = input(over());
    const r = await gql(CREATE, { input: i });
    expect(codeOf(r)).toBe("BAD_USER_INPUT");
    expect(fieldOf(r)).toBe(field);
    expect(r.errors![0]!.message).toMatch(reason);
    expect(await stored(i.id)).toBeNull();
  });

  it("refuses an id that exists", async () => {
    const a = await create();
    const r = await gql(CREATE, { input: input({ id: a.id }) });
    expect(codeOf(r)).toBe("BAD_USER_INPUT");
    expect(fieldOf(r)).toBe("input.id");
  });
});

describe("updateAgreement", () => {
  it("changes fields, replaces parties, appends date claims; disagreeing dates make signedOn null and disputed", async () => {
    const a = await create();
    const r = await gql<{ updateAgreement: AgreementOut }>(UPDATE, {
      id: a.id,
      version: 1,
      patch: {
        status: "IN_FORCE",
        title: "Test memorandum, amended",
        parties: ["AZ", "TJ", "KZ"],
        signatories: ["ilham-aliyev", "emomali-rahmon"],
        signedOn: [{ start: { year: 2025, month: 3, day: 14 }, basis: "STATED", source: span(OTHER_DATE, ["14", "2025"]) }],
      },
      sources: [span(OTHER_DATE, ["2025"])],
    });
    expect(r.errors).toBeUndefined();
    const u = r.data!.updateAgreement;
    expect(u.version).toBe(2);
    expect(u.status).toBe("IN_FORCE");
    expect(u.title).toBe("Test memorandum, amended");
    expect(u.titleAr).toBe("مذكرة تفاهم اختبارية للنقل البري");
    expect(u.parties.map((p) => p.code)).toEqual(["AZ", "KZ", "TJ"]);
    expect(u.signatories.map((p) => p.id).sort()).toEqual(["emomali-rahmon", "ilham-aliyev"]);
    expect(u.signedOnClaims.map((c) => c.date.iso)).toEqual(["2025-03-12", "2025-03-14"]);
    expect(u.signedOn).toEqual({ iso: "2025-03" });
    expect(u.signedOnDisputed).toBe(true);
    expect(u.sources).toHaveLength(2);

    const pub = await fed.query<{ bilateral: { agreements: { id: string }[]; multilateral: { id: string }[] } }>(
      `{ bilateral(a: "KZ", b: "TJ") { agreements { id } multilateral: agreements(scope: MULTILATERAL) { id } } }`,
    );
    expect(pub.errors).toBeUndefined();
    // Three parties now: a multilateral agreement of the pair, listed apart (issue 13).
    expect(pub.data!.bilateral.agreements.map((x) => x.id)).not.toContain(a.id);
    expect(pub.data!.bilateral.multilateral.map((x) => x.id)).toContain(a.id);
  });

  it("refuses a stale version with CONFLICT and the current version", async () => {
    const a = await create();
    const ok = await gql(UPDATE, { id: a.id, version: 1, patch: { summary: "First change." }, sources: [span(SIGNING)] });
    expect(ok.errors).toBeUndefined();
    const r = await gql(UPDATE, { id: a.id, version: 1, patch: { summary: "Second change." }, sources: [span(SIGNING)] });
    expect(codeOf(r)).toBe("CONFLICT");
    expect(r.errors![0]!.extensions).toMatchObject({ currentVersion: 2, expectedVersion: 1 });
    expect((await stored(a.id))!.summary).toBe("First change.");
  });

  // Thunks: the test document is added in beforeAll, after the table is built.
  it.each([
    ["an unknown party", () => ({ parties: ["AZ", "QQ"] }), () => [span(SIGNING)], "patch.parties[1]"],
    ["an unknown signatory", () => ({ signatories: [`nobody-${tag}`] }), () => [span(SIGNING)], "patch.signatories[0]"],
    ["an unknown event", () => ({ event: `no-event-${tag}` }), () => [span(SIGNING)], "patch.event"],
    [
      "a STATED date whose year is not among its figures",
      () => ({ signedOn: [{ start: { year: 2030 }, basis: "STATED", source: span(TALKS, ["2024"]) }] }),
      () => [span(SIGNING)],
      "patch.signedOn[0]",
    ],
    ["a span without its figure", () => ({ summary: "x".repeat(10) }), () => [span(VALUE, ["4.5"])], "sources[0]"],
    ["no citation", () => ({ summary: "Changed without a source." }), () => [], "sources"],
  ])("refuses %s, writing nothing", async (_, patch, sources, field) => {
    const a = await create();
    const r = await gql(UPDATE, { id: a.id, version: 1, patch: patch(), sources: sources() });
    expect(codeOf(r)).toBe("BAD_USER_INPUT");
    expect(r.errors![0]!.extensions).toMatchObject({ field });
    expect((await stored(a.id))!.version).toBe(1);
  });

  it("refuses an unknown id with NOT_FOUND", async () => {
    const r = await gql(UPDATE, { id: `nothing-${tag}`, version: 1, patch: { summary: "Nothing to change." }, sources: [span(SIGNING)] });
    expect(codeOf(r)).toBe("NOT_FOUND");
  });

  it("lets exactly one of 20 concurrent updates of one version through; the rest are CONFLICT", async () => {
    const a = await create();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, n) => gql(UPDATE, { id: a.id, version: 1, patch: { summary: `Concurrent change ${n}.` }, sources: [span(VALUE, ["3.5"])] })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const conflicts = results.filter((r) => r.errors);
    expect(conflicts).toHaveLength(19);
    for (const r of conflicts) {
      expect(codeOf(r)).toBe("CONFLICT");
      expect(r.errors![0]!.extensions).toMatchObject({ currentVersion: 2 });
    }
    const s = (await stored(a.id))!;
    expect(s.version).toBe(2);
    expect(s.sources).toHaveLength(2);
  });
});

describe("citations and date claims", () => {
  it("adds a citation and retracts one; public reads leave the retracted one out; the last one stays", async () => {
    const a = await create();
    const added = await gql<{ addAgreementCitation: AgreementOut }>(ADD_CITATION, { id: a.id, citation: span(VALUE, ["3.5", "مليار"]) });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addAgreementCitation.sources).toHaveLength(2);
    expect(added.data!.addAgreementCitation.version).toBe(2);

    const bad = await gql(ADD_CITATION, { id: a.id, citation: span(VALUE, ["7.5"]) });
    expect(codeOf(bad)).toBe("BAD_USER_INPUT");
    expect(fieldOf(bad)).toBe("citation");

    const first = a.sources[0]!.citationId;
    const r = await gql<{ retractAgreementCitation: AgreementOut }>(RETRACT_CITATION, { citationId: first, reason: "Cites the wrong passage." });
    expect(r.errors).toBeUndefined();
    expect(r.data!.retractAgreementCitation.sources.map((s) => s.citationId)).not.toContain(first);
    const pub = await fed.query<{ agreement: { sources: { start: number }[] } }>(`query ($id: ID!) { agreement(id: $id) { sources { start } } }`, { id: a.id });
    expect(pub.data!.agreement.sources).toEqual([{ start: TEXT.indexOf(VALUE) }]);

    const again = await gql(RETRACT_CITATION, { citationId: first, reason: "Once more." });
    expect(codeOf(again)).toBe("BAD_USER_INPUT");
    const last = await gql(RETRACT_CITATION, { citationId: r.data!.retractAgreementCitation.sources[0]!.citationId, reason: "The last one." });
    expect(codeOf(last)).toBe("BAD_USER_INPUT");
    expect(last.errors![0]!.message).toMatch(/last citation/);
    expect(codeOf(await gql(RETRACT_CITATION, { citationId: "999999999", reason: "No such citation." }))).toBe("NOT_FOUND");
  });

  it("retracts one date claim: signedOn and signedOnDisputed use only the visible claims", async () => {
    const a = await create();
    const u = await gql<{ updateAgreement: AgreementOut }>(UPDATE, {
      id: a.id,
      version: 1,
      patch: { signedOn: [{ start: { year: 2025, month: 3, day: 14 }, basis: "STATED", source: span(OTHER_DATE, ["14", "2025"]) }] },
      sources: [span(OTHER_DATE, ["2025"])],
    });
    expect(u.data!.updateAgreement.signedOnDisputed).toBe(true);
    const wrong = u.data!.updateAgreement.signedOnClaims.find((c) => c.date.iso === "2025-03-14")!;
    const r = await gql<{ retractAgreementDate: AgreementOut }>(RETRACT_DATE, { dateId: wrong.source.citationId, reason: "Another source corrects the day." });
    expect(r.errors).toBeUndefined();
    const after = r.data!.retractAgreementDate;
    expect(after.version).toBe(3);
    expect(after.signedOnClaims.map((c) => c.date.iso)).toEqual(["2025-03-12"]);
    expect(after.signedOn).toEqual({ iso: "2025-03-12" });
    expect(after.signedOnDisputed).toBe(false);

    const pub = await fed.query<{ agreement: { signedOn: { iso: string }; signedOnDisputed: boolean; signedOnClaims: unknown[] } }>(
      `query ($id: ID!) { agreement(id: $id) { signedOn { iso } signedOnDisputed signedOnClaims { date { iso } } } }`,
      { id: a.id },
    );
    expect(pub.data!.agreement).toEqual({ signedOn: { iso: "2025-03-12" }, signedOnDisputed: false, signedOnClaims: [{ date: { iso: "2025-03-12" } }] });

    expect(codeOf(await gql(RETRACT_DATE, { dateId: wrong.source.citationId, reason: "Again." }))).toBe("BAD_USER_INPUT");
    expect(codeOf(await gql(RETRACT_DATE, { dateId: "999999999", reason: "No such claim." }))).toBe("NOT_FOUND");
    expect(codeOf(await gql(RETRACT_DATE, { dateId: "x", reason: "Not an id." }))).toBe("BAD_USER_INPUT");
    expect(codeOf(await gql(RETRACT_DATE, { dateId: wrong.source.citationId, reason: "No caller." }, null))).toBe("UNAUTHENTICATED");
  });
});

describe("retractAgreement", () => {
  it("hides the agreement from every public read; curators still see it with its retraction; later writes are refused", async () => {
    const a = await create();
    expect(codeOf(await gql(RETRACT, { id: a.id, version: 1, reason: "Recorded by mistake." }, reader))).toBe("FORBIDDEN");
    const stale = await gql(RETRACT, { id: a.id, version: 7, reason: "Recorded by mistake." });
    expect(codeOf(stale)).toBe("CONFLICT");
    const r = await gql<{ retractAgreement: AgreementOut }>(RETRACT, { id: a.id, version: 1, reason: "Recorded by mistake." });
    expect(r.errors).toBeUndefined();
    expect(r.data!.retractAgreement.retraction).toEqual({ by: "key:t1", reason: "Recorded by mistake." });

    const pub = await fed.query<{
      agreement: null;
      agreements: { nodes: { id: string }[] };
      bilateral: { agreements: { id: string }[] };
      country: { agreements: { id: string }[] };
      person: { agreementsSigned: { id: string }[] } | null;
    }>(
      `query ($id: ID!) { agreement(id: $id) { id } agreements(country: "TJ", first: 100) { nodes { id } }
        bilateral(a: "AZ", b: "TJ") { agreements { id } } country(code: "TJ") { agreements { id } } person(id: "ilham-aliyev") { agreementsSigned { id } } }`,
      { id: a.id },
    );
    expect(pub.data!.agreement).toBeNull();
    expect(pub.data!.agreements.nodes.map((x) => x.id)).not.toContain(a.id);
    expect(pub.data!.bilateral.agreements.map((x) => x.id)).not.toContain(a.id);
    expect(pub.data!.country.agreements.map((x) => x.id)).not.toContain(a.id);
    if (pub.data!.person) expect(pub.data!.person.agreementsSigned.map((x) => x.id)).not.toContain(a.id);
    const entity = await gql<{ _entities: unknown[] }>(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Agreement { id } } }`, { r: [{ __typename: "Agreement", id: a.id }] }, null);
    expect(entity.data!._entities).toEqual([null]);

    const curated = await gql<{ agreements: { nodes: { id: string }[] } }>(`{ agreements(country: "TJ", first: 100, includeRetracted: true) { nodes { id } } }`);
    expect(curated.data!.agreements.nodes.map((x) => x.id)).toContain(a.id);
    expect(codeOf(await gql(`query ($id: ID!) { agreement(id: $id, includeRetracted: true) { id } }`, { id: a.id }, reader))).toBe("FORBIDDEN");
    expect((await stored(a.id))!.retraction).toEqual({ by: "key:t1", reason: "Recorded by mistake." });

    for (const w of [
      gql(UPDATE, { id: a.id, version: 2, patch: { summary: "Too late." }, sources: [span(SIGNING)] }),
      gql(ADD_CITATION, { id: a.id, citation: span(VALUE, ["3.5"]) }),
      gql(RETRACT, { id: a.id, version: 2, reason: "Twice." }),
      gql(RETRACT_DATE, { dateId: a.signedOnClaims[0]!.source.citationId, reason: "Of a retracted agreement." }),
    ]) {
      const res = await w;
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(res.errors![0]!.extensions).toMatchObject({ reason: "RETRACTED" });
    }
  });
});

describe("history and idempotency", () => {
  it("lists every write with its actor; curators only", async () => {
    const a = await create();
    await gql(ADD_CITATION, { id: a.id, citation: span(VALUE, ["3.5"]) });
    const anon = await gql(`query ($id: ID!) { agreement(id: $id) { history { id } } }`, { id: a.id }, null);
    expect(codeOf(anon)).toBe("UNAUTHENTICATED");
    expect(codeOf(await gql(`query ($id: ID!) { agreement(id: $id) { history { id } } }`, { id: a.id }, reader))).toBe("FORBIDDEN");
    await gql(RETRACT, { id: a.id, version: 2, reason: "Done with it." });
    const h = (await stored(a.id))!.history;
    expect(h.map((c) => c.operation)).toEqual(["createAgreement", "addAgreementCitation", "retractAgreement"]);
    expect(h.every((c) => c.actor === "key:t1" && c.actorName === "Test curator")).toBe(true);
    expect(h[0]!.before).toBeNull();
    expect(JSON.parse(h[2]!.after!).row.retractReason).toBe("Done with it.");
  });

  it("answers a repeated key with the first result, writing once", async () => {
    const key = `create-${tag}`;
    const i = input();
    const first = await gql<{ createAgreement: AgreementOut }>(CREATE, { input: i, key });
    const second = await gql<{ createAgreement: AgreementOut }>(CREATE, { input: i, key });
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data!.createAgreement.id).toBe(i.id);
    expect(await db.prisma.agreementsWrite.count({ where: { idempotencyKey: `key:t1:${key}` } })).toBe(1);
    const reused = await gql(CREATE, { input: input(), key });
    expect(codeOf(reused)).toBe("IDEMPOTENCY_KEY_REUSED");
  });

  it("writes once for 10 concurrent requests with one key", async () => {
    const a = await create();
    const key = `cite-${tag}`;
    const results = await Promise.all(Array.from({ length: 10 }, () => gql<{ addAgreementCitation: AgreementOut }>(ADD_CITATION, { id: a.id, citation: span(VALUE, ["3.5"]), key })));
    for (const r of results) {
      expect(r.errors).toBeUndefined();
      expect(r.data!.addAgreementCitation.id).toBe(a.id);
    }
    expect(await db.prisma.agreementsWrite.count({ where: { idempotencyKey: `key:t1:${key}` } })).toBe(1);
    const s = (await stored(a.id))!;
    expect(s.version).toBe(2);
    expect(s.sources).toHaveLength(2);
  });
});

describe("import", () => {
  // A seed-format document id of our own (900..999), so it cannot meet a shipped article.
  const importDoc = `9${String(randomBytes(1)[0]! % 100).padStart(2, "0")}_${randomBytes(8).toString("hex")}`;
  const STAGE = `mutation ($id: ID!, $part: String!) { stageAgreementsImport(importId: $id, part: $part) { importId records report } }`;
  const APPLY = `mutation ($id: ID!) { applyAgreementsImport(importId: $id) { importId records report } }`;
  const COUNCIL = "أعلنت أذربيجان وطاجيكستان وكازاخستان في 3 أبريل 2025 إنشاء مجلس ثلاثي للتنسيق";
  const MEMO = "المذكرة الموقعة في 12 مارس 2025 تشمل كازاخستان أيضا";
  const cite = (fragment: string, figures: string[]) => span(fragment, figures, IMPORT_TEXT, importDoc);

  it("stages a validated part, applies it once the import commits (merging into a known agreement), and applying again changes nothing", async () => {
    const known = await create({ signedOn: [], parties: ["AZ", "TJ"] });
    const edited = await create();
    await gql(UPDATE, { id: edited.id, version: 1, patch: { summary: "A curator's change." }, sources: [span(SIGNING)] });
    const councilId = `test-council-${tag}`;
    const part = {
      document: importDoc,
      agreements: [
        {
          id: councilId,
          kind: "COUNCIL",
          title: { en: "Test trilateral coordination council", ar: "مجلس تنسيق ثلاثي اختباري" },
          parties: ["TJ", "KZ", "AZ"],
          status: "ESTABLISHED",
          signedOn: [{ start: { year: 2025, month: 4, day: 3 }, basis: "STATED", source: cite(COUNCIL, ["3", "2025"]) }],
          signatories: [],
          sources: [cite(COUNCIL, ["2025"])],
        },
        {
          id: known.id,
          kind: "MEMORANDUM",
          title: { en: "Another title for the same memorandum" },
          parties: ["KZ", "AZ"],
          status: "SIGNED",
          signedOn: [{ start: { year: 2025, month: 3, day: 12 }, basis: "STATED", source: cite(MEMO, ["12", "2025"]) }],
          signatories: ["emomali-rahmon"],
          sources: [cite(MEMO, ["2025"])],
        },
        { id: edited.id, kind: "MEMORANDUM", title: { en: "Edited" }, parties: ["AZ"], status: "PLANNED", sources: [cite(MEMO, ["2025"])] },
      ],
      known: { people: [], events: [] },
    };
    const importId = `test-import-${tag}`;
    const began = await fed.querySubgraph<{ beginImport: { id: string; state: string } }>(
      "sources",
      `mutation ($input: ImportInput!) { beginImport(input: $input) { id state } }`,
      {
        input: {
          id: importId,
          text: IMPORT_TEXT,
          document: JSON.stringify({
            id: importDoc,
            title: { en: `Agreements import test ${tag}`, ar: "اختبار استيراد" },
            publisher: null,
            publishedOn: { year: 2025, month: 4, day: 5 },
            publishedOnNote: "Test document.",
            author: null,
            sources: [],
          }),
        },
      },
      curator,
    );
    expect(began.errors).toBeUndefined();

    const badPart = { ...part, agreements: [{ ...part.agreements[0], parties: ["AZ", "QQ"] }] };
    const bad = await gql(STAGE, { id: importId, part: JSON.stringify(badPart) });
    expect(codeOf(bad)).toBe("BAD_USER_INPUT");
    expect(fieldOf(bad)).toBe("part.agreements[0].parties[1]");
    expect(codeOf(await gql(STAGE, { id: importId, part: JSON.stringify(part) }, reader))).toBe("FORBIDDEN");

    const staged = await gql<{ stageAgreementsImport: { records: number } }>(STAGE, { id: importId, part: JSON.stringify(part) });
    expect(staged.errors).toBeUndefined();
    expect(staged.data!.stageAgreementsImport.records).toBe(3);
    // Staged, not committed: nothing is visible, and applying is refused.
    expect((await fed.query<{ agreement: null }>(`{ agreement(id: "${councilId}") { id } }`)).data!.agreement).toBeNull();
    expect(codeOf(await gql(APPLY, { id: importId }))).toBe("BAD_USER_INPUT");

    const committed = await fed.querySubgraph(`sources`, `mutation ($id: ID!) { commitImport(id: $id) { id state } }`, { id: importId }, curator);
    expect(committed.errors).toBeUndefined();
    const applied = await gql<{ applyAgreementsImport: { report: string } }>(APPLY, { id: importId });
    expect(applied.errors).toBeUndefined();
    const report = JSON.parse(applied.data!.applyAgreementsImport.report) as { created: string[]; merged: string[]; unchanged: string[]; conflicts: { id: string; reason: string }[] };
    expect(report.created).toEqual([councilId]);
    expect(report.merged).toEqual([known.id]);
    expect(report.conflicts).toEqual([{ id: edited.id, reason: expect.stringMatching(/curator \(key:t1\) changed it since/) }]);

    const council = (await stored(councilId))!;
    expect(council.parties.map((p) => p.code)).toEqual(["AZ", "KZ", "TJ"]);
    expect(council.signedOn).toEqual({ iso: "2025-04-03" });
    expect(council.history.map((h) => [h.actor, h.operation])).toEqual([["import", "importAgreement"]]);
    const merged = (await stored(known.id))!;
    expect(merged.version).toBe(2);
    expect(merged.title).toBe(known.title); // the first record's wording stays, as in the corpus
    expect(merged.parties.map((p) => p.code)).toEqual(["AZ", "KZ", "TJ"]);
    expect(merged.signatories.map((p) => p.id).sort()).toEqual(["emomali-rahmon", "ilham-aliyev"]);
    expect(merged.signedOnClaims.map((c) => c.source.document)).toEqual([importDoc]);
    expect(merged.sources.map((s) => s.document)).toEqual([doc, importDoc]);
    const untouched = (await stored(edited.id))!;
    expect(untouched.status).toBe("SIGNED");
    expect(untouched.version).toBe(2);

    // Both have three parties (AZ, KZ, TJ): the pair's multilateral agreements (issue 13).
    const pub = await fed.query<{ bilateral: { agreements: { id: string }[] } }>(`{ bilateral(a: "KZ", b: "AZ") { agreements(scope: MULTILATERAL) { id } } }`);
    expect(pub.data!.bilateral.agreements.map((a) => a.id)).toEqual(expect.arrayContaining([councilId, known.id]));

    const ours = { where: { entityId: { in: [importId, councilId, known.id, edited.id] } } };
    const journalBefore = await db.prisma.agreementsWrite.count(ours);
    const again = await gql<{ applyAgreementsImport: { report: string } }>(APPLY, { id: importId });
    expect(again.errors).toBeUndefined();
    expect(JSON.parse(again.data!.applyAgreementsImport.report)).toEqual(report);
    expect(await db.prisma.agreementsWrite.count(ours)).toBe(journalBefore);
    expect(await stored(known.id)).toEqual(merged);
    expect(await stored(councilId)).toEqual(council);
  });
});
