/**
 * Document.candidates over real HTTP on the seeded corpus: a curator gets the fact
 * candidates of a stored article with spans that slice the stored text exactly; the
 * lexicons come from the countries and people subgraphs; relative dates resolve only
 * where the document has a publication date; anonymous callers and readers are refused,
 * at the subgraph and through the gateway; candidates link to the recorded facts whose
 * visible citations (read from the five fact subgraphs) overlap them and hold their figures.
 */
import { createDb, type Database } from "@atlas/db";
import { ApiKeys } from "@atlas/gateway/src/keys";
import type { Caller } from "@atlas/runtime";
import { freshSeededDatabase, type TestDatabase } from "../../../../tests/support/db";
import { post, startFederation, type Federation, type GraphQLResponse } from "../../../../tests/support/federation";

let store: TestDatabase;
let db: Database;
let fed: Federation;
const keys = { curator: "", reader: "" };

beforeAll(async () => {
  store = await freshSeededDatabase("candidates");
  db = createDb(store.url);
  const apiKeys = new ApiKeys(db);
  keys.curator = (await apiKeys.createKey({ name: "Candidates test curator", role: "curator", createdBy: "test" })).key;
  keys.reader = (await apiKeys.createKey({ name: "Candidates test reader", role: "reader", createdBy: "test" })).key;
  fed = await startFederation(db, { gateway: { db } });
}, 120_000);
afterAll(async () => {
  await fed?.stop();
  await db?.close();
  await store?.drop();
});

const curator: Caller = { id: "key:candidatestest", name: "Candidates test curator", role: "curator" };
const reader: Caller = { id: "key:candidatesreader", name: "Candidates test reader", role: "reader" };
/** Dated 2024-11-03 (stated on its dateline). */
const DATED = "001_dd8f3a1850d5fa0b";
/** No publication date; it speaks of "الأسبوع الماضي" and "العام الماضي". */
const UNDATED = "000_9881232623497d4d";

interface Candidate {
  id: string;
  kind: string;
  start: number;
  end: number;
  text: string;
  amount: { value: number; valueMax: number | null; currency: string | null; qualifier: string } | null;
  percentage: { value: number; direction: string | null; qualifier: string } | null;
  quantity: { value: number; unit: string; per: string | null } | null;
  date: {
    basis: string;
    start: { iso: string } | null;
    end: { iso: string } | null;
    stated: { year: number | null; month: number | null; day: number | null };
    phrase: string | null;
    resolvedAgainst: { iso: string } | null;
  } | null;
  country: { code: string; form: string; country: { code: string } } | null;
  person: { id: string; person: { id: string }; alternatives: { id: string }[] } | null;
}
interface DocumentData {
  document: { id: string; text: string; publishedOn: { iso: string } | null; candidates: Candidate[] } | null;
}

const QUERY = `query ($id: ID!, $kinds: [CandidateKind!]) { document(id: $id) { id text publishedOn { iso } candidates(kinds: $kinds) {
  id kind start end text
  amount { value valueMax currency qualifier }
  percentage { value direction qualifier }
  quantity { value unit per }
  date { basis start { iso } end { iso } stated { year month day } phrase resolvedAgainst { iso } }
  country { code form country { code } }
  person { id person { id } alternatives { id } }
} } }`;

const run = (id: string, who: Caller | null, kinds?: string[]): Promise<GraphQLResponse<DocumentData>> =>
  fed.querySubgraph<DocumentData>("sources", QUERY, { id, kinds: kinds ?? null }, who ?? undefined);
const codeOf = (r: GraphQLResponse<unknown>): unknown => r.errors?.[0]?.extensions?.code;

