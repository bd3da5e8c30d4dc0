/**
 * Imports a document and its facts, in the seed files' format, through the subgraphs'
 * own validated writes: the one path by which data enters (the seed corpus included).
 *
 *   beginImport (sources: the document, staged)
 *   → stage<Part>Import in every subgraph that owns part of the file (validated, kept, not applied)
 *   → commitImport (sources: the one transaction after which the import is true)
 *   → apply<Part>Import in every subgraph (each also applies it on its own before its next request)
 *
 * All or nothing for readers: before the commit nothing of the import is visible, after
 * it all of it is. Run again after any failure (a subgraph killed mid-import, say): the
 * import id comes from the file's content, so the same file resumes the same import and
 * nothing is written twice.
 */
import { createHash } from "node:crypto";
import { documentFile, type DocumentFile, type CountryRecordInput } from "./schema";

/** Sends one operation to whatever serves the named root field (the gateway, or the owning subgraph). */
export interface Transport {
  request<T>(field: string, query: string, variables: Record<string, unknown>): Promise<T>;
}

/** A refusal or failure from the service, with its GraphQL errors. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[] = [],
  ) {
    super(message);
    this.name = "ImportError";
  }
}

/** The subgraph parts of a document file: mutation name suffix, and how to cut the part from the file. */
const PARTS = [
  { name: "Countries", records: (f: DocumentFile) => ({ countries: f.countries }) },
  { name: "People", records: (f: DocumentFile) => ({ people: f.people, events: f.events }) },
  { name: "Agreements", records: (f: DocumentFile) => ({ agreements: f.agreements }) },
  { name: "Indicators", records: (f: DocumentFile) => ({ indicators: f.indicators, tradeFlows: f.tradeFlows }) },
  { name: "Corridors", records: (f: DocumentFile) => ({ corridors: f.corridors }) },
] as const;

export interface ImportReport {
  importId: string;
  document: string;
  /** COMMITTED once the import is true; each part's apply report (created, merged, unchanged, conflicts). */
  state: string;
  resumed: boolean;
  parts: Record<string, { records: number; report: unknown }>;
}

/** The import id: the document id and a digest of the file and the text, so the same file is the same import. */
export function importIdOf(file: DocumentFile, text: string): string {
  const digest = createHash("sha256").update(JSON.stringify(file)).update("\0").update(text).digest("hex").slice(0, 16);
  return `${file.document.id}@${digest}`;
}

/** Validates a file's shape locally before anything is sent (the subgraphs validate everything again). */
export function parseDocumentFile(content: unknown, name = "file"): DocumentFile {
  const r = documentFile.safeParse(content);
  if (r.success) return r.data;
  const i = r.error.issues[0]!;
  throw new ImportError(`${name}: ${i.path.join(".") || "(file)"}: ${i.message}`);
}

const nonEmpty = (records: Record<string, unknown[]>): boolean => Object.values(records).some((l) => l.length > 0);

export async function importDocument(transport: Transport, file: DocumentFile, text: string): Promise<ImportReport> {
  const importId = importIdOf(file, text);
  const document = file.document.id;
  const began = await transport.request<{ beginImport: { state: string } }>(
    "beginImport",
    "mutation Begin($input: ImportInput!) { beginImport(input: $input) { id state } }",
    { input: { id: importId, document: JSON.stringify(file.document), text } },
  );
  const resumed = began.beginImport.state === "COMMITTED";
  const known = { people: file.people.map((p) => p.id), events: file.events.map((e) => e.id) };
  const parts = PARTS.map((p) => ({ name: p.name, records: p.records(file) as Record<string, unknown[]> })).filter((p) => nonEmpty(p.records));
  const report: ImportReport = { importId, document, state: began.beginImport.state, resumed, parts: {} };

  if (!resumed) {
    for (const p of parts) {
      const field = `stage${p.name}Import`;
      const data = await transport.request<Record<string, { records: number }>>(
        field,
        `mutation Stage($id: ID!, $part: String!) { ${field}(importId: $id, part: $part) { importId records } }`,
        { id: importId, part: JSON.stringify({ document, ...p.records, known }) },
      );
      report.parts[p.name.toLowerCase()] = { records: data[field]!.records, report: null };
    }
    const committed = await transport.request<{ commitImport: { state: string } }>(
      "commitImport",
      "mutation Commit($id: ID!) { commitImport(id: $id) { id state committedAt } }",
      { id: importId },
    );
    report.state = committed.commitImport.state;
  }
  for (const p of parts) {
    const field = `apply${p.name}Import`;
    const data = await transport.request<Record<string, { report: string | null }>>(field, `mutation Apply($id: ID!) { ${field}(importId: $id) { importId report } }`, { id: importId });
    const entry = (report.parts[p.name.toLowerCase()] ??= { records: Object.values(p.records).reduce((n, l) => n + l.length, 0), report: null });
    entry.report = JSON.parse(data[field]!.report ?? "null");
  }
  return report;
}

/** Loads the reference list of countries (admin): creates missing ones, leaves curated ones alone. */
export async function importCountries(transport: Transport, countries: readonly CountryRecordInput[]): Promise<unknown> {
  const data = await transport.request<{ upsertCountries: { report: string | null } }>(
    "upsertCountries",
    "mutation Countries($c: String!) { upsertCountries(countries: $c) { importId report } }",
    { c: JSON.stringify(countries) },
  );
  return JSON.parse(data.upsertCountries.report ?? "null");
}

/** Conflicts an import's apply reported, flattened for printing. */
export function conflictsOf(report: ImportReport): { part: string; id: string; reason: string }[] {
  return Object.entries(report.parts).flatMap(([part, p]) =>
    ((p.report as { conflicts?: { id: string; reason: string }[] } | null)?.conflicts ?? []).map((c) => ({ part, ...c })),
  );
}
