/** A citation row as every fact subgraph stores it (`*_source` tables). */
export interface CitationRow {
  id?: number;
  documentId: string;
  start: number;
  end: number;
  claim: string;
}

/** The GraphQL `Source` shape a fact subgraph returns; the sources subgraph adds publisher and date. */
export function toSource(row: CitationRow): { document: string; start: number; end: number; claim: string; citationId: string | null } {
  return { document: row.documentId, start: row.start, end: row.end, claim: row.claim, citationId: row.id === undefined ? null : String(row.id) };
}

/** What `_citationsOfDocument` reads of a citation row (Prisma `select`), in every fact subgraph. */
export const CITATION_OF_DOCUMENT = { id: true, ownerId: true, start: true, end: true, figures: true } as const;

/** A citation of a document, as the internal `_citationsOfDocument` answers it to the sources subgraph. */
export interface DocumentCitation {
  kind: string;
  id: string;
  citationId: string;
  start: number;
  end: number;
  figures: string[];
}

/** Maps a citation row of a fact of `kind` (agreement, indicator, role …) to a DocumentCitation. */
export const documentCitation =
  (kind: string) =>
  (r: { id: number; ownerId: string | number; start: number; end: number; figures: string }): DocumentCitation => ({
    kind,
    id: String(r.ownerId),
    citationId: String(r.id),
    start: r.start,
    end: r.end,
    figures: JSON.parse(r.figures) as string[],
  });
