/**
 * Every citation in the merged corpus against the source articles: the span lies in
 * the article and holds each figure; every indicator's value and every stated date's
 * year come from the figures of its citations.
 *
 * Needs the articles (SOURCES_DIR, default ../shared/sources beside the repository):
 * without them this suite fails at once with a message saying so.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { westernDigits } from "@atlas/runtime/src/text";
import { allCitations, buildCorpus, readSeedFiles } from "../corpus";
import type { Citation, DateClaim } from "../schema";
import { readSource, requireSourcesDir, seedDocumentIds, sourcesDir, spanProblems } from "../sources-dir";

const dir = requireSourcesDir();
const corpus = buildCorpus(readSeedFiles());
const citations = allCitations(corpus);

const texts = new Map<string, string>();
const textOf = (doc: string): string => {
  let t = texts.get(doc);
  if (t === undefined) {
    t = readSource(doc, dir);
    texts.set(doc, t);
  }
  return t;
};

describe("sources folder", () => {
  test("defaults to ../shared/sources beside the repository and honours SOURCES_DIR", () => {
    const saved = process.env.SOURCES_DIR;
    try {
      delete process.env.SOURCES_DIR;
      expect(sourcesDir()).toBe(join(__dirname, "..", "..", "..", "..", "shared", "sources"));
      process.env.SOURCES_DIR = "/somewhere/else";
      expect(sourcesDir()).toBe("/somewhere/else");
    } finally {
      if (saved === undefined) delete process.env.SOURCES_DIR;
      else process.env.SOURCES_DIR = saved;
    }
  });

  test("a missing folder or a missing article stops with a clear message", () => {
    const ids = seedDocumentIds();
    expect(ids).toHaveLength(5);
    const empty = mkdtempSync(join(tmpdir(), "atlas-sources-"));
    try {
      expect(() => requireSourcesDir(join(empty, "nope"), ids)).toThrow(/set SOURCES_DIR to the folder holding 000_\w+\.txt/);
      for (const id of ids.slice(0, 4)) writeFileSync(join(empty, `${id}.txt`), "x");
      expect(() => requireSourcesDir(empty, ids)).toThrow(new RegExp(`lacks ${ids[4]}\\.txt`));
      writeFileSync(join(empty, `${ids[4]}.txt`), "x");
      expect(requireSourcesDir(empty, ids)).toBe(empty);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe("every citation's span", () => {
  test("the corpus has citations into every article", () => {
    expect(new Set(citations.map((c) => c.citation.document))).toEqual(new Set(seedDocumentIds()));
  });

  test.each(citations.map(({ fact, citation: c }) => [`${fact} → ${c.document} [${c.start}, ${c.end}) ${JSON.stringify(c.figures)}`, c] as const))(
    "%s",
    (_name, c) => {
      expect(spanProblems(textOf(c.document), c)).toEqual([]);
    },
  );
});

describe("the span check rejects bad spans", () => {
  const trade = corpus.indicators.find((i) => i.id === "az-ru-trade-turnover-2023");
  const real = trade?.sources[0] as Citation;
  const text = () => textOf(real.document);

  test("the AZ–RU 2023 trade citation holds its figures", () => {
    expect(real.document).toBe("002_76e874a06d3d543b");
    expect(real.figures).toEqual(expect.arrayContaining(["17.5", "4.4", "2023"]));
    expect(spanProblems(text(), real)).toEqual([]);
  });

  test("shifted 60 characters on, it loses the 17.5 at its head", () => {
    const problems = spanProblems(text(), { ...real, start: real.start + 60, end: real.end + 60 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/figure "17\.5"/);
  });

  test("shifted by its own length, it loses every figure", () => {
    const len = real.end - real.start;
    expect(spanProblems(text(), { ...real, start: real.end, end: real.end + len })).toHaveLength(real.figures.length);
  });

  test("a span past the end of the article is rejected", () => {
    const t = text();
    expect(spanProblems(t, { ...real, start: t.length - 10, end: t.length + 1 })[0]).toMatch(/past the end/);
    expect(spanProblems(t, { ...real, start: 20, end: 20 })[0]).toMatch(/not a non-empty/);
  });

  test("Arabic-Indic digits in the text match Western figures and the other way round", () => {
    const t = "بلغ رأس المال ٥٠٠ مليون دولار عام 2024";
    expect(spanProblems(t, { start: 0, end: t.length, figures: ["500", "٢٠٢٤"] })).toEqual([]);
    expect(spanProblems(t, { start: 0, end: t.length, figures: ["501"] })).toHaveLength(1);
  });
});

/**
 * Number words the figures use, with the number they denote. A word not listed here
 * fails the value check: add it (with its value) when the data needs it.
 */
