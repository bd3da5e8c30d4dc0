/**
 * The order systems run in, round by round, and the paired ratio of two systems measured at the same
 * time. A round of every system takes a minute or more on the deep profiles; on a shared machine the
 * speed drifts within that minute (seen: one system's round at half its rate while the systems just
 * before and after ran normally). A ratio of two medians taken minutes apart carries that drift.
 *
 * A pair (A+otel and A-solo) runs at the same time: both under the same load, each its own connections,
 * from the same start to the same end, so whatever the machine does during the run (another guest
 * taking the CPU: here 6–14% of the machine was "steal", in bursts) hits both alike, and each round's
 * ratio is the two stacks' shares of the same seconds. Runs made one after the other could not
 * resolve tracing's cost: measured here (2026-11-29, country lookup, 7 rounds of A B B A, each run
 * 5 s after an unmeasured 2 s), A-solo's consecutive runs served 216 to 719 req/s, and the median
 * of the rounds' ratios came out 0.853, 0.872 and 0.95 in three runs with no change to tracing between them.
 * Run together, the two stacks share the two cores; where the CPU is the limit, each one's rate
 * follows its CPU time per request, which is what tracing adds.
 */
import type { RoundResult } from "./loadgen";
import { median, ratio } from "./stats";

/** Systems measured as a pair: at the same time, so their ratio is paired. Ours, and Hive Gateway's (otel.ts startHiveTracedStack). */
export const PAIRS: readonly (readonly [string, string])[] = [
  ["A+otel", "A-solo"],
  ["B+otel", "B-solo"],
];

/** The pairs among `systems` whose two members are both there, in PAIRS' order. */
export function pairsAmong<S extends string>(systems: readonly S[]): S[][] {
  return PAIRS.filter((p) => p.every((m) => systems.includes(m as S))).map((p) => [...p] as S[]);
}

/**
 * Round `r`'s units, in order: each a system run alone, or a pair of PAIRS present, run at the same
 * time. The units rotate by `r`, so slow drift hits every system alike.
 */
export function roundUnits<S extends string>(systems: readonly S[], r: number): S[][] {
  const units: S[][] = [];
  for (const s of systems) {
    if (!isPaired(s, systems)) {
      units.push([s]);
      continue;
    }
    const pair = PAIRS.find((p) => p.includes(s))! as unknown as [S, S];
    if (s === pair[0]) units.push([...pair]); // the second member travels with the first
  }
  return units.map((_, i) => units[(i + r) % units.length]!);
}

/** The median over rounds of a[r] / b[r]: each round's ratio taken from runs made at the same time. */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  return median(roundRatios(a, b));
}

/** Each round's ratio a[i] / b[i] (rounds whose ratio is not a number left out): what pairedRatio takes the median of. */
export function roundRatios(a: readonly number[], b: readonly number[]): number[] {
  const n = Math.min(a.length, b.length);
  return Array.from({ length: n }, (_, i) => ratio(a[i]!, b[i]!)).filter(Number.isFinite);
}

/**
 * The lowest and highest of the rounds' ratios, shown beside their median: how far one round
 * strays. On this kind of machine it is wide: with both stacks untraced (OTEL_SDK_DISABLED=true,
 * country lookup, 4 rounds, 2026-11-29) the rounds gave 0.659, 0.975, 1.004 and 0.908, a median of
 * 0.942, so a median near the target (0.9) says less than its two digits suggest.
 */
export function ratioRange(ratios: readonly number[]): [number, number] | undefined {
  return ratios.length ? [Math.min(...ratios), Math.max(...ratios)] : undefined;
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

/**
 * How long A+otel and A-solo run together on each workload, unmeasured, before its rounds (every other
 * system gets the run's --warm-up, a few seconds). Primed 60 s on the 5-item profile, the pair was
 * still warming up to the country lookup measured next: the full run of 2026-11-30 (Node 24) gave
 * tracing's ratio on it 0.811 (rounds 0.788–0.837), where a run that primed the pair on the lookup
 * itself gave 0.938 (rounds 0.916–0.976) the same day; the traced processes compile more and settle
 * later (docs/operations.md, "Tracing"), and their first rounds were their lowest.
 */
export const PAIR_WORKLOAD_PRIME_SECONDS = 20;

/** The unmeasured run of a pair before each of its measured runs: a stack back from idle ran its first 2 s at about 60% of its rate. */
export const PAIR_WARMUP_SECONDS = 2;

/**
 * Runs of a pair in each round, each member's merged into its round (mergeRuns). Run at the same
 * time, the two stacks' rates still differed by up to 20% in a single 5 s run, either way, when both
 * were untraced (2026-11-29, country lookup, OTEL_SDK_DISABLED=true). With three runs a round the
 * rounds still strayed: one full run's three rounds of the country lookup gave a median of 0.789,
 * where a pair-only run of twelve rounds of three (2026-11-29, same code) gave 0.913, its rounds
 * from 0.827 to 1.1 and its 36 runs from 0.68 to 1.5. Five runs a round, with the member started
 * first taking turns (pairStarts), give each round's ratio 25 s of both, for about 3.5 minutes
 * more in a full run.
 */
export const PAIR_RUNS_PER_ROUND = 5;

/** The pair in the order its run `run` of round `r` starts them: the member started first takes turns. */
export function pairStarts<S extends string>(pair: readonly S[], r: number, run: number): S[] {
  return (r * PAIR_RUNS_PER_ROUND + run) % 2 ? [...pair].reverse() : [...pair];
}

/** Whether `system` is a member of a pair present among `systems` (it runs at the same time as the other member). */
export function isPaired(system: string, systems: readonly string[]): boolean {
  return pairsAmong(systems).some((p) => p.includes(system));
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
