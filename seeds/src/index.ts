export { buildCorpus, readSeedFiles, allCitations, countsOf, SeedError, type Corpus, type SeedFile } from "./corpus";
export { importDocument, importCountries, importIdOf, parseDocumentFile, conflictsOf, ImportError, type ImportReport, type Transport } from "./import";
export { gatewayTransport, subgraphTransport, ownerOf } from "./transport";
export * as schema from "./schema";

import type { CountryRecordInput } from "./schema";
import { buildCorpus, countsOf, readSeedFiles } from "./corpus";
import { importCountries, importDocument, parseDocumentFile, type ImportReport, type Transport } from "./import";
import { readSource, requireSourcesDir } from "./sources-dir";

export interface SeedResult {
  counts: Record<string, number>;
  /** Documents whose import was new (the rest were already committed). */
  imported: string[];
  reports: ImportReport[];
}

/**
 * Loads the shipped corpus through the subgraphs' validated writes: the reference list of
 * countries, then each article's file as one import. Only adds or updates the corpus's own
 * records; running it again on a loaded store changes nothing.
 */
export async function seedCorpus(transport: Transport, sourcesDir: string = requireSourcesDir()): Promise<SeedResult> {
  const files = readSeedFiles();
  const corpus = buildCorpus(files); // the cross-article checks the seed files have always had
  await importCountries(transport, files.countries.content as CountryRecordInput[]);
  const reports: ImportReport[] = [];
  for (const f of files.documents) {
    const file = parseDocumentFile(f.content, f.name);
    reports.push(await importDocument(transport, file, readSource(file.document.id, sourcesDir)));
  }
  return { counts: countsOf(corpus), imported: reports.filter((r) => !r.resumed).map((r) => r.document), reports };
}
