import { pairedRatio, roundOrder } from "../src/rounds";

describe("roundOrder", () => {
  const systems = ["A", "B", "A+otel", "C", "A-solo"] as const;

  it("keeps A+otel and A-solo next to each other, swapping which goes first every round", () => {
    for (let r = 0; r < 6; r++) {
      const order = roundOrder(systems, r);
      expect([...order].sort()).toEqual([...systems].sort());
      const at = order.indexOf("A+otel");
      const mate = order.indexOf("A-solo");
      expect(Math.abs(at - mate)).toBe(1);
      expect(at < mate).toBe(r % 2 === 0);
    }
  });

  it("rotates the units, so each system (and the pair) leads once per cycle", () => {
    const firsts = [0, 1, 2, 3].map((r) => roundOrder(systems, r)[0]);
    expect(firsts).toEqual(["A", "B", "A+otel", "C"]);
    expect(roundOrder(systems, 4)[0]).toBe("A");
  });

  it("rotates plainly when a pair is incomplete or absent", () => {
    expect(roundOrder(["A", "A+otel", "B"], 1)).toEqual(["A+otel", "B", "A"]);
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
