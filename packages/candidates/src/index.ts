/**
 * Fact candidates: what an Arabic article states (amounts, percentages, quantities,
 * dates, countries, people) with exact spans and normalised values, and the link from
 * each candidate to the recorded fact it matches. Pure: no I/O, no network, no model.
 */
export { findCandidates, type FindOptions } from "./find";
export { linkCandidates, sameValue } from "./link";
export { factsFromDocument, type DocumentFacts } from "./facts";
export { buildCountryLexicon, buildPersonLexicon, nisbaForms, type CountryLexicon, type PersonLexicon, type CountrySpelling, type PersonSpelling } from "./lexicon";
export { atlasCountries } from "./countries";
export * from "./types";
