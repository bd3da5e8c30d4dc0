/**
 * The order systems run in, round by round, and the paired ratio of two systems measured next to
 * each other. A round of every system takes a minute or more on the deep profiles; on a shared
 * machine the speed drifts within that minute (seen: one system's round at half its rate while the
 * systems just before and after ran normally). A ratio of two medians taken minutes apart carries
 * that drift; a ratio of two rounds run back to back does not.
 *
 * A pair runs A B B A in a round (B A A B in the next), and each member's round is its two runs
 * together (mergeRuns): a run made second is not favoured or penalised against one made first, and
 * a drift that is steady over the four runs cancels. Measured here (2026-11-29, profile-5, the same
 * stack run twice against two stacks alternating): consecutive single runs of A+otel and A-solo
 * gave ratios from 0.84 to 1.19, set by which ran second; a stack's first 2 s after sitting idle ran
 * at about 60% of its rate, so each run of a pair is preceded by a short unmeasured one (cli.ts).
 */
import type { RoundResult } from "./loadgen";
import { median, ratio } from "./stats";

/** Systems measured as a pair: always next to each other, in alternating order, so their ratio is paired. */
export const PAIRS: readonly (readonly [string, string])[] = [["A+otel", "A-solo"]];

/**
 * Round `r`'s order: the systems rotated by `r` (slow drift hits every system alike), each pair of
 * PAIRS present kept together as one unit of four runs, A B B A on even rounds and B A A B on odd ones.
 */
export function roundOrder<S extends string>(systems: readonly S[], r: number): S[] {
  const units: S[][] = [];
  for (const s of systems) {
    if (!isPaired(s, systems)) {
      units.push([s]);
      continue;
    }
    const [first, second] = PAIRS.find((p) => p.includes(s))! as unknown as [S, S];
    if (s === first) units.push(r % 2 ? [second, first, first, second] : [first, second, second, first]); // the second member travels with the first
  }
  const rotated = units.map((_, i) => units[(i + r) % units.length]!);
  return rotated.flat();
}

/** The median over rounds of a[r] / b[r]: each round's ratio taken from runs made next to each other. */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  return median(Array.from({ length: n }, (_, i) => ratio(a[i]!, b[i]!)).filter(Number.isFinite));
}

/**
 * How long A+otel and A-solo are primed (on the smallest deep profile) before anything is measured.
 * Their processes are fresh, and 10 s (every other system's priming) left them far from their
 * steady rate: primed 10 s, A-solo then served that profile at 29.9, 37.4 and 46.1 req/s in the
 * next three 600-request rounds (CPU time per request falling as V8 compiled), and the full
 * run's three rounds of tracing's ratio on it rose 0.748, 0.809, 0.902. A server runs for days;
 * its steady rate is what tracing's cost is measured against.
 */
export const PAIR_PRIME_SECONDS = 60;

/** The unmeasured run before each run of a pair's member: longer than the slow start seen after idle. */
export const PAIR_WARMUP_SECONDS = 2;

/** Whether `system` is a member of a pair present among `systems` (it runs twice a round, each run warmed). */
export function isPaired(system: string, systems: readonly string[]): boolean {
  const pair = PAIRS.find((p) => p.includes(system));
  return !!pair && pair.every((m) => systems.includes(m));
}

/** A system's runs in one round as one: requests over seconds, the larger p99, the mean p50, errors added up. */
export function mergeRuns(runs: readonly RoundResult[]): RoundResult {
  if (runs.length === 1) return runs[0]!;
  const requests = runs.reduce((n, r) => n + r.requests, 0);
  const seconds = runs.reduce((n, r) => n + r.seconds, 0);
  const errorKinds: Record<string, number> = {};
  for (const r of runs) for (const [k, v] of Object.entries(r.errorKinds)) errorKinds[k] = (errorKinds[k] ?? 0) + v;
  return {
    requests,
    seconds,
    rps: seconds > 0 ? requests / seconds : 0,
    p50: runs.reduce((n, r) => n + r.p50, 0) / runs.length,
    p99: Math.max(...runs.map((r) => r.p99)),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    errorKinds,
  };
}
