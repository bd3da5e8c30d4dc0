/** What GET /__bench/stats answers, in the probe (subgraphs) and in the baseline (D). */
export interface ProbeStats {
  pid: number;
  requests: number;
  statements: number;
  rssBytes: number;
  /** Peak resident set size of the process so far, in bytes. */
  maxRssBytes: number;
  cpuUserMicros: number;
  cpuSystemMicros: number;
  /** V8 heap reserved, and memory outside it (buffers, WebAssembly), in bytes. */
  heapTotalBytes: number;
  externalBytes: number;
}
