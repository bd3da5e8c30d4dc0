/**
 * Validates one document file and checks its spans against the article:
 *   npx tsx seeds/src/check-document.ts seeds/data/documents/002_76e874a06d3d543b.ts
 * Prints every citation that fails and exits non-zero if any does.
 */
import { resolve } from "node:path";
import { documentFile, type Citation } from "./schema";
import { readSource, spanProblems } from "./sources-dir";

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error("usage: check-document.ts <document file>");
  const mod = (await import(resolve(file))) as { default: unknown };
  const parsed = documentFile.safeParse(mod.default);
  if (!parsed.success) {
    console.error(JSON.stringify(parsed.error.issues, null, 2));
    process.exit(1);
  }
  const texts = new Map<string, string>();
  let failures = 0;
  let count = 0;
  const check = (where: string, c: Citation): void => {
    count++;
    const text = texts.get(c.document) ?? readSource(c.document);
    texts.set(c.document, text);
    for (const problem of spanProblems(text, c)) {
      failures++;
      console.error(`${where}: ${problem}`);
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
  d.tradeFlows.forEach((f) => f.sources.forEach((c, i) => check(`tradeFlows ${f.id} sources[${i}]`, c)));
  console.log(
    `${file}: ${d.countries.length} countries, ${d.people.length} people, ${d.agreements.length} agreements, ` +
      `${d.indicators.length} indicators, ${d.events.length} events, ${d.corridors.length} corridors, ${d.tradeFlows.length} trade flows; ` +
      `${count} citations, ${failures} failures`,
  );
  if (failures) process.exit(1);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
