/**
 * Amounts of money, percentages and quantities: a number (numbers.ts) followed by a
 * currency, a percent word or a unit, with a qualifier before it ("أكثر من", "نحو", "ما يصل
 * إلى") or a range around it ("بين ٢ و٣ مليارات روبل", "12 إلى 36 شهرًا").
 */
import { readNumber, rescaled, type NumberExpr } from "./numbers";
import type { Token } from "./text";
import type { AmountValue, PercentageValue, QuantityValue, Qualifier } from "./types";
import {
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOWN_WORDS,
  LATIN_UNITS,
  PERCENT_AFTER_FI,
  PERCENT_WORDS,
  PER_PHRASES,
  PER_WORDS,
  QUALIFIERS,
  UNIT_WORDS,
  UP_WORDS,
  currencyAdjective,
  currencyOfCountry,
  type QualifierKind,
} from "./units";

export type Measure =
  | { kind: "percentage"; next: number }
  | { kind: "amount"; next: number; currency: string | null; byCountry?: Record<string, string>; word: string }
  | { kind: "quantity"; next: number; unit: string; per?: "year" | "month" | "day" };

interface RawBase {
  first: number;
  next: number;
  start: number;
  end: number;
}
export type RawMeasure = RawBase &
  (
    | {
        kind: "amount";
        value: AmountValue;
        /** An ambiguous currency word's options, settled later by the countries the text names. */
        byCountry?: Record<string, string>;
        currencyWord?: string;
      }
    | { kind: "percentage"; value: PercentageValue }
    | { kind: "quantity"; value: QuantityValue }
  );

const w = (t: Token | undefined): string | undefined => (t?.type === "word" ? t.text : undefined);
const stripConj = (s: string): string[] => {
  const out = [s];
  const m = /^[وف]?[بل]?/.exec(s)?.[0] ?? "";
  for (let cut = 1; cut <= m.length; cut++) out.push(s.slice(cut));
  return out;
};

/** A rate after a unit: "سنويا", "في السنة", or "من الغاز سنويا" (one word in between). */
function perAt(tokens: Token[], j: number): { per: "year" | "month" | "day"; next: number } | null {
  const a = w(tokens[j]);
  if (a && PER_WORDS[a]) return { per: PER_WORDS[a]!, next: j + 1 };
  if (a === "في" && w(tokens[j + 1]) && PER_PHRASES[w(tokens[j + 1])!]) return { per: PER_PHRASES[w(tokens[j + 1])!]!, next: j + 2 };
  if (a === "من" && w(tokens[j + 1]) && w(tokens[j + 2]) && PER_WORDS[w(tokens[j + 2])!]) return { per: PER_WORDS[w(tokens[j + 2])!]!, next: j + 3 };
  return null;
}

