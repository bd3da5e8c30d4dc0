import { isPaired, mergeRuns, pairedRatio, pairsAmong, pairStarts, ratioRange, roundRatios, roundUnits } from "../src/rounds";
import type { RoundResult } from "../src/loadgen";

describe("roundUnits", () => {
  const systems = ["A", "B", "A+otel", "C", "A-solo"] as const;

  it("runs A+otel and A-solo as one unit, at the same time, every system once a round", () => {
    for (let r = 0; r < 6; r++) {
      const units = roundUnits(systems, r);
      expect(units).toHaveLength(4);
      expect(units.filter((u) => u.length > 1)).toEqual([["A+otel", "A-solo"]]);
      expect(units.flat().sort()).toEqual([...systems].sort());
    }
  });

  it("rotates the units, so each system (and the pair) leads once per cycle", () => {
    const firsts = [0, 1, 2, 3].map((r) => roundUnits(systems, r)[0]);
    expect(firsts).toEqual([["A"], ["B"], ["A+otel", "A-solo"], ["C"]]);
    expect(roundUnits(systems, 4)[0]).toEqual(["A"]);
  });

  it("runs Hive Gateway's pair as a unit of its own beside ours", () => {
    const both = ["A", "A+otel", "A-solo", "B", "B+otel", "B-solo"] as const;
    expect(roundUnits(both, 0)).toEqual([["A"], ["A+otel", "A-solo"], ["B"], ["B+otel", "B-solo"]]);
    expect(pairsAmong(both)).toEqual([["A+otel", "A-solo"], ["B+otel", "B-solo"]]);
    expect(pairsAmong(["A", "A+otel", "A-solo", "B+otel"])).toEqual([["A+otel", "A-solo"]]);
    expect(roundUnits(["A", "B+otel", "A-solo"], 0)).toEqual([["A"], ["B+otel"], ["A-solo"]]);
  });

  it("runs each system alone when a pair is incomplete or absent", () => {
    expect(roundUnits(["A", "A+otel", "B"], 1)).toEqual([["A+otel"], ["B"], ["A"]]);
    expect(isPaired("A+otel", ["A", "A+otel", "B"])).toBe(false);
    expect(isPaired("A+otel", ["A", "A+otel", "A-solo"])).toBe(true);
    expect(isPaired("A", ["A", "A+otel", "A-solo"])).toBe(false);
    expect(roundUnits(["A", "B", "C"], 2)).toEqual([["C"], ["A"], ["B"]]);
  });
});

describe("pairedRatio", () => {
  it("is the median of the per-round ratios, which drift between rounds does not move", () => {
    // Round 2 ran with the machine at half speed for both: medians of each would give 60/100 = 0.6.
    expect(pairedRatio([90, 45, 60], [100, 50, 100])).toBeCloseTo(0.9);
    expect(pairedRatio([1, 2], [2, 2])).toBeCloseTo(0.75);
    expect(pairedRatio([5], [0])).toBeNaN();
  });

  it("takes the median of the rounds' own ratios, whose range the report shows beside it", () => {
    const rounds = roundRatios([107, 795, 941, 791], [160, 815, 934, 861]);
    expect(rounds.map((r) => Number(r.toFixed(3)))).toEqual([0.669, 0.975, 1.007, 0.919]);
    expect(pairedRatio([107, 795, 941, 791], [160, 815, 934, 861])).toBeCloseTo((0.919 + 0.975) / 2, 2);
    expect(ratioRange(rounds)).toEqual([rounds[0], rounds[2]]);
    // A round whose untraced twin served nothing has no ratio: left out, not a 0 or an Infinity in the range.
    expect(roundRatios([5, 90], [0, 100])).toEqual([0.9]);
    expect(ratioRange(roundRatios([5], [0]))).toBeUndefined();
  });
});

describe("pairStarts", () => {
  it("starts each member first in turn, run after run and across rounds", () => {
    const firsts = [0, 1].flatMap((r) => [0, 1, 2].map((run) => pairStarts(["A+otel", "A-solo"], r, run)[0]));
    expect(firsts).toEqual(["A+otel", "A-solo", "A+otel", "A-solo", "A+otel", "A-solo"]);
    expect(pairStarts(["A+otel", "A-solo"], 0, 1)).toEqual(["A-solo", "A+otel"]);
  });
});

describe("mergeRuns", () => {
  const run = (requests: number, seconds: number, p50: number, p99: number, errors = 0): RoundResult => ({ requests, seconds, rps: requests / seconds, p50, p99, errors, errorKinds: errors ? { timeout: errors } : {} });

  it("takes a round's two runs as one: all their requests over all their seconds", () => {
    const merged = mergeRuns([run(100, 4, 10, 30), run(60, 4, 20, 50, 2)]);
    expect(merged).toEqual({ requests: 160, seconds: 8, rps: 20, p50: 15, p99: 50, errors: 2, errorKinds: { timeout: 2 } });
  });

  it("leaves a single run as it is", () => {
    const one = run(10, 2, 5, 9);
    expect(mergeRuns([one])).toBe(one);
  });
});
