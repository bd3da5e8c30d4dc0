/**
 * The seed corpus without a database: the shipped files build, bad records stop the
 * build naming file, record and reason, and the corpus covers what the issue asks.
 */
import { allCitations, buildCorpus, countsOf, readSeedFiles, SeedError, type SeedFile } from "../corpus";
import type { DocumentFileInput } from "../schema";

type Files = ReturnType<typeof readSeedFiles>;

const AZ_RU = "002_76e874a06d3d543b";
const AZ_KZ = "004_f8b4bf4ff7f5eac6";
const fileName = (doc: string): string => `documents/${doc}.ts`;

/** A deep copy of the shipped files (the originals are cached modules: never mutate them). */
const freshFiles = (): Files => {
  const f = readSeedFiles();
  return { countries: structuredClone(f.countries), documents: f.documents.map((d) => structuredClone(d)) };
};
const docOf = (files: Files, doc: string): DocumentFileInput => {
  const f = files.documents.find((d: SeedFile) => d.name === fileName(doc));
  if (!f) throw new Error(`no seed file for ${doc}`);
  return f.content as DocumentFileInput;
};

/** The SeedError buildCorpus throws for these files (fails the test when it throws none or another error). */
function seedErrorOf(files: Files): SeedError {
  try {
    buildCorpus(files);
  } catch (e) {
    expect(e).toBeInstanceOf(SeedError);
    return e as SeedError;
  }
  throw new Error("buildCorpus accepted corrupted files");
}

const corpus = buildCorpus(readSeedFiles());