/** What follows a number at token j: a percent word, a currency or a unit; null when nothing does. */
export function measureAfter(tokens: Token[], j: number, digits = true): Measure | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.type === "punct" && t.text === "%") return { kind: "percentage", next: j + 1 };
  if (t.type === "punct" && CURRENCY_SYMBOLS[t.text]) return { kind: "amount", next: j + 1, currency: CURRENCY_SYMBOLS[t.text]!, word: t.text };
  if (t.type === "latin") {
    const lower = t.text.toLowerCase();
    if (CURRENCY_CODES.has(t.text.toUpperCase()) && t.text === t.text.toUpperCase()) return { kind: "amount", next: j + 1, currency: t.text, word: t.text };
    if (/^dollars?$/.test(lower)) return { kind: "amount", next: j + 1, currency: "USD", word: t.text };
    if (digits && LATIN_UNITS[lower]) return { kind: "quantity", next: j + 1, unit: LATIN_UNITS[lower]! };
    return null;
  }
  if (t.type !== "word") return null;
  if (PERCENT_WORDS.has(t.text)) return { kind: "percentage", next: j + 1 };
  if (t.text === "في" && w(tokens[j + 1]) && PERCENT_AFTER_FI.has(w(tokens[j + 1])!)) return { kind: "percentage", next: j + 2 };
  // currency, possibly "من الدولارات"
  let cj = j;
  if (t.text === "من" && w(tokens[j + 1])?.startsWith("ال") && CURRENCY_WORDS[w(tokens[j + 1])!]) cj = j + 1;
  const cw = CURRENCY_WORDS[w(tokens[cj])!];
  if (cw) {
    let next = cj + 1;
    let currency = cw.code;
    const adj = w(tokens[next]) ? currencyAdjective(w(tokens[next])!) : undefined;
    if (adj && currencyOfCountry(adj) && (!cw.byCountry || cw.byCountry[adj])) {
      currency = cw.byCountry?.[adj] ?? (cw.code === "USD" && adj !== "US" ? currencyOfCountry(adj)! : currency);
      next++;
    }
    return { kind: "amount", next, currency, byCountry: currency ? undefined : cw.byCountry, word: w(tokens[cj])! };
  }
  const units = UNIT_WORDS[t.text];
  if (units) {
    for (const u of units) {
      if (u.dual || (u.afterDigitsOnly && !digits)) continue;
      const follow = u.words ?? [];
      if (!follow.every((f, k) => w(tokens[j + 1 + k]) === f)) continue;
      let next = j + 1 + follow.length;
      const per = perAt(tokens, next);
      if (per) next = per.next;
      return { kind: "quantity", next, unit: u.unit, ...(per ? { per: per.per } : {}) };
    }
  }
  return null;
}

/** The qualifier phrase ending right before token i (longest wins), with the token it starts at. */
function qualifierBefore(tokens: Token[], i: number): { q: QualifierKind; first: number; cut: number } | null {
  let best: { q: QualifierKind; first: number; cut: number } | null = null;
  for (const { words, q } of QUALIFIERS) {
    const first = i - words.length;
    if (first < 0) continue;
    let cut = 0;
    const ok = words.every((alts, k) => {
      const tok = w(tokens[first + k]);
      if (!tok) return false;
      const options = alts.split("|");
      if (options.includes(tok)) return true;
      if (k > 0) return false;
      const stripped = stripConj(tok).find((s) => options.includes(s));
      if (stripped === undefined) return false;
      cut = tok.length - stripped.length;
      return true;
    });
    if (ok && (!best || first < best.first)) best = { q, first, cut };
  }
  return best;
}

/** Up or down when a change verb governs the percentage within its clause ("ارتفع … بنسبة"), none for a level ("إلى 35.7%"). */
function directionBefore(tokens: Token[], i: number): "up" | "down" | undefined {
  const before = w(tokens[i - 1]);
  if (before === "الي" || before === "مقارنه") return undefined;
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const t = tokens[k]!;
    if (t.type === "punct" && /[.،,؛;:!?؟]/.test(t.text)) return undefined;
    if (t.type !== "word") continue;
    for (const s of stripConj(t.text)) {
      if (UP_WORDS.has(s)) return "up";
      if (DOWN_WORDS.has(s)) return "down";
    }
  }
  return undefined;
}

/** A second number after a range separator at token j: "و٣", "وثلاثة", "إلى 36", "- 36". */
function rangeEnd(tokens: Token[], j: number): { sep: string; n: NumberExpr } | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.type === "word" && (t.text === "و" || t.text === "الي" || t.text === "حتي")) {
    const n = readNumber(tokens, j + 1);
    return n ? { sep: t.text, n } : null;
  }
  if (t.type === "punct" && /^[-–]$/.test(t.text)) {
    const n = readNumber(tokens, j + 1);
    return n ? { sep: "-", n } : null;
  }
  if (t.type === "word" && t.text.startsWith("و") && t.text.length > 1) {
    const n = readNumber(tokens, j); // "وثلاثة" carries its "و"
    return n ? { sep: "و", n } : null;
  }
  return null;
}

