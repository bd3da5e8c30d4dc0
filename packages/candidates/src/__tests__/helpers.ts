/** Shared setup for the unit tests: the Atlas countries and a few people, spelled as the corpus spells them. */
import { atlasCountries } from "../countries";
import { findCandidates } from "../find";
import { buildCountryLexicon, buildPersonLexicon } from "../lexicon";
import type { Candidate, CandidateKind, PartialDate } from "../types";

export const countries = buildCountryLexicon(atlasCountries);
export const people = buildPersonLexicon([
  { id: "vladimir-putin", names: ["فلاديمير بوتين", "بوتين"] },
  { id: "ilham-aliyev", names: ["إلهام علييف", "علييف", "الرئيس علييف"] },
  { id: "heydar-aliyev", names: ["حيدر علييف"] },
  { id: "emmanuel-macron", names: ["ماكرون", "الرئيس الفرنسي"] },
  { id: "alexei-zhuravlev", names: ["أليكسي جورافليف", "جورافليف"] },
]);

export const find = (text: string, publishedOn: PartialDate | null = null): Candidate[] => findCandidates(text, { publishedOn, countries, people });

/** The candidates of one kind, as [text, value] pairs (dates without their bookkeeping). */
export function of(kind: CandidateKind, text: string, publishedOn: PartialDate | null = null): Array<[string, unknown]> {
  return find(text, publishedOn)
    .filter((c) => c.kind === kind)
    .map((c) => {
      if (c.kind !== "date") return [c.text, c.value];
      const { basis, start, end } = c.value;
      return [c.text, { basis, start, ...(end ? { end } : {}) }];
    });
}
