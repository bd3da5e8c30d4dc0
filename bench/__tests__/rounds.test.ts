import { isPaired, mergeRuns, pairedRatio, roundOrder } from "../src/rounds";
import type { RoundResult } from "../src/loadgen";

describe("roundOrder", () => {
  const systems = ["A", "B", "A+otel", "C", "A-solo"] as const;

  it("runs A+otel and A-solo as A B B A, then B A A B, next to each other", () => {
    for (let r = 0; r < 6; r++) {
      const order = roundOrder(systems, r);
      expect(order.filter((s) => s !== "A+otel" && s !== "A-solo").sort()).toEqual(["A", "B", "C"]);
      const at = order.indexOf(r % 2 ? "A-solo" : "A+otel");
      expect(order.slice(at, at + 4)).toEqual(r % 2 ? ["A-solo", "A+otel", "A+otel", "A-solo"] : ["A+otel", "A-solo", "A-solo", "A+otel"]);
      expect(order).toHaveLength(systems.length + 2);
    }
  });

  it("rotates the units, so each system (and the pair) leads once per cycle", () => {
    const firsts = [0, 1, 2, 3].map((r) => roundOrder(systems, r)[0]);
    expect(firsts).toEqual(["A", "B", "A+otel", "C"]);
    expect(roundOrder(systems, 4)[0]).toBe("A");
  });

  it("rotates plainly when a pair is incomplete or absent", () => {
    expect(roundOrder(["A", "A+otel", "B"], 1)).toEqual(["A+otel", "B", "A"]);
    expect(isPaired("A+otel", ["A", "A+otel", "B"])).toBe(false);
    expect(isPaired("A+otel", ["A", "A+otel", "A-solo"])).toBe(true);
    expect(isPaired("A", ["A", "A+otel", "A-solo"])).toBe(false);
    expect(roundOrder(["A", "B", "C"], 2)).toEqual(["C", "A", "B"]);
  });
});

describe("pairedRatio", () => {
  it("is the median of the per-round ratios, which drift between rounds does not move", () => {
    // Round 2 ran with the machine at half speed for both: medians of each would give 60/100 = 0.6.
    expect(pairedRatio([90, 45, 60], [100, 50, 100])).toBeCloseTo(0.9);
    expect(pairedRatio([1, 2], [2, 2])).toBeCloseTo(0.75);
    expect(pairedRatio([5], [0])).toBeNaN();
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
