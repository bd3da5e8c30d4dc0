/**
 * A strict parser of the Prometheus text exposition format (0.0.4), for tests: every
 * sample must belong to a family declared by # TYPE, names and label names must be
 * valid, label values well escaped, values numbers, series unique. Throws on anything else.
 */
export type Labels = Record<string, string>;

export interface Sample {
  name: string;
  labels: Labels;
  value: number;
}

export interface Exposition {
  types: Map<string, string>;
  samples: Sample[];
  /** The one sample of `name` whose labels include `labels`; 0 when there is none. */
  value(name: string, labels?: Labels): number;
  /** The sum over every sample of `name` whose labels include `labels`. */
  sum(name: string, labels?: Labels): number;
  /** Every sample of `name`. */
  of(name: string): Sample[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set(["counter", "gauge", "histogram", "summary", "untyped"]);
const SUFFIXES: Record<string, string[]> = { histogram: ["_bucket", "_sum", "_count"], summary: ["_sum", "_count", ""] };

/** As Prometheus reads a value (Go's ParseFloat): NaN and Inf case-insensitively; prom-client writes NaN as "Nan". */
function parseValue(raw: string, line: number): number {
  const special = /^([-+]?)(inf|infinity|nan)$/i.exec(raw);
  if (special) return special[2]!.toLowerCase() === "nan" ? NaN : special[1] === "-" ? -Infinity : Infinity;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw)) throw new Error(`line ${line}: bad value ${JSON.stringify(raw)}`);
  return Number(raw);
}

function parseLabels(text: string, line: number): [Labels, number] {
  // text starts after "{"; returns the labels and the index just past "}".
  const labels: Labels = {};
  let i = 0;
  while (text[i] !== "}") {
    const eq = text.indexOf("=", i);
    if (eq < 0) throw new Error(`line ${line}: label without "="`);
    const name = text.slice(i, eq);
    if (!LABEL_NAME.test(name)) throw new Error(`line ${line}: bad label name ${JSON.stringify(name)}`);
    if (name in labels) throw new Error(`line ${line}: label ${name} twice`);
    if (text[eq + 1] !== '"') throw new Error(`line ${line}: label value not quoted`);
    let value = "";
    let j = eq + 2;
    for (; j < text.length && text[j] !== '"'; j++) {
      if (text[j] === "\\") {
        const next = text[++j];
        if (next === "n") value += "\n";
        else if (next === "\\" || next === '"') value += next;
        else throw new Error(`line ${line}: bad escape \\${next}`);
      } else value += text[j];
    }
    if (j >= text.length) throw new Error(`line ${line}: unterminated label value`);
    labels[name] = value;
    i = j + 1;
    if (text[i] === ",") i++;
    else if (text[i] !== "}") throw new Error(`line ${line}: expected "," or "}" after a label`);
  }
  return [labels, i + 1];
}

const matches = (sample: Sample, labels: Labels): boolean => Object.entries(labels).every(([k, v]) => sample.labels[k] === v);

export function parsePrometheusText(text: string): Exposition {
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  const seen = new Set<string>();
  const familyOf = (name: string): string | undefined => {
    if (types.has(name)) return name;
    for (const [family, type] of types) if ((SUFFIXES[type] ?? []).some((s) => s && name === family + s)) return family;
    return undefined;
  };
  text.split("\n").forEach((raw, index) => {
    const line = index + 1;
    if (raw === "") return;
    if (raw.startsWith("#")) {
      const m = /^# (HELP|TYPE) (\S+) (.*)$/.exec(raw);
      if (!m) return; // a plain comment
      const [, kind, name, rest] = m as unknown as [string, string, string, string];
      if (!METRIC_NAME.test(name)) throw new Error(`line ${line}: bad metric name ${name}`);
      if (kind === "TYPE") {
        if (!TYPES.has(rest)) throw new Error(`line ${line}: bad type ${rest}`);
        if (types.has(name)) throw new Error(`line ${line}: ${name} typed twice`);
        types.set(name, rest);
      }
      return;
    }
    const name = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(raw)?.[0];
    if (!name) throw new Error(`line ${line}: no metric name in ${JSON.stringify(raw)}`);
    let rest = raw.slice(name.length);
    let labels: Labels = {};
    if (rest.startsWith("{")) {
      const [parsed, end] = parseLabels(rest.slice(1), line);
      labels = parsed;
      rest = rest.slice(1 + end);
    }
    const parts = rest.split(" ").filter((p) => p !== "");
    if (!rest.startsWith(" ") || parts.length < 1 || parts.length > 2) throw new Error(`line ${line}: expected " value [timestamp]" in ${JSON.stringify(raw)}`);
    if (!familyOf(name)) throw new Error(`line ${line}: ${name} has no # TYPE`);
    const key = name + JSON.stringify(Object.entries(labels).sort());
    if (seen.has(key)) throw new Error(`line ${line}: series ${key} twice`);
    seen.add(key);
    samples.push({ name, labels, value: parseValue(parts[0]!, line) });
  });
  const of = (name: string): Sample[] => samples.filter((s) => s.name === name);
  return {
    types,
    samples,
    of,
    value: (name, labels = {}) => {
      const found = of(name).filter((s) => matches(s, labels));
      if (found.length > 1) throw new Error(`${name} ${JSON.stringify(labels)} names ${found.length} series`);
      return found[0]?.value ?? 0;
    },
    sum: (name, labels = {}) => of(name).filter((s) => matches(s, labels)).reduce((a, s) => a + s.value, 0),
  };
}