const NUMBER_WORDS: Record<string, number> = {
  مرتين: 2, // twice
  تضاعف: 2, // doubled
  مضاعفة: 2, // doubling
  يومين: 2, // two days
  الثانية: 2, // the second (session)
  ثلاث: 3,
  الثلاث: 3,
  ثلاثة: 3,
  الثالث: 3, // the third (rank)
  الرابع: 4,
  عشرين: 20,
  العشرين: 20, // the twentieth (anniversary)
  مليار: 1e9, // a billion
};

/** Indicators whose value is not a figure times a power of a thousand, each with the reason. */
const VALUE_EXCEPTIONS: Record<string, string> = {
  "kg-kz-tj-tm-us-uz-relations-duration": "'ثلاثة عقود' (three decades) is stored as 30 YEARS: the number word counts decades",
};

const SCALES = [1, 1e3, 1e6, 1e9, 1e12];
const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The number a figure writes, or undefined when it is not a plain number or a listed number word. */
function figureValue(figure: string): number | undefined {
  const w = westernDigits(figure).replace(/,/g, "").trim();
  if (/^-?\d+(\.\d+)?$/.test(w)) return Number(w);
  return NUMBER_WORDS[w];
}

describe("indicator values come from their figures", () => {
  /** Why the value cannot be derived from the figures, or null when it can. */
  function valueProblem(i: (typeof corpus.indicators)[number]): string | null {
    const figures = i.sources.flatMap((s) => s.figures);
    // A fall is stored as a negative percent; the text writes its size.
    const target = i.unit === "PERCENT" ? Math.abs(i.value) : i.value;
    const scales = i.unit === "PERCENT" ? [1] : SCALES;
    const ok = figures.some((f) => {
      const n = figureValue(f);
      return n !== undefined && scales.some((m) => near(n * m, target));
    });
    if (ok) return null;
    const unknown = figures.filter((f) => figureValue(f) === undefined);
    return (
      `indicator ${i.id}: value ${i.value} ${i.unit} is no figure × {${scales.join(", ")}} of ${JSON.stringify(figures)}` +
      (unknown.length ? ` (not numbers: ${JSON.stringify(unknown)}; add real number words to NUMBER_WORDS)` : "")
    );
  }

  test("every indicator's value is one of its figures scaled, or a listed exception", () => {
    const failures = corpus.indicators.filter((i) => !(i.id in VALUE_EXCEPTIONS)).map(valueProblem).filter((p) => p !== null);
    expect(failures).toEqual([]);
  });

  test("the exceptions are real indicators that do fail the rule (so the list stays minimal)", () => {
    for (const id of Object.keys(VALUE_EXCEPTIONS)) {
      const i = corpus.indicators.find((x) => x.id === id);
      expect(i).toBeDefined();
      expect(valueProblem(i!)).not.toBeNull();
    }
  });

  test("the rule rejects a value no figure gives", () => {
    const trade = corpus.indicators.find((i) => i.id === "az-ru-trade-turnover-2023")!;
    expect(valueProblem(trade)).toBeNull();
    expect(valueProblem({ ...trade, value: 4.5e9 })).toMatch(/az-ru-trade-turnover-2023: value 4500000000 USD/);
    const visits = corpus.indicators.find((i) => i.id === "az-tj-aliyev-visits-dushanbe-past-year")!;
    expect(valueProblem(visits)).toBeNull();
    expect(valueProblem({ ...visits, value: 3 })).not.toBeNull();
  });
});

