/** A Source as another subgraph hands it over: just the document key. */
export interface SourceRef {
  document: string;
}