describe("Document.candidates", () => {
  it("gives a curator every kind of candidate, with spans that slice the stored text exactly", async () => {
    const r = await run(DATED, curator);
    expect(r.errors).toBeUndefined();
    const doc = r.data!.document!;
    const stored = await db.prisma.document.findUniqueOrThrow({ where: { id: DATED } });
    expect(doc.text).toBe(stored.text);
    const list = doc.candidates;
    expect(new Set(list.map((c) => c.kind))).toEqual(new Set(["AMOUNT", "PERCENTAGE", "QUANTITY", "DATE", "COUNTRY", "PERSON"]));
    for (const c of list) {
      expect(stored.text!.slice(c.start, c.end)).toBe(c.text);
      // exactly the field its kind names is set
      const set = (["amount", "percentage", "quantity", "date", "country", "person"] as const).filter((k) => c[k] !== null);
      expect(set).toEqual([c.kind.toLowerCase()]);
    }
    expect(list.map((c) => c.start)).toEqual([...list.map((c) => c.start)].sort((a, b) => a - b));
    expect(new Set(list.map((c) => c.id)).size).toBe(list.length);
    // Countries and people come from their subgraphs' lexicons, as entity references.
    expect(list.filter((c) => c.country).map((c) => c.country!.country.code)).toEqual(expect.arrayContaining(["AZ", "RU"]));
    expect(list.some((c) => c.person?.person.id === "ilham-aliyev")).toBe(true);
    // A resolved relative date keeps its basis, its words and the date it was resolved against.
    const relative = list.filter((c) => c.date?.basis === "RELATIVE");
    for (const c of relative) expect(c.date!.resolvedAgainst?.iso).toBe("2024-11-03");
    expect(relative.some((c) => c.date!.start !== null)).toBe(true);
  });

  it("filters by kind", async () => {
    const r = await run(DATED, curator, ["AMOUNT", "PERCENTAGE"]);
    expect(r.errors).toBeUndefined();
    const kinds = new Set(r.data!.document!.candidates.map((c) => c.kind));
    expect(kinds).toEqual(new Set(["AMOUNT", "PERCENTAGE"]));
  });

  it("resolves no relative date in a document without a publication date", async () => {
    const r = await run(UNDATED, curator, ["DATE"]);
    expect(r.errors).toBeUndefined();
    const doc = r.data!.document!;
    expect(doc.publishedOn).toBeNull();
    const relative = doc.candidates.filter((c) => c.date!.basis === "RELATIVE");
    expect(relative.map((c) => c.text)).toEqual(expect.arrayContaining(["الأسبوع الماضي"]));
    for (const c of relative) {
      expect(c.date!.start).toBeNull();
      expect(c.date!.resolvedAgainst).toBeNull();
      expect(c.date!.phrase).toBe(c.text);
    }
    // Stated dates still resolve on their own.
    expect(doc.candidates.some((c) => c.date!.basis === "STATED" && c.date!.start !== null)).toBe(true);
  });

  it("stays within its @listSize on every corpus document (the gateway's demand control assumes 500, 2 alternatives and 10 linked facts)", async () => {
    const r = await fed.querySubgraph<{ documents: { id: string; candidates: { person: { alternatives: unknown[] } | null; linkedFacts: unknown[] }[] }[] }>(
      "sources",
      `{ documents { id candidates { person { alternatives { id } } linkedFacts { id } } } }`,
      {},
      curator,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.documents.length).toBe(5);
    for (const d of r.data!.documents) {
      expect(d.candidates.length).toBeGreaterThan(0);
      expect(d.candidates.length).toBeLessThanOrEqual(500);
      for (const c of d.candidates) expect(c.person?.alternatives.length ?? 0).toBeLessThanOrEqual(2);
      for (const c of d.candidates) expect(c.linkedFacts.length).toBeLessThanOrEqual(10);
    }
  });

  it("refuses anonymous callers and readers at the subgraph, by name", async () => {
    const anonymous = await run(DATED, null);
    expect(codeOf(anonymous)).toBe("UNAUTHENTICATED");
    expect(anonymous.errors![0]!.message).toMatch(/fact candidates/);
    const asReader = await run(DATED, reader);
    expect(codeOf(asReader)).toBe("FORBIDDEN");
  });
});

type LinkedData = { document: { candidates: { linkedFacts: unknown[] }[] } | null };
const WITH_LINKS = `query ($id: ID!) { document(id: $id) { candidates { id kind start end text linkedFacts { kind id citationId start end } } } }`;

describe("Document.candidates through the gateway", () => {
  const GATEWAY_QUERY = `query ($id: ID!) { document(id: $id) { id candidates(kinds: [AMOUNT]) { id start end text amount { value currency } } } }`;
  const as = (who: keyof typeof keys | null): Promise<GraphQLResponse<DocumentData>> =>
    post<DocumentData>(fed.gatewayUrl, GATEWAY_QUERY, { id: DATED }, who ? { authorization: `Bearer ${keys[who]}` } : {});

  it("lets the whole selection a workbench asks for through the demand control", async () => {
    const r = await post<DocumentData>(fed.gatewayUrl, QUERY, { id: DATED, kinds: null }, { authorization: `Bearer ${keys.curator}` });
    expect(r.errors).toBeUndefined();
    expect(r.data!.document!.candidates.length).toBeGreaterThan(50);
    const linked = await post<LinkedData>(fed.gatewayUrl, WITH_LINKS, { id: DATED }, { authorization: `Bearer ${keys.curator}` });
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.document!.candidates.some((c) => c.linkedFacts.length > 0)).toBe(true);
  });

  it("answers a curator key", async () => {
    const r = await as("curator");
    expect(r.errors).toBeUndefined();
    const list = r.data!.document!.candidates;
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((c) => c.amount && c.amount.value > 0)).toBe(true);
  });

  it("refuses anonymous callers and reader keys with the subgraph's reason", async () => {
    const anonymous = await as(null);
    expect(anonymous.data?.document ?? null).toBeNull();
    expect(codeOf(anonymous)).toBe("UNAUTHENTICATED");
    expect(anonymous.errors![0]!.path).toEqual(["document", "candidates"]);
    const asReader = await as("reader");
    expect(asReader.data?.document ?? null).toBeNull();
    expect(codeOf(asReader)).toBe("FORBIDDEN");
    expect(asReader.errors![0]!.message).toMatch(/curator role; this key has the reader role/);
  });
});

