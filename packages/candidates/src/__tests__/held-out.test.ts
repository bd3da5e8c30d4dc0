/**
 * The held-out passages (held-out.fixtures.ts): every expected candidate is found, with no
 * candidate left over. The report (REPORT.md) prints the first run's figures of each batch.
 */
import { scoreHeldOut } from "../report/heldout";

describe.each([1, 2] as const)("held-out batch %d", (batch) => {
  const results = scoreHeldOut(batch);
  test.each(results.map((r) => [r.passage.id, r] as const))("%s", (_id, r) => {
    const missed = r.found.filter((f) => !f.candidate).map((f) => `${f.expected.kind} ${f.expected.text} ${JSON.stringify(f.expected.value)}`);
    const extra = r.extra.map((c) => `${c.kind} ${c.text} ${JSON.stringify(c.value)}`);
    expect({ missed, extra }).toEqual({ missed: [], extra: [] });
    for (const c of r.candidates) expect(r.passage.text.slice(c.start, c.end)).toBe(c.text);
  });
});
