import { buildCountryLexicon, nisbaForms } from "../lexicon";
import { findCandidates } from "../find";
import { countries, of, people } from "./helpers";

const codes = (text: string): Array<[string, string]> => of("country", text).map(([t, v]) => [t, (v as { code: string }).code]);

describe("country names", () => {
  test("with attached letters: و ب ل ف ك ال and their combinations", () => {
    expect(codes("روسيا وأذربيجان بإيران والهند لروسيا فتركيا كالصين وبالصين للصين وللهند فبالهند")).toEqual([
      ["روسيا", "RU"],
      ["أذربيجان", "AZ"],
      ["إيران", "IR"],
      ["الهند", "IN"],
      ["روسيا", "RU"],
      ["تركيا", "TR"],
      ["الصين", "CN"],
      ["الصين", "CN"],
      ["للصين", "CN"],
      ["للهند", "IN"],
      ["الهند", "IN"],
    ]);
  });

  test("multi-word names, longest first", () => {
    expect(codes("بين روسيا والولايات المتحدة وروسيا البيضاء وجمهورية أذربيجان")).toEqual([
      ["روسيا", "RU"],
      ["الولايات المتحدة", "US"],
      ["روسيا البيضاء", "BY"],
      ["جمهورية أذربيجان", "AZ"],
    ]);
  });

  test("not inside other words", () => {
    expect(codes("الهندسة بيلاروسيا الصينيون")).toEqual([
      ["بيلاروسيا", "BY"],
      ["الصينيون", "CN"],
    ]);
  });

  test("a name glued to a following function word by a missing space", () => {
    expect(codes("عبر روسيا أو إيرانمما يمنح لروسيا والصينوغيرهم")).toEqual([
      ["روسيا", "RU"],
      ["إيران", "IR"],
      ["روسيا", "RU"],
      ["الصين", "CN"],
    ]);
  });
});

describe("adjectives and demonyms", () => {
  test("inflections with and without ال", () => {
    expect(codes("الروسي الروسية الروس الأذربيجاني الأذربيجانيين الأذريين أذربيجاني الطاجيك الأتراك للفرنسيين الأمريكيون أمريكية الكازاخي")).toEqual([
      ["الروسي", "RU"],
      ["الروسية", "RU"],
      ["الروس", "RU"],
      ["الأذربيجاني", "AZ"],
      ["الأذربيجانيين", "AZ"],
      ["الأذريين", "AZ"],
      ["أذربيجاني", "AZ"],
      ["الطاجيك", "TJ"],
      ["الأتراك", "TR"],
      ["للفرنسيين", "FR"],
      ["الأمريكيون", "US"],
      ["أمريكية", "US"],
      ["الكازاخي", "KZ"],
    ]);
    expect(of("country", "الروسية")[0]?.[1]).toEqual({ code: "RU", form: "adjective" });
  });

  test("nisba forms", () => {
    expect(nisbaForms("روسي")).toEqual(["روسي", "روسيه", "روسيان", "روسيين", "روسيون", "روسيتان", "روسيتين", "روسيات"]);
  });

  test("adjectives of something else: an ocean, a language, a currency", () => {
    expect(codes("حوض المحيط الهندي باللغة الروسية بمليون دولار أمريكي")).toEqual([]);
  });
});

test("a caller's lexicon adds countries and spellings", () => {
  const lex = buildCountryLexicon([{ code: "EG", names: ["مصر"], adjectives: ["مصري"] }]);
  const got = findCandidates("المدن المصرية ولمصر", { countries: lex, people }).map((c) => [c.text, c.kind === "country" ? c.value.code : ""]);
  expect(got).toEqual([
    ["المصرية", "EG"],
    ["مصر", "EG"],
  ]);
  expect(countries.byFirst.size).toBeGreaterThan(100);
});