/**
 * Every amount, percentage and quantity in the tokens, skipping tokens already taken
 * (`taken`, by dates) and those inside URLs.
 */
export function findMeasures(tokens: Token[], taken: boolean[]): RawMeasure[] {
  const out: RawMeasure[] = [];
  /** The last percentage with a direction and where it ended, for "بنسبة 2.4 في المئة … و2.9 في المئة". */
  let lastChange: { direction: "up" | "down"; next: number } | null = null;

  const emit = (m: Measure, span: { first: number; next: number; start: number; end: number }, value: number, valueMax: number | undefined, qualifier: Qualifier, numberAt: number, words: boolean): void => {
    const max = valueMax !== undefined ? { valueMax } : {};
    if (m.kind === "percentage") {
      let direction = directionBefore(tokens, span.first);
      // a percentage coordinated with the one before it ("و2.9 في المئة") shares its direction
      const joined = w(tokens[numberAt - 1]) === "و" || (words && tokens[numberAt]!.text.startsWith("و"));
      const sentenceBetween = lastChange && tokens.slice(lastChange.next, numberAt).some((x) => x.type === "punct" && /[.؛;!?؟]/.test(x.text));
      if (!direction && joined && lastChange && !sentenceBetween) direction = lastChange.direction;
      if (direction) lastChange = { direction, next: span.next };
      out.push({ ...span, kind: "percentage", value: { value, ...max, ...(direction ? { direction } : {}), qualifier } });
    } else if (m.kind === "amount") {
      out.push({ ...span, kind: "amount", value: { value, ...max, currency: m.currency, qualifier }, ...(m.byCountry ? { byCountry: m.byCountry } : {}), currencyWord: m.word });
    } else {
      out.push({ ...span, kind: "quantity", value: { value, ...max, unit: m.unit, ...(m.per ? { per: m.per } : {}), qualifier } });
    }
    for (let k = span.first; k < span.next; k++) taken[k] = true;
  };

  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const first = i;
    const t = tokens[i]!;
    // a currency symbol or a percent sign written before the digits: "$750 مليون", "%17.5"
    const glued = tokens[i + 1]?.type === "num" && !tokens[i + 1]!.spaceBefore;
    const preCurrency = t.type === "punct" && glued ? CURRENCY_SYMBOLS[t.text] : undefined;
    const prePercent = t.type === "punct" && t.text === "%" && glued && tokens[i - 1]?.type !== "num";
    const at = preCurrency || prePercent ? i + 1 : i;
    const n = readNumber(tokens, at);
    if (!n || taken.slice(n.first, n.next).some(Boolean)) continue;

    const leader = w(tokens[first - 1]);
    const between = !!leader && stripConj(leader).includes("بين");
    const fromWord = !!leader && stripConj(leader).includes("من");
    const r = rangeEnd(tokens, n.next);
    let range = r && !taken.slice(r.n.first, r.n.next).some(Boolean) && (r.sep !== "و" || between) ? r.n : null;
    const after = (x: NumberExpr): Measure | null =>
      preCurrency ? { kind: "amount", next: x.next, currency: preCurrency, word: t.text } : prePercent ? { kind: "percentage", next: x.next } : measureAfter(tokens, x.next, tokens[x.next - 1]?.type === "num" || !x.words);
    let m = range ? after(range) : null;
    if (!m) {
      // no unit after a second number: the first alone
      range = null;
      m = after(n);
    }
    if (!m) continue;

    const q = qualifierBefore(tokens, first);
    let qualifier: Qualifier = q?.q ?? "exact";
    let spanFirst = q ? q.first : first;
    let spanStart = q ? tokens[q.first]!.start + q.cut : preCurrency || prePercent ? t.start : n.start;
    let next = m.next;
    if (w(tokens[next]) === "تقريبا") {
      qualifier = "approximately";
      next++;
    }
    const end = tokens[next - 1]!.end;
    if (range && fromWord && directionBefore(tokens, first - 1) !== undefined) {
      // "ارتفع من 3 إلى 5 مليارات دولار" is a change between two values, not a range
      const low = !n.scaled && range.scaled ? rescaled(n, range.exp) : n.value;
      emit(m, { first: n.first, next: n.next, start: spanStart, end: n.end }, low, undefined, qualifier, n.first, n.words);
      emit(m, { first: range.first, next, start: range.start, end }, range.value, undefined, "exact", range.first, range.words);
      i = next - 1;
      continue;
    }
    let value = n.value;
    let valueMax: number | undefined;
    if (range) {
      qualifier = "range";
      value = !n.scaled && range.scaled ? rescaled(n, range.exp) : n.value;
      valueMax = range.value;
      if (between || fromWord) {
        // the span takes "بين"/"ما بين"/"من" (after any attached letter)
        const lead = tokens[first - 1]!;
        spanFirst = first - 1;
        spanStart = lead.end - (between ? 3 : 2);
        if (between && w(tokens[first - 2]) === "ما") {
          spanFirst = first - 2;
          spanStart = tokens[first - 2]!.start;
        }
      }
    } else if (n.vague && qualifier === "exact") qualifier = "at_least";
    emit(m, { first: spanFirst, next, start: spanStart, end }, value, valueMax, qualifier, n.first, n.words);
    i = next - 1;
  }
  // "مرتين", "يومين", "لمدة عامين": a dual noun is a count of two by itself
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || tokens[i]!.type !== "word") continue;
    const text = tokens[i]!.text;
    for (const s of stripConj(text)) {
      const u = UNIT_WORDS[s]?.find((x) => x.dual);
      if (!u) continue;
      const cut = text.length - s.length;
      let next = i + 1;
      const per = perAt(tokens, next);
      if (per) next = per.next;
      out.push({
        kind: "quantity",
        first: i,
        next,
        start: tokens[i]!.start + cut,
        end: tokens[next - 1]!.end,
        value: { value: 2, unit: u.unit, ...(per ? { per: per.per } : {}), qualifier: "exact" },
      });
      for (let k = i; k < next; k++) taken[k] = true;
      break;
    }
  }
  return out;
}

