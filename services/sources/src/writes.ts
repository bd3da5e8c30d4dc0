/**
 * The sources subgraph's writes: documents (idempotent by content, text immutable) and
 * the commit point of imports. Every write goes through journaledWrite: one transaction
 * with its audit entry.
 */
import { createHash } from "node:crypto";
import type { Database, DocumentRow } from "@atlas/db";
import { type Caller, journaledWrite, unstorable, isUniqueViolation, notFound, conflict, parseInput, refused, refuseIf, spanProblems, type Problem } from "@atlas/runtime";
import { documentRecord, partialDate as partialDateSchema } from "@atlas/seeds/src/schema";
import { z } from "zod";

type Tx = Parameters<Parameters<Database["prisma"]["$transaction"]>[0]>[0];
const journalOf = (tx: Tx) => tx.sourcesWrite;

export const MAX_TEXT_LENGTH = 1_000_000;

const sha256 = (s: string): string => createHash("sha256").update(s, "utf8").digest("hex");

/** The id a document added through the API gets: from its content, so the same text is the same document. */
export const documentIdOf = (text: string): string => `doc-${sha256(text).slice(0, 16)}`;

/** An article's text: not blank, within the limit, and storable faithfully by both stores. */
function textProblems(field: string, text: string): Problem[] {
  if (text.trim().length === 0) return [{ field, reason: "is empty" }];
  if (text.length > MAX_TEXT_LENGTH) return [{ field, reason: `is ${text.length} characters long; the limit is ${MAX_TEXT_LENGTH}` }];
  const bad = unstorable(text);
  return bad ? [{ field, reason: `contains ${bad}` }] : [];
}

const descriptionSchema = z
  .object({
    title: z.string().trim().min(1).max(400).optional(),
    titleAr: z.string().trim().min(1).max(400).nullish(),
    publisher: z.string().trim().min(1).max(400).nullish(),
    publishedOn: partialDateSchema.nullish(),
    publishedOnNote: z.string().trim().min(3).max(2000).nullish(),
    author: z.string().trim().min(1).max(200).nullish(),
    authorAr: z.string().trim().min(1).max(200).nullish(),
    url: z.url({ protocol: /^https?$/ }).max(2000).nullish(),
  })
  .strict();

const documentSchema = descriptionSchema.extend({
  text: z.string(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "a BCP 47 language tag such as ar or en"),
  title: z.string().trim().min(1).max(400),
});

type DocumentInput = z.infer<typeof documentSchema>;

const dateColumns = (d: { year: number; month?: number | null; day?: number | null } | null | undefined) => ({
  publishedYear: d?.year ?? null,
  publishedMonth: d?.month ?? null,
  publishedDay: d?.day ?? null,
});

function snapshot(d: DocumentRow) {
  const { text, ...rest } = d;
  return { ...rest, textLength: text?.length ?? null };
}

/** addDocument: the document for this text, created when it is new. Returns its id. */
export async function addDocument(db: Database, raw: unknown, caller: Caller, requestId: string | undefined, idempotencyKey?: string | null): Promise<string> {
  const input: DocumentInput = parseInput(documentSchema, raw);
  refuseIf(textProblems("input.text", input.text));
  if (!input.publishedOn && !input.publishedOnNote) {
    throw refused([{ field: "input.publishedOnNote", reason: "say why there is no publication date (publishedOn is null)" }]);
  }
  const hash = sha256(input.text);
  const existing = await db.prisma.document.findUnique({ where: { textSha256: hash }, select: { id: true } });
  if (existing) return existing.id;
  const id = documentIdOf(input.text);
  try {
    return await journaledWrite(db.prisma, journalOf, {
      operation: "addDocument",
      input,
      idempotencyKey,
      caller,
      requestId,
      run: async (tx) => {
        const row = await tx.document.create({
          data: {
            id,
            text: input.text,
            textSha256: hash,
            language: input.language,
            url: input.url ?? null,
            titleEn: input.title,
            titleAr: input.titleAr ?? input.title,
            publisher: input.publisher ?? null,
            ...dateColumns(input.publishedOn),
            publishedOnNote: input.publishedOnNote ?? "Publication date as the curator recorded it.",
            author: input.author ?? null,
            authorAr: input.authorAr ?? null,
            createdBy: caller.id,
            updatedBy: caller.id,
          },
        });
        return { entityType: "Document", entityId: id, before: null, after: snapshot(row), result: id };
      },
    });
  } catch (e) {
    // The same text added at the same moment by another request: that one is the document.
    if (!isUniqueViolation(e)) throw e;
    const winner = await db.prisma.document.findUnique({ where: { textSha256: hash }, select: { id: true } });
    if (!winner) throw e;
    return winner.id;
  }
}

