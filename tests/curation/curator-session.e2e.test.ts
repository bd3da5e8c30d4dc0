/**
 * A curator's session end to end, through the real gateway with real API keys: a new
 * Arabic article (written for this test) and three facts citing it; a reader's profile
 * shows them with their sources; the history says who did it. Then the refusals a
 * curator and a reader meet, the concurrency rules, and idempotent retries.
 */
import { ApiKeys } from "@atlas/gateway/src/keys";
import type { Database } from "@atlas/db";
import { createDb } from "@atlas/db";
import { freshSeededDatabase, type TestDatabase } from "../support/db";
import { post, startFederation, type Federation, type GraphQLResponse } from "../support/federation";
import { conflictsOf, gatewayTransport, importDocument, parseDocumentFile } from "@atlas/seeds";
import { BRIEF, documentIdOf, spanOf, wireImportFile, wireText } from "./fixture";

let fed: Federation;
let db: Database;
let store: TestDatabase;
const keys: Record<"curator" | "reader" | "revoked", string> = { curator: "", reader: "", revoked: "" };
let curatorKeyId = "";
const tag = Date.now().toString(36);

beforeAll(async () => {
  store = await freshSeededDatabase("curator");
  db = createDb(store.url);
  const apiKeys = new ApiKeys(db);
  const c = await apiKeys.createKey({ name: "Leila (curator)", role: "curator", createdBy: "test" });
  keys.curator = c.key;
  curatorKeyId = c.info.id;
  keys.reader = (await apiKeys.createKey({ name: "Dashboard (reader)", role: "reader", createdBy: "test" })).key;
  const r = await apiKeys.createKey({ name: "Old laptop", role: "curator", createdBy: "test" });
  keys.revoked = r.key;
  await apiKeys.revokeKey(r.info.id, "test");
  fed = await startFederation(db, { gateway: { db } });
}, 120_000);

afterAll(async () => {
  await fed?.stop();
  await db?.close();
  await store?.drop();
});

