/** A citation row as every fact subgraph stores it (`*_source` tables). */
export interface CitationRow {
  documentId: string;
  start: number;
  end: number;
  claim: string;
}

/** The GraphQL `Source` shape a fact subgraph returns; the sources subgraph adds publisher and date. */
export function toSource(row: CitationRow): { document: string; start: number; end: number; claim: string } {
  return { document: row.documentId, start: row.start, end: row.end, claim: row.claim };
}