/** updateDocument: corrects the description; the text never changes. Returns the id. */
export async function updateDocument(db: Database, id: string, version: number, raw: unknown, caller: Caller, requestId: string | undefined, idempotencyKey?: string | null): Promise<string> {
  const input = parseInput(descriptionSchema, raw);
  return journaledWrite(db.prisma, journalOf, {
    operation: "updateDocument",
    input: { id, version, input },
    idempotencyKey,
    caller,
    requestId,
    run: async (tx) => {
      const before = await tx.document.findUnique({ where: { id } });
      if (!before || before.stagedImport !== null) throw notFound("Document", "id", id);
      const data = {
        ...(input.title !== undefined ? { titleEn: input.title } : {}),
        ...(input.titleAr !== undefined ? { titleAr: input.titleAr ?? before.titleAr } : {}),
        ...(input.publisher !== undefined ? { publisher: input.publisher } : {}),
        ...(input.publishedOn !== undefined ? dateColumns(input.publishedOn) : {}),
        ...(input.publishedOnNote !== undefined && input.publishedOnNote !== null ? { publishedOnNote: input.publishedOnNote } : {}),
        ...(input.author !== undefined ? { author: input.author } : {}),
        ...(input.authorAr !== undefined ? { authorAr: input.authorAr } : {}),
        ...(input.url !== undefined ? { url: input.url } : {}),
      };
      const { count } = await tx.document.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 }, updatedBy: caller.id } });
      if (count === 0) throw conflict("Document", id, version, before.version);
      const after = await tx.document.findUniqueOrThrow({ where: { id } });
      if (after.publishedYear === null && !after.publishedOnNote) throw refused([{ field: "input.publishedOnNote", reason: "say why there is no publication date" }]);
      return { entityType: "Document", entityId: id, before: snapshot(before), after: snapshot(after), result: id };
    },
  });
}

const importDocument = documentRecord.extend({
  id: z.string().regex(/^(\d{3}_[0-9a-f]{16}|doc-[0-9a-f]{16})$/, "a seed id (000_<16 hex>) or doc-<16 hex>"),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).optional(),
  url: z.url({ protocol: /^https?$/ }).nullish(),
});

export interface ImportRow {
  id: string;
  documentId: string;
  state: string;
  committedAt: string | null;
}

const importRow = (r: { id: string; documentId: string; state: string; committedAt: Date | null }): ImportRow => ({
  id: r.id,
  documentId: r.documentId,
  state: r.state,
  committedAt: r.committedAt?.toISOString() ?? null,
});

/**
 * beginImport: stages the import's document (hidden until the import commits) and
 * records the import. Resuming an import that already began returns its state.
 */
export async function beginImport(db: Database, input: { id: string; document: string; text: string }, caller: Caller, requestId?: string): Promise<ImportRow> {
  if (!/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/.test(input.id)) throw refused([{ field: "input.id", reason: "1 to 128 letters, digits, . _ : @ -" }]);
  let json: unknown;
  try {
    json = JSON.parse(input.document);
  } catch {
    throw refused([{ field: "input.document", reason: "is not JSON" }]);
  }
  const doc = parseInput(importDocument, json, "input.document");
  refuseIf(textProblems("input.text", input.text));
  refuseIf(doc.sources.flatMap((s, i) => [
    ...(s.document !== doc.id ? [{ field: `input.document.sources[${i}].document`, reason: `cites ${s.document}, not this document` }] : []),
    ...spanProblems(input.text, s).map((reason) => ({ field: `input.document.sources[${i}]`, reason })),
  ]));
  const hash = sha256(input.text);
  // The import row is the import's identity: beginning it again answers its state as it is now.
  const started = await db.prisma.documentImport.findUnique({ where: { id: input.id } });
  if (started) return importRow(started);
  try {
    return await beginNew(db, input.id, doc, input.text, hash, caller, requestId);
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const winner = await db.prisma.documentImport.findUnique({ where: { id: input.id } });
    if (!winner) throw e;
    return importRow(winner);
  }
}

