/**
 * Validates one document file and checks its spans against the article:
 *   npx tsx seeds/src/check-document.ts seeds/data/documents/002_76e874a06d3d543b.ts
 * Prints every citation that fails and exits non-zero if any does.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { documentFile, type Citation } from "./schema";
import { westernDigits } from "@atlas/runtime/src/text";

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error("usage: check-document.ts <document file>");
  const sourcesDir = process.env.SOURCES_DIR ?? resolve(__dirname, "../../../shared/sources");
  const mod = (await import(resolve(file))) as { default: unknown };
  const parsed = documentFile.safeParse(mod.default);
  if (!parsed.success) {
    console.error(JSON.stringify(parsed.error.issues, null, 2));
    process.exit(1);
  }
  const texts = new Map<string, string>();
  const read = (doc: string): string => {
    let t = texts.get(doc);
    if (t === undefined) {
      t = readFileSync(join(sourcesDir, `${doc}.txt`), "utf8");
      texts.set(doc, t);
    }
    return t;
  };
  let failures = 0;
  let count = 0;
  const check = (where: string, c: Citation): void => {
    count++;
    const text = read(c.document);
    if (c.end > text.length) {
      failures++;
      console.error(`${where}: span ${c.start}-${c.end} past end of ${c.document} (${text.length})`);
      return;
    }
    const span = westernDigits(text.slice(c.start, c.end));
    for (const f of c.figures) {
      if (!span.includes(westernDigits(f))) {
        failures++;
        console.error(`${where}: figure ${JSON.stringify(f)} not in span ${c.start}-${c.end}: ${JSON.stringify(span)}`);
      }
    }
  };
  const d = parsed.data;
  d.document.sources.forEach((c, i) => check(`document.sources[${i}]`, c));
  d.countries.forEach((x) => x.sources.forEach((c, i) => check(`country ${x.code} sources[${i}]`, c)));
  d.people.forEach((p) =>
    p.roles.forEach((r, ri) => r.sources.forEach((c, i) => check(`person ${p.id} roles[${ri}].sources[${i}]`, c))),
  );
  for (const kind of ["agreements", "indicators", "events", "corridors"] as const) {
    for (const rec of d[kind]) {
      rec.sources.forEach((c, i) => check(`${kind} ${rec.id} sources[${i}]`, c));
      const dates = "signedOn" in rec ? rec.signedOn : "dates" in rec ? rec.dates : [];
      dates.forEach((dc, i) => check(`${kind} ${rec.id} dates[${i}]`, dc.source));
    }
  }
  console.log(
    `${file}: ${d.countries.length} countries, ${d.people.length} people, ${d.agreements.length} agreements, ` +
      `${d.indicators.length} indicators, ${d.events.length} events, ${d.corridors.length} corridors; ` +
      `${count} citations, ${failures} failures`,
  );
  if (failures) process.exit(1);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
