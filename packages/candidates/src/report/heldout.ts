/**
 * Scores findCandidates on the held-out passages: an expected item is found when a
 * candidate of its kind overlaps its text and carries its values; a candidate is a false
 * positive when it matches no expected item and is not listed as acceptable.
 */
import { heldOutBatch2, heldOutExtraCountries, heldOutPassages, heldOutPeople, type ExpectedCandidate, type HeldOutPassage } from "../__tests__/held-out.fixtures";
import { atlasCountries } from "../countries";
import { findCandidates } from "../find";
import { buildCountryLexicon, buildPersonLexicon } from "../lexicon";
import type { Candidate } from "../types";

export interface HeldOutResult {
  passage: HeldOutPassage;
  candidates: Candidate[];
  found: Array<{ expected: ExpectedCandidate; candidate: Candidate | null; exactSpan: boolean }>;
  extra: Candidate[];
}

function spanOf(text: string, e: ExpectedCandidate): [number, number] {
  let at = -1;
  for (let k = 0; k <= (e.nth ?? 0); k++) at = text.indexOf(e.text, at + 1);
  if (at < 0) throw new Error(`held-out: ${JSON.stringify(e.text)} is not in the passage`);
  return [at, at + e.text.length];
}

const deepEqual = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Whether the candidate's value has every expected field (dates: start and end compared whole, a missing end must be missing). */
export function valueMatches(c: Candidate, expected: Record<string, unknown>): boolean {
  const v = c.value as unknown as Record<string, unknown>;
  for (const [k, want] of Object.entries(expected)) {
    const got = v[k];
    if (typeof want === "number" && typeof got === "number") {
      if (Math.abs(want - got) > 1e-9 * Math.max(1, Math.abs(want))) return false;
    } else if (!deepEqual(got ?? null, want ?? null)) return false;
  }
  if (c.kind === "date" && !("end" in expected) && c.value.end !== undefined) return false;
  return true;
}

export function scorePassage(p: HeldOutPassage): HeldOutResult {
  const countries = buildCountryLexicon([...atlasCountries, ...heldOutExtraCountries]);
  const people = buildPersonLexicon(heldOutPeople);
  const candidates = findCandidates(p.text, { publishedOn: p.publishedOn, countries, people });
  const used = new Set<Candidate>();
  const found = p.expected.map((e) => {
    const [s, t] = spanOf(p.text, e);
    const c = candidates.find((x) => !used.has(x) && x.kind === e.kind && x.start < t && x.end > s && valueMatches(x, e.value)) ?? null;
    if (c) used.add(c);
    return { expected: e, candidate: c, exactSpan: !!c && c.start === s && c.end === t };
  });
  return { passage: p, candidates, found, extra: candidates.filter((c) => !used.has(c)) };
}

export const scoreHeldOut = (batch: 1 | 2 = 1): HeldOutResult[] => (batch === 1 ? heldOutPassages : heldOutBatch2).map(scorePassage);