const as = <T = Record<string, unknown>>(who: keyof typeof keys | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> =>
  post<T>(fed.gatewayUrl, query, variables, who ? { authorization: `Bearer ${keys[who]}` } : {});
const codeOf = (r: GraphQLResponse<unknown>): unknown => r.errors?.[0]?.extensions?.code;

const doc = documentIdOf(BRIEF);
const cite = (needle: string, claim: string, figures: string[] = []) => ({ document: doc, ...spanOf(BRIEF, needle), claim, figures });
const ids = {
  indicator: `az-uz-joint-fund-capital-${tag}`,
  agreement: `az-uz-renewables-agreement-${tag}`,
  event: `az-uz-summit-baku-2027-${tag}`,
};

const ADD_DOCUMENT = `mutation ($input: DocumentInput!, $key: String) { addDocument(input: $input, idempotencyKey: $key) { id textLength version } }`;
const documentInput = { text: BRIEF, language: "ar", title: "Uzbekistan and Azerbaijan raise their joint investment fund (test item)", publisher: "Atlas test wire", publishedOn: { year: 2026, month: 2, day: 3 } };
const CREATE_INDICATOR = `mutation ($input: IndicatorInput!, $key: String) { createIndicator(input: $input, idempotencyKey: $key) { id version value sources { document start end claim citationId } } }`;
const indicatorInput = (id = ids.indicator) => ({
  id,
  metric: "INVESTMENT_FUND_CAPITAL",
  kind: "TARGET",
  value: 750_000_000,
  unit: "USD",
  year: 2026,
  label: "Capital of the Azerbaijan–Uzbekistan joint investment fund (test item)",
  countries: ["AZ", "UZ"],
  sources: [cite("750 مليون", "The two countries raised the joint fund's capital to $750 million on 3 February 2026", ["750", "2026"])],
});

describe("a curator's session through the gateway", () => {
  it("adds an Arabic article and three facts citing it; a reader's profile shows them with their sources; the history names the curator", async () => {
    const added = await as<{ addDocument: { id: string; textLength: number } }>("curator", ADD_DOCUMENT, { input: documentInput });
    expect(added.errors).toBeUndefined();
    expect(added.data?.addDocument).toEqual({ id: doc, textLength: BRIEF.length, version: 1 });

    const indicator = await as("curator", CREATE_INDICATOR, { input: indicatorInput() });
    expect(indicator.errors).toBeUndefined();
    const agreement = await as(
      "curator",
      `mutation ($input: AgreementInput!) { createAgreement(input: $input) { id version } }`,
      {
        input: {
          id: ids.agreement,
          kind: "AGREEMENT",
          title: "Azerbaijan–Uzbekistan agreement on renewable energy (test item)",
          parties: ["AZ", "UZ"],
          status: "SIGNED",
          sources: [cite("الطاقة المتجددة", "An agreement on renewable energy was signed during the visit")],
        },
      },
    );
    expect(agreement.errors).toBeUndefined();
    const event = await as(
      "curator",
      `mutation ($input: EventInput!) { createEvent(input: $input) { id version } }`,
      {
        input: {
          id: ids.event,
          kind: "SUMMIT",
          title: { en: "Azerbaijan–Uzbekistan summit in Baku (test item)" },
          countries: ["AZ", "UZ"],
          place: { country: "AZ", city: { en: "Baku", ar: "باكو" } },
          dates: [{ start: { year: 2027 }, basis: "STATED", source: cite("قمة ثنائية", "A bilateral summit will be held in Baku in 2027", ["2027"]) }],
          sources: [cite("قمة ثنائية", "A bilateral summit is planned in Baku", ["2027"])],
        },
      },
    );
    expect(event.errors).toBeUndefined();

    const profile = await as<{ bilateral: { indicators: { id: string; sources: { document: string; start: number; end: number; publisher: string | null }[] }[]; agreements: { id: string }[]; events: { id: string }[] } }>(
      "reader",
      `{ bilateral(a: "UZ", b: "AZ") {
          indicators { id value sources { document start end claim publisher } }
          agreements { id sources { document start end } }
          events { id sources { document start end } }
        } }`,
    );
    expect(profile.errors).toBeUndefined();
    const b = profile.data!.bilateral;
    const ind = b.indicators.find((i) => i.id === ids.indicator);
    expect(ind?.sources).toEqual([expect.objectContaining({ document: doc, ...spanOf(BRIEF, "750 مليون"), publisher: "Atlas test wire" })]);
    expect(b.agreements.map((a) => a.id)).toContain(ids.agreement);
    expect(b.events.map((e) => e.id)).toContain(ids.event);

    // The exports (BI tools) read through the same API: the new fact is there at once.
    const exported = (await (await fetch(`${fed.gatewayUrl.replace(/\/graphql$/, "")}/export/indicators.json?pair=AZ-UZ`)).json()) as { rows?: { indicator_id: string; source_document: string }[] } | { indicator_id: string; source_document: string }[];
    const rows = Array.isArray(exported) ? exported : (exported.rows ?? []);
    expect(rows).toEqual(expect.arrayContaining([expect.objectContaining({ indicator_id: ids.indicator, source_document: doc })]));

    const history = await as<{ indicator: { history: { actor: string; actorName: string; operation: string; after: string }[] } }>(
      "curator",
      `query ($id: ID!) { indicator(id: $id) { history { actor actorName role operation after } } }`,
      { id: ids.indicator },
    );
    expect(history.errors).toBeUndefined();
    expect(history.data!.indicator.history).toEqual([
      expect.objectContaining({ actor: `key:${curatorKeyId}`, actorName: "Leila (curator)", operation: "createIndicator" }),
    ]);
  });

  it("the same text again is the same document, never a copy", async () => {
    const again = await as<{ addDocument: { id: string } }>("curator", ADD_DOCUMENT, { input: { ...documentInput, title: "Another title for the same text" } });
    expect(again.data?.addDocument.id).toBe(doc);
    const docs = await as<{ documents: { id: string }[] }>(null, `{ documents { id } }`);
    expect(docs.data!.documents.filter((d) => d.id === doc)).toHaveLength(1);
  });
});

describe("article-sized writes", () => {
  const long = `${BRIEF}\n${"فقرة إضافية كتبت لهذا الاختبار فقط. ".repeat(300)}`;
  it("a curator's mutation may carry an article's text; anyone else's variables stay under the query limit", async () => {
    expect(long.length).toBeGreaterThan(10_000);
    const ok = await as<{ addDocument: { textLength: number } }>("curator", ADD_DOCUMENT, { input: { ...documentInput, text: long } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.addDocument.textLength).toBe(long.length);
    const anonymous = await as(null, ADD_DOCUMENT, { input: { ...documentInput, text: long } });
    expect(codeOf(anonymous)).toBe("STRING_TOO_LONG");
    const readerQuery = await as("reader", `query ($id: ID!) { indicator(id: $id) { id } }`, { id: long });
    expect(codeOf(readerQuery)).toBe("STRING_TOO_LONG");
  });
});

describe("refusals through the gateway", () => {
  const other = `az-uz-refused-${tag}`;
  it("no key, an unknown key, a revoked key, a reader's key", async () => {
    expect(codeOf(await as(null, CREATE_INDICATOR, { input: indicatorInput(other) }))).toBe("UNAUTHENTICATED");
    const unknown = await post(fed.gatewayUrl, CREATE_INDICATOR, { input: indicatorInput(other) }, { authorization: `Bearer atlas_aaaaaaaaaaaa_${"A".repeat(43)}` });
    expect(unknown.status).toBe(401);
    expect(codeOf(unknown)).toBe("UNAUTHENTICATED");
    const revoked = await as("revoked", CREATE_INDICATOR, { input: indicatorInput(other) });
    expect(revoked.status).toBe(401);
    expect(codeOf(await as("reader", CREATE_INDICATOR, { input: indicatorInput(other) }))).toBe("FORBIDDEN");
    const nothing = await as<{ indicator: unknown }>(null, `query ($id: ID!) { indicator(id: $id) { id } }`, { id: other });
    expect(nothing.data?.indicator).toBeNull();
  });

  it.each([
    ["a span past the end of the document", { sources: [{ ...cite("750 مليون", "The fund's capital is $750 million", ["750", "2026"]), end: BRIEF.length + 5 }] }, /input\.sources\[0\].*past the end/],
    ["a span without the figure", { sources: [cite("الطاقة المتجددة", "The fund's capital is $750 million", ["750", "2026"])] }, /figure "750" is not in span/],
    ["a value no figure states", { value: 760_000_000 }, /input\.value/],
    ["an unknown country", { countries: ["AZ", "QQ"] }, /input\.countries\[1\].*unknown country "QQ"/],
    ["an unknown document", { sources: [{ ...cite("750 مليون", "The fund's capital", ["750", "2026"]), document: "doc-0000000000000000" }] }, /unknown document/],
    ["no citation", { sources: [] }, /input\.sources/],
  ])("%s: BAD_USER_INPUT naming the field, nothing written", async (_name, change, message) => {
    const r = await as("curator", CREATE_INDICATOR, { input: { ...indicatorInput(other), ...change } });
    expect(codeOf(r)).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toMatch(message);
    const read = await as<{ indicator: unknown }>("curator", `query ($id: ID!) { indicator(id: $id, includeRetracted: true) { id } }`, { id: other });
    expect(read.data?.indicator).toBeNull();
  });
});

describe("versions, retraction and retries", () => {
  const UPDATE = `mutation ($id: ID!, $v: Int!, $label: String!, $key: String) {
    updateIndicator(id: $id, version: $v, patch: { label: $label }, sources: [{ document: "${doc}", start: ${spanOf(BRIEF, "750 مليون").start}, end: ${spanOf(BRIEF, "750 مليون").end}, claim: "The capital is restated", figures: ["750"] }], idempotencyKey: $key) { id version label }
  }`;

  it("20 concurrent updates of one version: exactly 1 succeeds, 19 get CONFLICT with the current version", async () => {
    const id = `az-uz-race-${tag}`;
    expect((await as("curator", CREATE_INDICATOR, { input: indicatorInput(id) })).errors).toBeUndefined();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => as<{ updateIndicator: { version: number } }>("curator", UPDATE, { id, v: 1, label: `label ${i}` })));
    const ok = results.filter((r) => r.data?.updateIndicator);
    const conflicts = results.filter((r) => codeOf(r) === "CONFLICT");
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    expect(conflicts.every((r) => r.errors![0]!.extensions!.currentVersion === 2)).toBe(true);
  });

  it("10 concurrent requests with one idempotency key write once and all answer the first result", async () => {
    const id = `az-uz-retry-${tag}`;
    const results = await Promise.all(Array.from({ length: 10 }, () => as<{ createIndicator: { id: string; version: number } }>("curator", CREATE_INDICATOR, { input: indicatorInput(id), key: `retry-${tag}` })));
    expect(results.map((r) => r.errors?.[0]?.message)).toEqual(Array(10).fill(undefined));
    expect(new Set(results.map((r) => JSON.stringify(r.data)))).toHaveProperty("size", 1);
    const entries = await db.prisma.indicatorsWrite.count({ where: { entityType: "Indicator", entityId: id } });
    expect(entries).toBe(1);
    const reused = await as("curator", CREATE_INDICATOR, { input: indicatorInput(`${id}-other`), key: `retry-${tag}` });
    expect(codeOf(reused)).toBe("IDEMPOTENCY_KEY_REUSED");
  });

  it("a stale version is a CONFLICT; a retracted fact leaves public reads, keeps its record for curators, and refuses further writes", async () => {
    const id = `az-uz-retract-${tag}`;
    expect((await as("curator", CREATE_INDICATOR, { input: indicatorInput(id) })).errors).toBeUndefined();
    const stale = await as("curator", UPDATE, { id, v: 7, label: "stale" });
    expect(codeOf(stale)).toBe("CONFLICT");
    expect(stale.errors![0]!.extensions!.currentVersion).toBe(1);

    const retracted = await as<{ retractIndicator: { version: number; retraction: { by: string; reason: string } } }>(
      "curator",
      `mutation ($id: ID!) { retractIndicator(id: $id, version: 1, reason: "Duplicate of the fund's earlier figure") { version retraction { by reason } } }`,
      { id },
    );
    expect(retracted.errors).toBeUndefined();
    expect(retracted.data!.retractIndicator.retraction).toEqual({ by: `key:${curatorKeyId}`, reason: "Duplicate of the fund's earlier figure" });

    const publicRead = await as<{ indicator: unknown; bilateral: { indicators: { id: string }[] } }>(
      "reader",
      `query ($id: ID!) { indicator(id: $id) { id } bilateral(a: "AZ", b: "UZ") { indicators { id } } }`,
      { id },
    );
    expect(publicRead.data!.indicator).toBeNull();
    expect(publicRead.data!.bilateral.indicators.map((i) => i.id)).not.toContain(id);
    expect(codeOf(await as("reader", `query ($id: ID!) { indicator(id: $id, includeRetracted: true) { id } }`, { id }))).toBe("FORBIDDEN");
    const curatorRead = await as<{ indicator: { id: string; history: { operation: string }[] } }>(
      "curator",
      `query ($id: ID!) { indicator(id: $id, includeRetracted: true) { id history { operation } } }`,
      { id },
    );
    expect(curatorRead.data!.indicator.history.map((h) => h.operation)).toEqual(["createIndicator", "retractIndicator"]);

    const afterRetract = await as("curator", UPDATE, { id, v: 2, label: "too late" });
    expect(codeOf(afterRetract)).toBe("BAD_USER_INPUT");
    expect(afterRetract.errors![0]!.extensions!.reason).toBe("RETRACTED");
  });
});

