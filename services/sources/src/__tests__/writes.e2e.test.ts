/**
 * The sources subgraph's writes over real HTTP, on an empty store of its own: documents
 * are idempotent by content, their text never changes, descriptions change at a version,
 * bad text is refused by name, and the history says who did what.
 */
import { createDb, type Database } from "@atlas/db";
import type { Caller } from "@atlas/runtime";
import { freshDatabase, type TestDatabase } from "../../../../tests/support/db";
import { startFederation, type Federation, type GraphQLResponse } from "../../../../tests/support/federation";

let store: TestDatabase;
let db: Database;
let fed: Federation;

beforeAll(async () => {
  store = await freshDatabase("sources");
  db = createDb(store.url);
  fed = await startFederation(db, { only: ["sources"] });
});
afterAll(async () => {
  await fed?.stop();
  await db?.close();
  await store?.drop();
});

const curator: Caller = { id: "key:sourcestest", name: "Sources test curator", role: "curator" };
const reader: Caller = { id: "key:sourcesreader", name: "Sources test reader", role: "reader" };
const TEXT = "باكو – نص قصير كتب لاختبار الوثائق فقط، يذكر 42 مليون دولار عام 2025.";

const ADD = `mutation ($input: DocumentInput!, $key: String) { addDocument(input: $input, idempotencyKey: $key) { id version textLength title publisher } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: DocumentDescriptionInput!) { updateDocument(id: $id, version: $v, input: $input) { id version title publisher } }`;
const input = (text = TEXT) => ({ text, language: "ar", title: "A test item", publishedOn: { year: 2025, month: 5, day: 1 } });
/** Posts to the sources subgraph as `who` (null: anonymous). */
const run = <T = Record<string, unknown>>(q: string, v: Record<string, unknown>, who: Caller | null = curator): Promise<GraphQLResponse<T>> =>
  fed.querySubgraph<T>("sources", q, v, who ?? undefined);
const codeOf = (r: GraphQLResponse<unknown>) => r.errors?.[0]?.extensions?.code;

describe("documents", () => {
  let id = "";

  it("adds a document once: the same text again, at once or later, is the same document", async () => {
    const [a, b] = await Promise.all([run<{ addDocument: { id: string } }>(ADD, { input: input() }), run<{ addDocument: { id: string } }>(ADD, { input: input() })]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    id = a.data!.addDocument.id;
    expect(id).toMatch(/^doc-[0-9a-f]{16}$/);
    expect(b.data!.addDocument.id).toBe(id);
    const later = await run<{ addDocument: { id: string; textLength: number } }>(ADD, { input: { ...input(), title: "Another title" } });
    expect(later.data!.addDocument).toMatchObject({ id, textLength: TEXT.length });
    expect(await db.prisma.document.count({ where: { text: TEXT } })).toBe(1);
  });

  it("changes the description at its version; a stale version is a CONFLICT; the text cannot be changed", async () => {
    const ok = await run<{ updateDocument: { version: number; publisher: string } }>(UPDATE, { id, v: 1, input: { publisher: "Atlas test desk" } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateDocument).toMatchObject({ version: 2, publisher: "Atlas test desk" });
    const stale = await run(UPDATE, { id, v: 1, input: { title: "Too late" } });
    expect(codeOf(stale)).toBe("CONFLICT");
    expect(stale.errors![0]!.extensions!.currentVersion).toBe(2);
    const text = await run(UPDATE, { id, v: 2, input: { text: "another text" } });
    expect(codeOf(text)).toBe("BAD_USER_INPUT"); // DocumentDescriptionInput has no text: the text is immutable
    expect((await db.prisma.document.findUniqueOrThrow({ where: { id } })).text).toBe(TEXT);
  });

  it.each([
    ["a NUL character", `${TEXT}\u0000`, /input\.text: contains a NUL character/],
    ["a lone surrogate", `${TEXT}\ud800`, /input\.text: contains a lone UTF-16 surrogate/],
    ["nothing but spaces", "   ", /input\.text: is empty/],
  ])("refuses a text with %s, by name, writing nothing", async (_name, text, message) => {
    const before = await db.prisma.document.count();
    const r = await run(ADD, { input: input(text) });
    expect(codeOf(r)).toBe("BAD_USER_INPUT");
    expect(r.errors![0]!.message).toMatch(message);
    expect(await db.prisma.document.count()).toBe(before);
  });

  it("refuses anonymous callers and readers", async () => {
    expect(codeOf(await run(ADD, { input: input(`${TEXT} y`) }, null))).toBe("UNAUTHENTICATED");
    expect(codeOf(await run(ADD, { input: input(`${TEXT} y`) }, reader))).toBe("FORBIDDEN");
    expect(await db.prisma.document.count({ where: { text: `${TEXT} y` } })).toBe(0);
    expect(codeOf(await run(UPDATE, { id, v: 2, input: { title: "x" } }, reader))).toBe("FORBIDDEN");
  });

  it("keeps the history: who added it and who changed what, curators only", async () => {
    const q = `query ($id: ID!) { document(id: $id) { history { actor actorName operation before after } } }`;
    const h = await run<{ document: { history: { actor: string; operation: string; before: string | null; after: string }[] } }>(q, { id });
    expect(h.errors).toBeUndefined();
    expect(h.data!.document.history.map((c) => [c.actor, c.operation])).toEqual([
      [curator.id, "addDocument"],
      [curator.id, "updateDocument"],
    ]);
    expect(JSON.parse(h.data!.document.history[1]!.after)).toMatchObject({ publisher: "Atlas test desk", version: 2 });
    expect(codeOf(await run(q, { id }, reader))).toBe("FORBIDDEN");
  });
});