/** Decade words the stated dates use: the decade they name. */
const DECADE_WORDS: Record<string, number> = {
  العشرينيات: 1920,
  الثلاثينيات: 1930,
  السبعينيات: 1970,
};

/** Stated dates given by decade words rather than a year, each with the reason they are accepted. */
const DECADE_DATES: Record<string, string> = {
  "event azerbaijani-teachers-sent-to-tajikistan": "'العشرينيات والثلاثينيات' (the 1920s and 1930s), encoded as 1920–1939",
  "corridor baikal-amur-mainline": "'السبعينيات' (the seventies), encoded as 1970–1979",
};

describe("stated dates come from their figures", () => {
  const claims: { fact: string; claim: DateClaim }[] = [
    ...corpus.agreements.flatMap((a) => a.signedOn.map((claim) => ({ fact: `agreement ${a.id}`, claim }))),
    ...corpus.events.flatMap((e) => e.dates.map((claim) => ({ fact: `event ${e.id}`, claim }))),
    ...corpus.corridors.flatMap((k) => k.dates.map((claim) => ({ fact: `corridor ${k.id}`, claim }))),
  ];

  /** How a year is found in the figures: "year", "decade", or null when it is not. */
  function yearSource(year: number, figures: string[]): "year" | "decade" | null {
    const w = figures.map((f) => westernDigits(f).trim());
    if (w.some((f) => (f.match(/\d{4}/g) ?? ([] as string[])).includes(String(year)))) return "year";
    if (w.some((f) => DECADE_WORDS[f] !== undefined && year >= DECADE_WORDS[f]! && year <= DECADE_WORDS[f]! + 9)) return "decade";
    return null;
  }

  function dateProblems(fact: string, d: DateClaim): string[] {
    const out: string[] = [];
    for (const year of [d.start.year, ...(d.end ? [d.end.year] : [])]) {
      const how = yearSource(year, d.source.figures);
      if (how === null) out.push(`${fact}: stated year ${year} is not among the figures ${JSON.stringify(d.source.figures)}`);
      else if (how === "decade" && !(fact in DECADE_DATES)) out.push(`${fact}: stated year ${year} comes from a decade word; list it in DECADE_DATES with a reason`);
    }
    return out;
  }

  test("there are stated dates to check", () => {
    expect(claims.filter((c) => c.claim.basis === "STATED").length).toBeGreaterThan(20);
  });

  test("every STATED date's year (and end year) is among its citation's figures", () => {
    const failures = claims.filter((c) => c.claim.basis === "STATED").flatMap((c) => dateProblems(c.fact, c.claim));
    expect(failures).toEqual([]);
  });

  test("the decade exceptions are used, and only by stated dates", () => {
    for (const fact of Object.keys(DECADE_DATES)) {
      const mine = claims.filter((c) => c.fact === fact);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((c) => c.claim.basis === "STATED")).toBe(true);
      expect(mine.some((c) => yearSource(c.claim.start.year, c.claim.source.figures) === "decade")).toBe(true);
    }
  });

  test("the rule rejects a year the figures do not give", () => {
    const diplo = claims.find((c) => c.fact === "agreement az-tj-diplomatic-relations")!;
    expect(dateProblems(diplo.fact, diplo.claim)).toEqual([]);
    expect(dateProblems(diplo.fact, { ...diplo.claim, start: { year: 1993 } })).toHaveLength(1);
    const teachers = claims.find((c) => c.fact === "event azerbaijani-teachers-sent-to-tajikistan")!;
    expect(dateProblems(teachers.fact, teachers.claim)).toEqual([]);
    expect(dateProblems(teachers.fact, { ...teachers.claim, end: { year: 1945 } })).toHaveLength(1);
    expect(dateProblems("event unlisted", teachers.claim)).toHaveLength(2);
  });
});