describe("the shipped corpus", () => {
  test("builds: five documents, every kind of record present, a sha256 checksum", () => {
    expect(corpus.documents.map((d) => d.id)).toEqual([
      "000_9881232623497d4d",
      "001_dd8f3a1850d5fa0b",
      "002_76e874a06d3d543b",
      "003_007ff72cf0dcd156",
      "004_f8b4bf4ff7f5eac6",
    ]);
    expect(corpus.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(buildCorpus(freshFiles()).checksum).toBe(corpus.checksum);
  });

  test("ids are unique within each kind after merging", () => {
    for (const list of [corpus.people, corpus.agreements, corpus.indicators, corpus.events, corpus.corridors]) {
      const ids = list.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  test("the Azerbaijan–Uzbekistan alliance treaty keeps both of its date claims", () => {
    const treaty = corpus.agreements.find((a) => a.id === "az-uz-treaty-on-allied-relations");
    expect(treaty).toBeDefined();
    const iso = treaty!.signedOn.map((d) => [d.start.year, d.start.month].join("-"));
    expect(iso).toHaveLength(2);
    expect(new Set(iso)).toEqual(new Set(["2024-10", "2024-8"]));
    expect(treaty!.signedOn.map((d) => d.basis).sort()).toEqual(["RELATIVE", "STATED"]);
    for (const d of treaty!.signedOn) expect(d.source.document).toBe("001_dd8f3a1850d5fa0b");
  });
});

describe("per-document and per-kind report", () => {
  const factsByDocument = new Map<string, Set<string>>(corpus.documents.map((d) => [d.id, new Set<string>()]));
  for (const { fact, citation } of allCitations(corpus)) factsByDocument.get(citation.document)?.add(fact);
  const rows = [...factsByDocument].map(([doc, facts]) => [doc, facts.size] as const);
  const counts = countsOf(corpus);

  test("every cited document is one of the five", () => {
    for (const { citation } of allCitations(corpus)) expect(factsByDocument.has(citation.document)).toBe(true);
    expect(rows).toHaveLength(5);
  });

  test.each(rows)("document %s is cited by %d facts", (_doc, n) => {
    expect(n).toBeGreaterThan(0);
  });

  test.each(Object.entries(counts))("kind %s: %d records", (_kind, n) => {
    expect(n).toBeGreaterThan(0);
  });

  test("more than 20 countries, Azerbaijan and Poland among them", () => {
    expect(counts.countries).toBeGreaterThan(20);
    const codes = corpus.countries.map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining(["AZ", "PL"]));
  });
});

describe("bad inputs stop the build with file, record and reason", () => {
  test("an indicator value that is not a number", () => {
    const files = freshFiles();
    const ind = docOf(files, AZ_RU).indicators!.find((i) => i.id === "az-ru-trade-turnover-2023")!;
    (ind as { value: unknown }).value = "abc";
    const e = seedErrorOf(files);
    expect(e.file).toBe(fileName(AZ_RU));
    expect(e.record).toContain("az-ru-trade-turnover-2023");
    expect(e.reason).toMatch(/^value: /);
  });

  test("an event participant who is no person in the corpus", () => {
    const files = freshFiles();
    const ev = docOf(files, AZ_KZ).events![0]!;
    ev.participants = [...(ev.participants ?? []), "no-such-person"];
    const e = seedErrorOf(files);
    expect(e.file).toBe(fileName(AZ_KZ));
    expect(e.record).toBe(`events (${ev.id})`);
    expect(e.reason).toContain("unknown person no-such-person");
  });

  test("an agreement signatory who is no person in the corpus", () => {
    const files = freshFiles();
    const ag = docOf(files, AZ_KZ).agreements![0]!;
    ag.signatories = ["nobody-known"];
    const e = seedErrorOf(files);
    expect(e.record).toBe(`agreements (${ag.id})`);
    expect(e.reason).toContain("unknown person nobody-known");
  });

  test("an unknown country code among an agreement's parties", () => {
    const files = freshFiles();
    const ag = docOf(files, AZ_RU).agreements![0]!;
    ag.parties = [...ag.parties, "ZZ"];
    const e = seedErrorOf(files);
    expect(e.file).toBe(fileName(AZ_RU));
    expect(e.record).toBe(`agreements (${ag.id})`);
    expect(e.reason).toBe("parties: unknown country ZZ");
  });

  test("a citation to a document that is not in the corpus", () => {
    const files = freshFiles();
    const ind = docOf(files, AZ_RU).indicators!.find((i) => i.id === "az-ru-trade-turnover-2023")!;
    ind.sources = [{ ...ind.sources[0]!, document: "999_0123456789abcdef" }];
    const e = seedErrorOf(files);
    expect(e.file).toBe(fileName(AZ_RU));
    expect(e.record).toBe("indicators (az-ru-trade-turnover-2023)");
    expect(e.reason).toContain("unknown document 999_0123456789abcdef");
  });

  test("the same indicator id in two documents with different values", () => {
    const files = freshFiles();
    const ind = docOf(files, AZ_RU).indicators!.find((i) => i.id === "az-ru-trade-turnover-2023")!;
    const other = docOf(files, AZ_KZ);
    other.indicators = [...(other.indicators ?? []), { ...structuredClone(ind), value: 5e9 }];
    const e = seedErrorOf(files);
    expect(e.file).toBe(fileName(AZ_KZ));
    expect(e.record).toBe("indicators (az-ru-trade-turnover-2023)");
    expect(e.reason).toContain(`also defined in ${fileName(AZ_RU)}`);
  });

  test("the same indicator with the same values in two documents merges its citations", () => {
    const files = freshFiles();
    const ind = docOf(files, AZ_RU).indicators!.find((i) => i.id === "az-ru-trade-turnover-2023")!;
    const other = docOf(files, AZ_KZ);
    other.indicators = [...(other.indicators ?? []), structuredClone(ind)];
    const merged = buildCorpus(files).indicators.find((i) => i.id === "az-ru-trade-turnover-2023")!;
    expect(merged.sources).toHaveLength(ind.sources.length * 2);
  });

  test("a country mention with a code missing from countries.ts", () => {
    const files = freshFiles();
    docOf(files, AZ_RU).countries!.push({ code: "ZZ", spellings: ["زز"], sources: [docOf(files, AZ_RU).document.sources![0]!] });
    const e = seedErrorOf(files);
    expect(e.file).toBe(fileName(AZ_RU));
    expect(e.record).toBe("countries (ZZ)");
  });
});
