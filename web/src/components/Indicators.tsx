import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis, type LabelProps } from "recharts";
import type { Indicator } from "../api";
import { formatExact, formatTick, formatValue, humanize } from "../text";
import { Citations } from "./Citation";

const SERIES = [
  { kind: "ACTUAL", name: "Actual", color: "#127c73" },
  { kind: "TARGET", name: "Target", color: "#d98e04" },
  { kind: "FORECAST", name: "Forecast", color: "#6b5bd2" },
  { kind: "ESTIMATE", name: "Estimate", color: "#5b7083" },
] as const;

interface Group {
  key: string;
  metric: string;
  unit: string;
  rows: Record<string, number>[];
  kinds: string[];
}

/** Dated values of one metric and unit, by year, one bar per kind: targets beside actuals. */
function chartGroups(indicators: Indicator[]): Group[] {
  const groups = new Map<string, Group>();
  for (const i of indicators) {
    // Ranks and ordinals are positions, not amounts: they stay in the list below.
    if (i.year === null || i.unit === "RANK" || i.unit === "ORDINAL") continue;
    // A bound ("more than", "about", a range) is no bar height: it stays in the list, with its sign.
    if (i.qualifier !== "EXACT") continue;
    const key = `${i.metric}|${i.unit}`;
    const g = groups.get(key) ?? { key, metric: i.metric, unit: i.unit, rows: [], kinds: [] };
    let row = g.rows.find((r) => r.year === i.year);
    if (!row) {
      row = { year: i.year };
      g.rows.push(row);
    }
    const kind = SERIES.some((s) => s.kind === i.kind) ? i.kind : "ESTIMATE";
    row[kind] = i.value;
    if (!g.kinds.includes(kind)) g.kinds.push(kind);
    groups.set(key, g);
  }
  for (const g of groups.values()) g.rows.sort((x, y) => x.year! - y.year!);
  return [...groups.values()];
}

/** The value above its bar, on one line (recharts' own label wraps to the bar's width). */
const barLabel =
  (unit: string) =>
  ({ x, y, width, value }: LabelProps) => {
    if (typeof value !== "number") return null;
    return (
      <text x={Number(x) + Number(width) / 2} y={Number(y) - 7} textAnchor="middle" className="bar-label">
        {formatValue(value, unit)}
      </text>
    );
  };

function MetricChart({ group }: { group: Group }) {
  const series = SERIES.filter((s) => group.kinds.includes(s.kind));
  return (
    <figure className="chart">
      <figcaption>
        {humanize(group.metric)} <span className="muted">({group.unit})</span>
      </figcaption>
      <ResponsiveContainer width="100%" height={190}>
        <BarChart data={group.rows} margin={{ top: 24, right: 12, bottom: 0, left: 0 }} barCategoryGap="28%">
          <CartesianGrid vertical={false} stroke="#e3e8ee" />
          <XAxis dataKey="year" tickLine={false} axisLine={{ stroke: "#c9d2dc" }} />
          <YAxis tickFormatter={formatTick} width={44} tickLine={false} axisLine={false} allowDecimals={group.rows.some((r) => Object.values(r).some((v) => !Number.isInteger(v)))} />
          <Tooltip formatter={(v) => formatValue(Number(v), group.unit)} />
          {series.length > 1 && <Legend iconType="square" />}
          {series.map((s) => (
            <Bar key={s.kind} dataKey={s.kind} name={s.name} fill={s.color} radius={[3, 3, 0, 0]} maxBarSize={56} isAnimationActive={false}>
              <LabelList dataKey={s.kind} content={barLabel(group.unit)} />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

export function Indicators({ indicators }: { indicators: Indicator[] }) {
  if (indicators.length === 0) return <p className="muted">No figures about both countries in the sources.</p>;
  const groups = chartGroups(indicators);
  return (
    <>
      {groups.length > 0 && (
        <div className="charts">
          {groups.map((g) => (
            <MetricChart key={g.key} group={g} />
          ))}
        </div>
      )}
      <ul className="figures">
        {indicators.map((i) => (
          <li key={i.id} className="figure" id={`indicator-${i.id}`}>
            <div className="figure-head">
              <div>
                <div className="figure-metric">
                  {humanize(i.metric)} <span className={`badge badge-kind-${i.kind.toLowerCase()}`}>{humanize(i.kind)}</span>
                </div>
                <p className="figure-label">{i.label}</p>
                {i.countries.length > 2 && <p className="muted small">About {i.countries.map((c) => c.code).join(", ")}</p>}
              </div>
              <div className="figure-value">
                <strong>{formatValue(i.value, i.unit, i)}</strong>
                {Math.abs(i.value) >= 10000 && <span className="muted small">{formatExact(i.value, i.unit, i)}</span>}
                <span className="small">
                  {i.year ?? "year not stated"}
                  {i.changePercent !== null && (
                    <span className={i.changePercent >= 0 ? "up" : "down"}>
                      {" "}
                      {i.changePercent >= 0 ? "▲" : "▼"} {Math.abs(i.changePercent)}%
                    </span>
                  )}
                </span>
              </div>
            </div>
            <Citations sources={i.sources} />
          </li>
        ))}
      </ul>
    </>
  );
}
