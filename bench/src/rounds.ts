/**
 * The order systems run in, round by round, and the paired ratio of two systems measured next to
 * each other. A round of every system takes a minute or more on the deep profiles; on a shared
 * machine the speed drifts within that minute (seen: one system's round at half its rate while the
 * systems just before and after ran normally). A ratio of two medians taken minutes apart carries
 * that drift; a ratio of two rounds run back to back does not.
 */
import { median, ratio } from "./stats";

/** Systems measured as a pair: always next to each other, in alternating order, so their ratio is paired. */
export const PAIRS: readonly (readonly [string, string])[] = [["A+otel", "A-solo"]];

/**
 * Round `r`'s order: the systems rotated by `r` (slow drift hits every system alike), each pair of
 * PAIRS present kept together as one unit, its first member first on even rounds and second on odd ones.
 */
export function roundOrder<S extends string>(systems: readonly S[], r: number): S[] {
  const units: S[][] = [];
  for (const s of systems) {
    const pair = PAIRS.find((p) => p.includes(s));
    const mate = pair?.find((m) => m !== s) as S | undefined;
    if (pair && mate && systems.includes(mate)) {
      if (s === pair[0]) units.push(r % 2 ? [mate, s] : [s, mate]);
      continue; // the second member travels with the first
    }
    units.push([s]);
  }
  const rotated = units.map((_, i) => units[(i + r) % units.length]!);
  return rotated.flat();
}

/** The median over rounds of a[r] / b[r]: each round's ratio taken from two runs made back to back. */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  return median(Array.from({ length: n }, (_, i) => ratio(a[i]!, b[i]!)).filter(Number.isFinite));
}