/** Latin amounts ("700 mln … dollar", "$4.4bn") in Latin text and URL slugs, where Arabic ones are not read. */
export function findLatinAmounts(s: string, from: number, to: number): RawMeasure[] {
  const out: RawMeasure[] = [];
  const slice = s.slice(from, to);
  const re = /(\d+(?:\.\d+)?)[\s\-_]*(mln|million|mn|bln|billion|bn|mlrd|milyard|milyon|thousand)[\s\-_]+(?:[a-z]{1,6}[\s\-_]+){0,2}?(dollar|usd|euro|eur|rubl|ruble|rouble|manat|tenge)[a-z]*/gi;
  const exps: Record<string, number> = { mln: 6, million: 6, mn: 6, milyon: 6, bln: 9, billion: 9, bn: 9, mlrd: 9, milyard: 9, thousand: 3 };
  const codes: Record<string, string> = { dollar: "USD", usd: "USD", euro: "EUR", eur: "EUR", rubl: "RUB", ruble: "RUB", rouble: "RUB", manat: "AZN", tenge: "KZT" };
  for (const m of slice.matchAll(re)) {
    const before = slice[m.index - 1];
    if (before && /[\dA-Za-z]/.test(before)) continue;
    const value = Number(`${m[1]}e${exps[m[2]!.toLowerCase()]}`);
    out.push({
      kind: "amount",
      first: -1,
      next: -1,
      start: from + m.index,
      end: from + m.index + m[0].length,
      value: { value, currency: codes[m[3]!.toLowerCase()] ?? null, qualifier: "exact" },
      currencyWord: m[3]!,
    });
  }
  return out;
}
