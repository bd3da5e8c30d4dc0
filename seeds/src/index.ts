export { buildCorpus, readSeedFiles, allCitations, SeedError, type Corpus, type SeedFile } from "./corpus";
export { loadCorpus, countsOf, type LoadResult } from "./load";
export * as schema from "./schema";

import type { Database } from "@atlas/db";
import { buildCorpus, readSeedFiles } from "./corpus";
import { loadCorpus, type LoadResult } from "./load";

/** Validates the shipped corpus and loads it (a no-op when it is already loaded). */
export async function seed(db: Database): Promise<LoadResult> {
  return loadCorpus(db, buildCorpus(readSeedFiles()));
}