describe("imports never overwrite a curator's edit", () => {
  it("a changed file updates the records its import wrote, and reports (not overwrites) one a curator changed since", async () => {
    const t = `imp${tag}`;
    const text = wireText(t);
    const v1 = parseDocumentFile(wireImportFile(t, text));
    const transport = gatewayTransport(fed.gatewayUrl, keys.curator);
    const first = await importDocument(transport, v1, text);
    expect(first.state).toBe("COMMITTED");
    const indicatorId = v1.indicators[0]!.id;
    const agreementId = v1.agreements[0]!.id;

    // A curator corrects the indicator (its value stays; the edit makes the record the curator's).
    const read = await as<{ indicator: { version: number } }>("curator", `query ($id: ID!) { indicator(id: $id) { version } }`, { id: indicatorId });
    const edited = await as("curator", `mutation ($id: ID!, $v: Int!, $s: [CitationInput!]!) { updateIndicator(id: $id, version: $v, patch: { label: "Corrected by a curator" }, sources: $s) { version } }`, {
      id: indicatorId,
      v: read.data!.indicator.version,
      s: v1.indicators[0]!.sources,
    });
    expect(edited.errors).toBeUndefined();

    // The file changes both records' defining values (each still stated by its span).
    const v2 = parseDocumentFile({
      ...v1,
      indicators: [{ ...v1.indicators[0]!, value: 8.5e9 }],
      agreements: [{ ...v1.agreements[0]!, status: "IN_FORCE" }],
    });
    const second = await importDocument(transport, v2, text);
    expect(second.state).toBe("COMMITTED");
    expect(conflictsOf(second)).toEqual([expect.objectContaining({ part: "indicators", id: indicatorId, reason: expect.stringMatching(/curator/) })]);

    const after = await as<{ indicator: { value: number; label: string }; agreement: { status: string } }>(
      null,
      `query ($i: ID!, $a: ID!) { indicator(id: $i) { value label } agreement(id: $a) { status } }`,
      { i: indicatorId, a: agreementId },
    );
    expect(after.data!.indicator).toEqual({ value: 650_000_000, label: "Corrected by a curator" });
    expect(after.data!.agreement.status).toBe("IN_FORCE");
  });
});
