import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isCleanAnswer, summarize } from "../src/loadgen";
import { README_END, README_START, aggregateRounds, chartSvg, resultsTable, tracingLines, updateReadme, type BenchReport, type ResultRow } from "../src/report";

const round = (rps: number, p50: number, p99: number, errors = 0) => ({ requests: rps * 5, seconds: 5, rps, p50, p99, errors, errorKinds: { non2xx: errors } });

describe("aggregating rounds", () => {
  it("takes medians of rate and percentiles and sums errors", () => {
    const agg = aggregateRounds([round(100, 10, 50), round(300, 30, 90, 2), round(200, 20, 70, 1)]);
    expect(agg).toMatchObject({ rps: 200, p50: 20, p99: 70, errors: 3, errorKinds: { non2xx: 3 } });
  });

  it("summarizes response times of one round", () => {
    const r = summarize([5, 1, 4, 2, 3], 2, { non2xx: 1, socket: 0 });
    expect(r).toMatchObject({ requests: 5, rps: 2.5, p50: 3, p99: 5, errors: 1 });
  });
});

describe("tracing's lines", () => {
  const sink = { exports: 3, spans: 1200, traces: 300, bytes: 2_000_000, encodings: { "application/x-protobuf": 3 }, rejected: 0 };
  const tracing = { sink, spansPerTrace: 4, ratios: { country: 0.853, wide: 0.939 }, cpuRatios: { country: 1.2 } };

  it("show each workload's median with the rounds' range beside it", () => {
    const lines = tracingLines({ tracing: { ...tracing, ratioRanges: { country: [0.772, 0.896] } } } as Pick<BenchReport, "tracing"> as BenchReport);
    expect(lines[0]).toContain("country 0.853 (rounds 0.772–0.896), wide 0.939 (target ≥ 0.9)");
    expect(lines[1]).toContain("1,200 spans of 300 traces (4 spans per traced request)");
  });

  it("show the median alone for a run recorded before the range was", () => {
    expect(tracingLines({ tracing } as Pick<BenchReport, "tracing"> as BenchReport)[0]).toContain("country 0.853, wide 0.939 (target ≥ 0.9)");
  });

  it("add Hive Gateway's pair, with its own sink's counts, only when the run had it", () => {
    const peerSink = { ...sink, spans: 5000, traces: 500 };
    const peer = { sink: peerSink, spansPerTrace: 10, ratios: { country: 0.632 }, ratioRanges: { country: [0.616, 0.659] as [number, number] }, cpuRatios: { country: 1.55 } };
    const lines = tracingLines({ tracing: { ...tracing, peer } } as Pick<BenchReport, "tracing"> as BenchReport);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain("/ B-solo, its untraced twin: country 0.632 (rounds 0.616–0.659); CPU time per request: country 1.55.");
    expect(lines[2]).toContain("5,000 spans of 500 traces (10 spans per traced request)");
    expect(tracingLines({ tracing } as Pick<BenchReport, "tracing"> as BenchReport)).toHaveLength(2);
  });
});

describe("clean answers", () => {
  it("accepts data without errors and refuses errors or a cut-off body", () => {
    expect(isCleanAnswer('{"data":{"country":{"code":"AZ"}}}\n')).toBe(true);
    expect(isCleanAnswer(Buffer.from('{"data":{"a":1}}'))).toBe(true);
    expect(isCleanAnswer('{"errors":[{"message":"x"}],"data":null}')).toBe(false);
    expect(isCleanAnswer('{"data":{"a":null},"errors":[{"message":"x"}]}')).toBe(false);
    expect(isCleanAnswer('{"data":{"a":')).toBe(false);
    expect(isCleanAnswer(undefined)).toBe(false);
  });
});

const row = (system: ResultRow["system"], workload: string, rps: number): ResultRow => ({
  system,
  workload,
  rounds: [],
  rps,
  p50: 1000 / rps,
  p99: 3000 / rps,
  errors: 0,
  errorKinds: {},
  sqlPerRequest: { min: 25, max: 25 },
  subgraphRequestsPerRequest: system === "D" ? null : { min: 9, max: 9 },
  cpuPercent: system === "A" ? { gateway: 50, countries: 20 } : { baseline: 90 },
  peakRssBytes: {},
  stackPeakRssBytes: 512 * 1048576,
});

describe("outputs", () => {
  const rows = [row("A", "profile-5", 40), row("D", "profile-5", 120), row("A", "country", 900)];

  it("writes one table line per result", () => {
    const table = resultsTable(rows).split("\n");
    expect(table).toHaveLength(2 + rows.length);
    expect(table[2]).toContain("| profile-5 | A | 40 | 25 | 75 | 0 | – | 25 | 9 | 70 (50) | 17.5 | 512 |");
  });

  it("draws one bar per result in each panel", () => {
    const svg = chartSvg(rows);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.trim().endsWith("</svg>")).toBe(true);
    expect(svg.match(/<rect [^>]*height="11"/g)).toHaveLength(rows.length * 2);
  });

  it("replaces the README summary between the markers, or appends a section", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-readme-"));
    try {
      const file = join(dir, "README.md");
      writeFileSync(file, `# T\n\n## Benchmark\n\nintro\n\n${README_START}\nold\n${README_END}\n\nafter\n`);
      updateReadme(file, "new summary");
      expect(readFileSync(file, "utf8")).toBe(`# T\n\n## Benchmark\n\nintro\n\n${README_START}\nnew summary\n${README_END}\n\nafter\n`);
      writeFileSync(file, "# T\n");
      updateReadme(file, "first");
      expect(readFileSync(file, "utf8")).toBe(`# T\n\n## Benchmark\n\n${README_START}\nfirst\n${README_END}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
