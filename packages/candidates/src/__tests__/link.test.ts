import { factsFromDocument } from "../facts";
import { linkCandidates } from "../link";
import type { FactCitation } from "../types";
import { find } from "./helpers";

const text = "ارتفع حجم التجارة بين روسيا وأذربيجان بنسبة 17.5 بالمئة ليصل إلى 4.4 مليارات دولار في نهاية سنة 2023.";
const span = { start: 0, end: text.length };

describe("linkCandidates", () => {
  test("a candidate links to a fact whose citation overlaps it and states its value", () => {
    const facts: FactCitation[] = [
      { fact: "indicator trade", ...span, figures: ["17.5", "4.4", "2023"], values: [{ kind: "amount", value: 4.4e9, currency: "USD" }, { kind: "percentage", value: 17.5 }, { kind: "country", code: "RU" }] },
      { fact: "indicator other", ...span, figures: [], values: [{ kind: "amount", value: 5e9, currency: "USD" }] },
    ];
    const linked = linkCandidates(find(text), facts);
    const by = (kind: string): string[] => linked.filter((c) => c.kind === kind).flatMap((c) => (c.links ?? []).map((l) => `${l.fact}/${l.by}`));
    expect(by("amount")).toEqual(["indicator trade/value"]);
    expect(by("percentage")).toEqual(["indicator trade/value"]);
    expect(linked.find((c) => c.text === "روسيا")?.links).toEqual([{ fact: "indicator trade", ...span, by: "value" }]);
    expect(linked.find((c) => c.text === "أذربيجان")?.links).toBeUndefined();
    // no date value recorded on the fact: the year links by its figure
    expect(by("date")).toEqual(["indicator trade/figure"]);
  });

  test("no link without overlap, and other documents' citations are ignored when the document is named", () => {
    const far: FactCitation = { fact: "event far", document: "doc-a", start: text.length + 10, end: text.length + 20, figures: ["2023"] };
    const other: FactCitation = { fact: "event other", document: "doc-b", ...span, figures: ["2023"] };
    const linked = linkCandidates(find(text), [far, other], "doc-a");
    expect(linked.every((c) => !c.links)).toBe(true);
  });
});

describe("factsFromDocument", () => {
  test("turns a seed document file into citations with their values", () => {
    const cite = { document: "000_0000000000000000", start: 0, end: text.length, figures: ["4.4", "2023"] };
    const facts = factsFromDocument({
      document: { id: "000_0000000000000000", publishedOn: null, sources: [] },
      countries: [{ code: "AZ", sources: [cite] }],
      indicators: [{ id: "az-ru-trade", value: 4.4e9, unit: "USD", changePercent: 17.5, countries: ["AZ", "RU"], sources: [cite] }],
      events: [{ id: "ev", countries: ["AZ"], dates: [{ start: { year: 2023 }, basis: "STATED", source: cite }], sources: [cite] }],
    });
    expect(facts.map((f) => f.fact)).toEqual(["country AZ", "indicator az-ru-trade", "event ev", "event ev"]);
    expect(facts[1]!.values).toEqual([
      { kind: "country", code: "AZ" },
      { kind: "country", code: "RU" },
      { kind: "amount", value: 4.4e9, currency: "USD" },
      { kind: "percentage", value: 17.5 },
    ]);
    const linked = linkCandidates(find(text), facts, "000_0000000000000000");
    // the event states the date; the other two facts list "2023" among their citation's figures
    expect(linked.find((c) => c.kind === "date")?.links?.map((l) => `${l.fact}/${l.by}`)).toEqual(["country AZ/figure", "indicator az-ru-trade/figure", "event ev/value"]);
  });
});
