/**
 * `npm run import -- <file> [--text <article.txt>]`: imports one document and its facts, in
 * the seed files' format (a .json file, or a .ts/.js module whose default export is the
 * object), through the gateway with a curator's API key. All or nothing; run it again
 * after any failure and it resumes the same import.
 *
 *   ATLAS_URL      the gateway's GraphQL URL (default http://127.0.0.1:4000/graphql)
 *   ATLAS_API_KEY  a curator's key (npm run keys -- create --role curator --name <who>)
 *
 * The article's text comes from --text, else <file without extension>.txt beside the
 * file, else <SOURCES_DIR>/<document id>.txt.
 */
import { existsSync, readFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { conflictsOf, importDocument, ImportError, parseDocumentFile } from "./import";
import { sourcesDir } from "./sources-dir";
import { gatewayTransport } from "./transport";

function usage(message: string): never {
  console.error(`${message}\nusage: npm run import -- <file.json|file.ts> [--text <article.txt>]`);
  process.exit(2);
}

/** A .json file, or a seed-format module (TypeScript through tsx) whose default export is the file. */
async function readFile(path: string): Promise<unknown> {
  if (extname(path) === ".json") return JSON.parse(readFileSync(path, "utf8"));
  return ((await import(path)) as { default?: unknown }).default;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const textAt = args.indexOf("--text");
  const textPath = textAt >= 0 ? args[textAt + 1] : undefined;
  if (textAt >= 0 && !textPath) usage("--text needs a file");
  const files = args.filter((_, i) => textAt < 0 || (i !== textAt && i !== textAt + 1));
  if (files.length !== 1) usage("name one file to import");
  const path = resolve(files[0]!);
  if (!existsSync(path)) usage(`${path} does not exist`);
  const file = parseDocumentFile(await readFile(path), path);
  const candidates = [textPath && resolve(textPath), path.replace(/\.(json|ts|js)$/, ".txt"), resolve(sourcesDir(), `${file.document.id}.txt`)].filter(
    (p): p is string => !!p,
  );
  const text = candidates.find((p) => existsSync(p));
  if (!text) usage(`no text for ${file.document.id}: tried ${candidates.join(", ")}`);
  const url = process.env.ATLAS_URL || "http://127.0.0.1:4000/graphql";
  const report = await importDocument(gatewayTransport(url, process.env.ATLAS_API_KEY), file, readFileSync(text, "utf8"));
  console.log(`${report.resumed ? "already imported" : "imported"} ${report.document} (import ${report.importId}, ${report.state})`);
  for (const [part, p] of Object.entries(report.parts)) console.log(`  ${part}: ${JSON.stringify(p.report)}`);
  const conflicts = conflictsOf(report);
  for (const c of conflicts) console.log(`  conflict (left as stored): ${c.part} ${c.id}: ${c.reason}`);
}

main().catch((e: unknown) => {
  if (e instanceof ImportError) {
    console.error(`import refused: ${e.message}`);
    for (const err of e.errors.slice(1)) console.error(`  ${err.message}`);
    process.exit(1);
  }
  console.error((e as Error).stack ?? String(e));
  process.exit(1);
});
