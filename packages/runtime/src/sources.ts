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