async function beginNew(db: Database, id: string, doc: z.infer<typeof importDocument>, text: string, hash: string, caller: Caller, requestId?: string): Promise<ImportRow> {
  const input = { id, text };
  return journaledWrite(db.prisma, journalOf, {
    operation: "beginImport",
    input: { id, hash, doc },
    caller,
    requestId,
    run: async (tx) => {
      // An earlier import of this document that never committed (refused, or its file fixed since)
      // is replaced by this one: it is abandoned, and its staged document moves to this import.
      await tx.documentImport.updateMany({ where: { documentId: doc.id, state: "STAGED" }, data: { state: "ABANDONED" } });
      const sameText = await tx.document.findUnique({ where: { textSha256: hash }, select: { id: true } });
      if (sameText && sameText.id !== doc.id) throw refused([{ field: "input.text", reason: `this text is already document ${sameText.id}` }]);
      const existing = await tx.document.findUnique({ where: { id: doc.id } });
      if (existing?.textSha256 && existing.textSha256 !== hash) {
        throw refused([{ field: "input.text", reason: `document ${doc.id} already holds another text; a document's text never changes` }]);
      }
      const description = {
        titleEn: doc.title.en,
        titleAr: doc.title.ar,
        publisher: doc.publisher,
        ...dateColumns(doc.publishedOn),
        publishedOnNote: doc.publishedOnNote,
        author: doc.author,
        authorAr: doc.authorAr ?? null,
        language: doc.language ?? "ar",
        url: doc.url ?? null,
      };
      if (!existing) {
        await tx.document.create({
          data: { id: doc.id, ...description, text: input.text, textSha256: hash, createdBy: caller.id, updatedBy: `import:${doc.id}`, stagedImport: input.id },
        });
        await tx.documentSource.createMany({
          data: doc.sources.map((s) => ({ ownerId: doc.id, documentId: s.document, start: s.start, end: s.end, claim: s.claim, figures: JSON.stringify(s.figures) })),
        });
      } else if (existing.stagedImport !== null) {
        await tx.document.update({ where: { id: doc.id }, data: { ...description, stagedImport: input.id } });
      } else if (!existing.textSha256) {
        // Loaded before texts were stored: the import brings the text (it is this import's own record).
        await tx.document.update({ where: { id: doc.id }, data: { text: input.text, textSha256: hash } });
      }
      const row = await tx.documentImport.create({ data: { id: input.id, documentId: doc.id, checksum: hash, state: "STAGED", createdBy: caller.id } });
      return { entityType: "DocumentImport", entityId: input.id, before: null, after: importRow(row), result: importRow(row) };
    },
  });
}

/** commitImport: the one transaction after which the whole import is visible. */
export async function commitImport(db: Database, id: string, caller: Caller, requestId?: string): Promise<ImportRow> {
  return journaledWrite(db.prisma, journalOf, {
    operation: "commitImport",
    input: { id },
    idempotencyKey: `commit:${id}`,
    caller,
    requestId,
    run: async (tx) => {
      const before = await tx.documentImport.findUnique({ where: { id } });
      if (!before) throw notFound("DocumentImport", "id", id);
      if (before.state === "ABANDONED") throw refused([{ field: "id", reason: `import ${id} was abandoned: a later import of document ${before.documentId} replaced it` }]);
      if (before.state === "COMMITTED") return { entityType: "DocumentImport", entityId: id, before: importRow(before), after: importRow(before), result: importRow(before) };
      const after = await tx.documentImport.update({ where: { id }, data: { state: "COMMITTED", committedAt: new Date() } });
      await tx.document.updateMany({ where: { stagedImport: id }, data: { stagedImport: null } });
      return { entityType: "DocumentImport", entityId: id, before: importRow(before), after: importRow(after), result: importRow(after) };
    },
  });
}

export async function importStates(db: Database, ids: readonly string[]): Promise<{ id: string; state: string; documentId: string | null; committedAt: string | null }[]> {
  if (ids.length > 1000) throw refused([{ field: "ids", reason: "at most 1000 at once" }]);
  const rows = await db.prisma.documentImport.findMany({ where: { id: { in: [...ids] } } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const r = byId.get(id);
    return r ? { id, state: r.state, documentId: r.documentId, committedAt: r.committedAt?.toISOString() ?? null } : { id, state: "UNKNOWN", documentId: null, committedAt: null };
  });
}

/**
 * The spans citations point at. A staged document counts only for its own import (an
 * import's facts cite its document before the commit); for anyone else it does not exist yet.
 */
export async function citationSpans(db: Database, refs: readonly { document: string; start: number; end: number }[], importId?: string) {
  if (refs.length > 10_000) throw refused([{ field: "refs", reason: "at most 10000 at once" }]);
  const ids = [...new Set(refs.map((r) => r.document))];
  const rows = await db.prisma.document.findMany({
    where: { id: { in: ids }, OR: [{ stagedImport: null }, ...(importId ? [{ stagedImport: importId }] : [])] },
    select: { id: true, text: true },
  });
  const texts = new Map(rows.map((r) => [r.id, r.text]));
  return refs.map((r) => {
    if (!texts.has(r.document)) return { document: r.document, found: false, length: null, text: null };
    const text = texts.get(r.document) ?? null;
    if (text === null) return { document: r.document, found: true, length: null, text: null };
    const start = Math.max(0, Math.min(r.start, text.length));
    const end = Math.max(start, Math.min(r.end, text.length));
    return { document: r.document, found: true, length: text.length, text: text.slice(start, end) };
  });
}
