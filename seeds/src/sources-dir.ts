/**
 * Where the source articles live, for the span checks. They are not part of the
 * repository: SOURCES_DIR names the folder, else ../shared/sources beside the repository.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { dataDir } from "./corpus";

export function sourcesDir(): string {
  return process.env.SOURCES_DIR ?? resolve(__dirname, "../../../shared/sources");
}

/** The ids of the articles the seed files describe: one data/documents/<id>.ts each. */
export function seedDocumentIds(dir: string = dataDir): string[] {
  return readdirSync(join(dir, "documents"))
    .filter((f) => /^\d{3}_[0-9a-f]{16}\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ""))
    .sort();
}

/** The sources folder, or a clear error naming what is missing. */
export function requireSourcesDir(dir: string = sourcesDir(), documentIds: readonly string[] = seedDocumentIds()): string {
  const folderOk = existsSync(dir) && statSync(dir).isDirectory();
  const missing = folderOk ? documentIds.map((id) => `${id}.txt`).filter((f) => !existsSync(join(dir, f))) : [];
  if (folderOk && missing.length === 0) return dir;
  const first = documentIds[0] ?? "000_…";
  const last = documentIds[documentIds.length - 1] ?? first;
  throw new Error(
    `The source articles are needed for the span tests: set SOURCES_DIR to the folder holding ${first}.txt … ${last}.txt ` +
      `(default ../shared/sources beside the repository). ` +
      (folderOk ? `${dir} lacks ${missing.join(", ")}.` : `${dir} is not a folder.`),
  );
}

/** The text of one article, as the offsets count it (UTF-8 read, UTF-16 indices). */
export function readSource(documentId: string, dir: string = sourcesDir()): string {
  return readFileSync(join(dir, `${documentId}.txt`), "utf8");
}

/** The span rule lives with the other provenance rules, shared with the write path. */
export { spanProblems } from "@atlas/runtime/src/provenance";
