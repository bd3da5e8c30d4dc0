/** Folding for the country search: case, accents, Arabic diacritics and letter variants. */
export function fold(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "")
    .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
    .replace(/\u0649/g, "\u064a")
    .replace(/\u0629/g, "\u0647")
    .replace(/\u0624/g, "\u0648")
    .replace(/\u0626/g, "\u064a")
    .toLowerCase()
    .trim();
}

const compact = new Intl.NumberFormat("en", { notation: "compact", compactDisplay: "long", maximumFractionDigits: 2 });
const exact = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

const UNIT_WORDS: Record<string, string> = {
  KM: "km",
  DAYS: "days",
  MONTHS: "months",
  YEARS: "years",
  PEOPLE: "people",
  TONNES_PER_YEAR: "tonnes a year",
};

/** How the article bounds a number (Indicator.qualifier) and, for a RANGE, its upper end. */
export interface Bound {
  qualifier?: string | null;
  valueMax?: number | null;
}

/** The qualifier's sign before the number: "more than $700 million" shows "> 700 million USD". */
const QUALIFIER_SIGN: Record<string, string> = { AT_LEAST: "> ", AT_MOST: "≤ ", APPROXIMATELY: "≈ " };

const numberText = (value: number): string => {
  const n = Math.abs(value) >= 10000 ? compact.format(value) : exact.format(value);
  return value < 0 ? n.replace("-", "−") : n;
};

/**
 * 4400000000 USD → "4.4 billion USD"; 3 MULTIPLIER → "×3"; -10 PERCENT → "−10%";
 * with a bound: AT_LEAST 700000000 USD → "> 700 million USD", RANGE 12..36 MONTHS → "12–36 months".
 */
export function formatValue(value: number, unit: string, bound: Bound = {}): string {
  const ranged = bound.qualifier === "RANGE" && bound.valueMax != null;
  const signed = (QUALIFIER_SIGN[bound.qualifier ?? ""] ?? "") + numberText(value) + (ranged ? `–${numberText(bound.valueMax!)}` : "");
  switch (unit) {
    case "PERCENT":
      return `${signed}%`;
    case "MULTIPLIER":
      return `×${signed}`;
    case "RANK":
    case "ORDINAL":
      return `No. ${signed}`;
    case "COUNT":
      return signed;
    case "USD":
      return `${signed} USD`;
    default:
      return `${signed} ${UNIT_WORDS[unit] ?? unit.toLowerCase().replace(/_/g, " ")}`;
  }
}

/** The full number, for the line under the rounded one: "4,400,000,000 USD" (with its bound: "> 700,000,000 USD"). */
export function formatExact(value: number, unit: string, bound: Bound = {}): string {
  const max = bound.qualifier === "RANGE" && bound.valueMax != null ? `–${exact.format(bound.valueMax)}` : "";
  return `${QUALIFIER_SIGN[bound.qualifier ?? ""] ?? ""}${exact.format(value)}${max} ${unit}`;
}

/** Short axis ticks: 4.4B. */
export const formatTick = (value: number): string => new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 }).format(value);

/** TRADE_TURNOVER → "Trade turnover". */
export function humanize(constant: string): string {
  const words = constant.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2024-10-05" → "5 Oct 2024"; "2024-10" → "Oct 2024"; "2024" stays. */
export function formatIso(iso: string | null | undefined): string {
  if (!iso) return "undated";
  const [y, m, d] = iso.split("-");
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