describe("FactCandidate.linkedFacts", () => {
  const LINKS = `query ($id: ID!) { document(id: $id) { candidates(kinds: [AMOUNT, DATE]) { kind start end text linkedFacts { kind id citationId start end } } } }`;
  type Linked = { kind: string; id: string; citationId: string; start: number; end: number };
  type LinkData = { document: { candidates: { kind: string; start: number; end: number; text: string; linkedFacts: Linked[] }[] } | null };
  const links = (): Promise<GraphQLResponse<LinkData>> => fed.querySubgraph<LinkData>("sources", LINKS, { id: DATED }, curator);

  /** Every visible citation span of the dated article, read straight from the five fact subgraphs' tables. */
  async function citedSpans(): Promise<Array<{ start: number; end: number }>> {
    const where = { documentId: DATED, retractedAt: null };
    const select = { start: true, end: true } as const;
    const lists = await Promise.all([
      db.prisma.indicatorSource.findMany({ where, select }),
      db.prisma.agreementSource.findMany({ where, select }),
      db.prisma.roleSource.findMany({ where, select }),
      db.prisma.eventSource.findMany({ where, select }),
      db.prisma.corridorSource.findMany({ where, select }),
      db.prisma.countrySource.findMany({ where, select }),
    ]);
    return lists.flat();
  }

  it("links the $500 million of article 001 to the indicator whose citation states it", async () => {
    const r = await links();
    expect(r.errors).toBeUndefined();
    const list = r.data!.document!.candidates;
    const citation = await db.prisma.indicatorSource.findFirstOrThrow({ where: { ownerId: "az-uz-investment-fund-capital", documentId: DATED } });
    const fund = list.filter((c) => c.kind === "AMOUNT" && c.start < citation.end && c.end > citation.start);
    expect(fund.length).toBeGreaterThan(0);
    expect(fund.flatMap((c) => c.linkedFacts)).toContainEqual({
      kind: "indicator",
      id: "az-uz-investment-fund-capital",
      citationId: String(citation.id),
      start: citation.start,
      end: citation.end,
    });
    // Every link is to a citation whose span overlaps the candidate's.
    for (const c of list) for (const l of c.linkedFacts) expect(l.start < c.end && l.end > c.start).toBe(true);
  });

  it("links the year a cited passage states to the agreement citing it", async () => {
    const list = (await links()).data!.document!.candidates;
    const treaty = await db.prisma.agreementSource.findFirstOrThrow({ where: { ownerId: "az-uz-treaty-on-allied-relations", documentId: DATED, start: 425 } });
    const year = list.find((c) => c.kind === "DATE" && c.text === "عام 2020" && c.start >= treaty.start && c.end <= treaty.end);
    expect(year?.linkedFacts).toContainEqual({ kind: "agreement", id: "az-uz-treaty-on-allied-relations", citationId: String(treaty.id), start: treaty.start, end: treaty.end });
  });

  it("does not link to a retracted citation", async () => {
    const citation = await db.prisma.indicatorSource.findFirstOrThrow({ where: { ownerId: "az-uz-investment-fund-capital", documentId: DATED } });
    await db.prisma.indicatorSource.update({ where: { id: citation.id }, data: { retractedAt: new Date() } });
    try {
      const list = (await links()).data!.document!.candidates;
      expect(list.flatMap((c) => c.linkedFacts).some((l) => l.id === "az-uz-investment-fund-capital")).toBe(false);
    } finally {
      await db.prisma.indicatorSource.update({ where: { id: citation.id }, data: { retractedAt: null } });
    }
  });

  it("leaves a candidate in a passage nobody cited without a link", async () => {
    const [r, spans] = await Promise.all([links(), citedSpans()]);
    const uncited = r.data!.document!.candidates.filter((c) => !spans.some((s) => s.start < c.end && s.end > c.start));
    expect(uncited.length).toBeGreaterThan(0);
    for (const c of uncited) expect(c.linkedFacts).toEqual([]);
  });

  it("fails with SUBGRAPH_UNAVAILABLE when a fact subgraph is down", async () => {
    await fed.stopSubgraph("corridors");
    const r = await links();
    expect(r.data?.document ?? null).toBeNull();
    expect(codeOf(r)).toBe("SUBGRAPH_UNAVAILABLE");
    expect(r.errors![0]!.message).toMatch(/corridors/);
  });
});
