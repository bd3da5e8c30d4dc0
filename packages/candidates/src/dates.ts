/**
 * Dates: day/month/year in every month-name family (calendar.ts), combined forms
 * ("آب/ أغسطس", "أغسطس (آب)"), day ranges ("يومي 20 و21"), month and year ranges,
 * numeric dates (2024-11-03, ٠٥/٠٣/٢٠٢٤), decades ("السبعينيات"), and relative expressions
 * ("العام الماضي", "الشهر المقبل", "فبراير الماضي", "أمس") resolved against the publication
 * date. A date whose year the text gives is STATED; one whose year (or more) comes from the
 * publication date is RELATIVE and keeps the words and the date used; without a
 * publication date it stays unresolved (start null).
 */
import {
  DAY_ORDINALS,
  DECADES,
  DEFINITE_COUNTS,
  DUAL_PERIODS,
  MONTHS,
  MONTHS2,
  ORDINALS,
  PERIODS,
  PLURAL_PERIODS,
  RELATIVE_WORDS,
  addDays,
  addMonths,
  full,
  isoWeek,
  validDay,
} from "./calendar";
import { measureAfter } from "./measures";
import type { Token } from "./text";
import type { DateParts, DateValue, PartialDate } from "./types";

export interface RawDate {
  first: number;
  next: number;
  start: number;
  end: number;
  value: DateValue;
}

interface Ctx {
  tokens: Token[];
  pub: PartialDate | null;
  /** The last year a STATED date gave, for "من العام نفسه". */
  lastYear?: number;
}

const w = (t: Token | undefined): string | undefined => (t?.type === "word" ? t.text : undefined);
const punct = (t: Token | undefined, re: RegExp): boolean => t?.type === "punct" && re.test(t.text);
/** A word with its conjunction/preposition prefix letters (و ف ب ل) stripped until `ok` accepts it. */
function core(word: string | undefined, ok: (c: string) => boolean): { c: string; cut: number } | null {
  if (!word) return null;
  if (ok(word)) return { c: word, cut: 0 };
  const m = /^[وف]?[بل]?/.exec(word)?.[0] ?? "";
  for (let cut = 1; cut <= m.length; cut++) if (ok(word.slice(cut))) return { c: word.slice(cut), cut };
  // "للعام" is ل + العام
  if (/^[وف]?لل/.test(word)) {
    const c = "ال" + word.replace(/^[وف]?لل/, "");
    if (ok(c)) return { c, cut: word.indexOf("لل") + 1 };
  }
  return null;
}

const dayAt = (tokens: Token[], j: number): number | null => {
  const t = tokens[j];
  if (t?.type !== "num" || !/^\d{1,2}$/.test(t.text)) return null;
  const d = Number(t.text);
  return d >= 1 && d <= 31 ? d : null;
};
function ordinalDayAt(tokens: Token[], j: number): { day: number; next: number } | null {
  const a = w(tokens[j]);
  if (!a) return null;
  const two = `${a} ${w(tokens[j + 1]) ?? ""}`;
  if (DAY_ORDINALS[two] !== undefined) return { day: DAY_ORDINALS[two]!, next: j + 2 };
  return DAY_ORDINALS[a] !== undefined ? { day: DAY_ORDINALS[a]!, next: j + 1 } : null;
}
const yearAt = (tokens: Token[], j: number): number | null => {
  const t = tokens[j];
  if (t?.type !== "num" || !/^\d{4}$/.test(t.text)) return null;
  const y = Number(t.text);
  return y >= 1900 && y <= 2100 ? y : null;
};

function monthAt(tokens: Token[], i: number): { month: number; strict: boolean; next: number; cut: number } | null {
  const hit = core(w(tokens[i]), (c) => c in MONTHS || c in MONTHS2);
  if (!hit) return null;
  if (hit.c in MONTHS) return { month: MONTHS[hit.c]!.month, strict: !!MONTHS[hit.c]!.strict, next: i + 1, cut: hit.cut };
  const second = w(tokens[i + 1]);
  const m = second ? MONTHS2[hit.c]![second] : undefined;
  return m ? { month: m, strict: false, next: i + 2, cut: hit.cut } : null;
}

/** A month name, or two names for the same month joined by "/" or in parentheses. */
function monthSpecAt(tokens: Token[], i: number): { month: number; strict: boolean; next: number; cut: number; combined: boolean } | null {
  const a = monthAt(tokens, i);
  if (!a) return null;
  const sep = tokens[a.next];
  if (punct(sep, /^[/\\\-–]$/)) {
    const b = monthAt(tokens, a.next + 1);
    if (b && b.month === a.month && b.cut === 0) return { ...a, strict: false, next: b.next, combined: true };
  }
  if (punct(sep, /^\($/)) {
    const b = monthAt(tokens, a.next + 1);
    if (b && b.month === a.month && punct(tokens[b.next], /^\)$/)) return { ...a, strict: false, next: b.next + 1, combined: true };
  }
  return { ...a, combined: false };
}

const YEAR_WORDS = new Set(["عام", "العام", "سنه", "السنه"]);
const DUAL_YEAR_WORDS = new Set(["عامي", "سنتي", "العامين", "السنتين"]);

/** "2023", "عام 2023", "من العام 2023", "، 2023" after a month. */
function yearPartAt(tokens: Token[], j: number): { year: number; next: number } | null {
  let k = j;
  if (punct(tokens[k], /^[,،]$/) && yearAt(tokens, k + 1) !== null) k++;
  if (w(tokens[k]) === "من" && (YEAR_WORDS.has(w(tokens[k + 1]) ?? "") || yearAt(tokens, k + 1) !== null)) k++;
  if (YEAR_WORDS.has(w(tokens[k]) ?? "")) k++;
  const y = yearAt(tokens, k);
  return y === null ? null : { year: y, next: k + 1 };
}

const relAt = (tokens: Token[], j: number): -1 | 0 | 1 | null => {
  const r = RELATIVE_WORDS[w(tokens[j]) ?? ""];
  return r === undefined ? null : r;
};

/** "من العام نفسه", "من السنة ذاتها": the year last stated. */
function sameYearAt(tokens: Token[], j: number): number | null {
  let k = j;
  if (w(tokens[k]) === "من") k++;
  if (!YEAR_WORDS.has(w(tokens[k]) ?? "")) return null;
  return ["نفسه", "ذاته", "نفسها", "ذاتها"].includes(w(tokens[k + 1]) ?? "") ? k + 2 : null;
}

const stated = (start: PartialDate, end?: PartialDate): DateValue => ({
  basis: "STATED",
  start,
  ...(end ? { end } : {}),
  stated: { start: { ...start }, ...(end ? { end: { ...end } } : {}) },
});

/** A date whose year comes from the publication date (`pick` reads it off; null when it cannot), with the parts the words give. */
function relativeYear(ctx: Ctx, parts: { start: DateParts; end?: DateParts }, pick: (pub: PartialDate) => number | null): DateValue {
  const pub = ctx.pub;
  const year = pub ? pick(pub) : null;
  const resolve = (p: DateParts): PartialDate | null => (year === null ? null : { year, ...(p.month ? { month: p.month } : {}), ...(p.day ? { day: p.day } : {}) });
  const start = resolve(parts.start);
  const end = parts.end ? resolve(parts.end) : undefined;
  return { basis: "RELATIVE", start, ...(end ? { end } : {}), stated: parts, resolvedAgainst: pub };
}

/** The year a month falls in, seen from the publication date: -1 the last such month before it, +1 the next after it, 0 its year. */
function yearForMonth(month: number, dir: -1 | 0 | 1 | null): (pub: PartialDate) => number | null {
  return (pub) => {
    if (dir === null || dir === 0) return pub.year;
    if (pub.month === undefined) return null;
    if (dir === -1) return month < pub.month ? pub.year : pub.year - 1;
    return month > pub.month ? pub.year : pub.year + 1;
  };
}

function relative(ctx: Ctx, start: PartialDate | null, end?: PartialDate | null): DateValue {
  return { basis: "RELATIVE", start, ...(start && end ? { end } : {}), stated: { start: {} }, resolvedAgainst: ctx.pub };
}

/** "20 أكتوبر 2025", "يومي 20 و21 أكتوبر 2025", "من 3 إلى 7 دجنبر", "21 أيلول/سبتمبر". */
function dayLed(ctx: Ctx, i: number): RawDate | null {
  const { tokens } = ctx;
  let j = i;
  const lead = core(w(tokens[i]), (c) => ["يوم", "يومي", "من", "بين", "ال"].includes(c));
  if (lead) j++;
  if (lead?.c === "ال" && tokens[j]?.spaceBefore) return null;
  let d1 = dayAt(tokens, j);
  const dayTok = j;
  if (d1 === null) {
    // an ordinal day needs "من" and a month after it: "الأول من يناير"
    const ord = ordinalDayAt(tokens, j);
    if (!ord || lead || w(tokens[ord.next]) !== "من" || !monthAt(tokens, ord.next + 1)) return null;
    d1 = ord.day;
    j = ord.next - 1;
  }
  j++;
  let d2: number | undefined;
  const sep = tokens[j];
  if ((w(sep) && ["و", "الي", "حتي"].includes(w(sep)!)) || punct(sep, /^[-–]$/)) {
    const d = dayAt(tokens, j + 1);
    if (d !== null && d > d1) {
      d2 = d;
      j += 2;
    }
  }
  if (lead?.c === "يومي" && d2 === undefined) return null;
  if (w(tokens[j]) === "من" && (monthAt(tokens, j + 1) || w(tokens[j + 1]) === "شهر")) j++;
  if (w(tokens[j]) === "شهر") j++;
  const m = monthSpecAt(tokens, j);
  if (!m || m.cut > 0) return null;
  j = m.next;
  if (!validDay(undefined, m.month, d2 ?? d1)) return null;
  const keepLead = lead && (lead.c === "يوم" || lead.c === "يومي" || lead.c === "ال" || (d2 !== undefined && (lead.c === "من" || lead.c === "بين")));
  const first = keepLead ? i : dayTok;
  const start = keepLead ? tokens[i]!.start + lead!.cut : tokens[dayTok]!.start;
  const parts = { start: { month: m.month, day: d1 }, ...(d2 !== undefined ? { end: { month: m.month, day: d2 } } : {}) };
  const yp = yearPartAt(tokens, j);
  if (yp) {
    ctx.lastYear = yp.year;
    const s = { year: yp.year, month: m.month, day: d1 };
    return { first, next: yp.next, start, end: tokens[yp.next - 1]!.end, value: stated(s, d2 !== undefined ? { ...s, day: d2 } : undefined) };
  }
  const rel = relAt(tokens, j);
  const next = rel !== null ? j + 1 : j;
  return { first, next, start, end: tokens[next - 1]!.end, value: relativeYear(ctx, parts, yearForMonth(m.month, rel)) };
}

/** One month-led date without ranges: "أكتوبر 2006", "شهر غشت", "فبراير الماضي", "ابريل 20, 2023". */
function monthDate(ctx: Ctx, i: number): (RawDate & { hasYear: boolean; context: boolean; month: number }) | null {
  const { tokens } = ctx;
  let j = i;
  const shahr = core(w(tokens[i]), (c) => c === "شهر" || c === "شهري");
  if (shahr) j++;
  const m = monthSpecAt(tokens, j);
  if (!m || (shahr && m.cut > 0)) return null;
  const first = i;
  const start = shahr ? tokens[i]!.start + shahr.cut : tokens[j]!.start + m.cut;
  j = m.next;
  const combined = m.combined;
  // English order: "ابريل 20, 2023"
  const d = dayAt(tokens, j);
  if (d !== null && punct(tokens[j + 1], /^[,،]$/)) {
    const y = yearAt(tokens, j + 2);
    if (y !== null && validDay(y, m.month, d)) {
      ctx.lastYear = y;
      return { first, next: j + 3, start, end: tokens[j + 2]!.end, value: stated({ year: y, month: m.month, day: d }), hasYear: true, context: true, month: m.month };
    }
  }
  const yp = yearPartAt(tokens, j);
  if (yp) {
    ctx.lastYear = yp.year;
    return { first, next: yp.next, start, end: tokens[yp.next - 1]!.end, value: stated({ year: yp.year, month: m.month }), hasYear: true, context: true, month: m.month };
  }
  const same = sameYearAt(tokens, j);
  if (same !== null && ctx.lastYear !== undefined) {
    return { first, next: same, start, end: tokens[same - 1]!.end, value: stated({ year: ctx.lastYear, month: m.month }), hasYear: true, context: true, month: m.month };
  }
  const rel = relAt(tokens, j);
  const next = rel !== null ? j + 1 : j;
  const value = relativeYear(ctx, { start: { month: m.month } }, yearForMonth(m.month, rel));
  return { first, next, start, end: tokens[next - 1]!.end, value, hasYear: false, context: !!shahr || combined || rel !== null || !m.strict, month: m.month };
}

/** Month-led dates and month ranges: "بين ماي وأوت 2024", "من نوفمبر 2023 إلى جويلية 2024". */
function monthLed(ctx: Ctx, i: number): RawDate | null {
  const { tokens } = ctx;
  const a = monthDate(ctx, i);
  if (!a) return null;
  const leader = core(w(tokens[i - 1]), (c) => c === "بين" || c === "من");
  const sep = tokens[a.next];
  let bAt: number | null = null;
  if (leader && w(sep) && ["الي", "حتي"].includes(w(sep)!)) bAt = a.next + 1;
  else if (leader && punct(sep, /^[-–]$/)) bAt = a.next + 1;
  else if (leader?.c === "بين" && w(sep)?.startsWith("و") && monthAt(tokens, a.next)?.cut === 1) bAt = a.next;
  const b = bAt !== null ? monthDate(ctx, bAt) : null;
  if (b && (a.context || b.context) && b.hasYear === true && b.value.start) {
    const bStart = b.value.start;
    const aStart: PartialDate | null = a.hasYear ? a.value.start : { year: bStart.year, month: a.month };
    if (aStart && (aStart.year * 12 + (aStart.month ?? 1)) <= (bStart.year * 12 + (bStart.month ?? 12))) {
      return { first: i - 1, next: b.next, start: tokens[i - 1]!.start + leader!.cut, end: b.end, value: stated(aStart, bStart) };
    }
  }
  if (!a.context) return null;
  return { first: a.first, next: a.next, start: a.start, end: a.end, value: a.value };
}

/** Whether a bare four-digit number is a year: nothing after it makes it a count or an amount, nothing before it a code ("RQ-20"). */
function bareYearOk(tokens: Token[], j: number): boolean {
  if (measureAfter(tokens, j + 1, true)) return false;
  const before = tokens[j - 1];
  if (before && !tokens[j]!.spaceBefore && (before.type === "latin" || before.type === "num" || punct(before, /^[-$€£.,/]$/))) return false;
  if (before?.type === "punct" && /^[-/]$/.test(before.text) && tokens[j - 2]?.type === "latin") return false;
  const after = tokens[j + 1];
  if (after && !after.spaceBefore && punct(after, /^[-/:.]$/) && tokens[j + 2]?.type === "num") return false;
  if (w(before) === "رقم") return false;
  return true;
}

/** "عام 2023", "بين عامي 2022 و2023", "2024", "من 2020 إلى 2023". */
function yearLed(ctx: Ctx, i: number): RawDate | null {
  const { tokens } = ctx;
  let j = i;
  const kw = core(w(tokens[i]), (c) => YEAR_WORDS.has(c) || DUAL_YEAR_WORDS.has(c));
  if (kw) j++;
  const y1 = yearAt(tokens, j);
  if (y1 === null) return null;
  if (!kw && !bareYearOk(tokens, j)) return null;
  const yTok = j;
  j++;
  let y2: number | null = null;
  const sep = tokens[j];
  if ((w(sep) && ["و", "الي", "حتي"].includes(w(sep)!)) || punct(sep, /^[-–]$/)) {
    let k = j + 1;
    if (YEAR_WORDS.has(w(tokens[k]) ?? "")) k++;
    const y = yearAt(tokens, k);
    if (y !== null && y > y1 && (w(sep) !== "و" || (kw && DUAL_YEAR_WORDS.has(kw.c)) || core(w(tokens[i - 1]), (c) => c === "بين"))) {
      y2 = y;
      j = k + 1;
    }
  }
  if (kw && DUAL_YEAR_WORDS.has(kw.c) && y2 === null) return null;
  const leader = core(w(tokens[i - 1]), (c) => c === "بين" || c === "من");
  const withLeader = y2 !== null && leader;
  const first = withLeader ? i - 1 : kw ? i : yTok;
  const start = withLeader ? tokens[i - 1]!.start + leader!.cut : kw ? tokens[i]!.start + kw.cut : tokens[yTok]!.start;
  ctx.lastYear = y2 ?? y1;
  return { first, next: j, start, end: tokens[j - 1]!.end, value: stated({ year: y1 }, y2 !== null ? { year: y2 } : undefined) };
}

/** 2024-11-03, 2025/10/27, ٠٥/٠٣/٢٠٢٤ (day first), 05.03.2024. */
function numericDate(tokens: Token[], i: number): RawDate | null {
  const t = tokens[i];
  if (t?.type !== "num") return null;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t.text);
  if (dotted) {
    const [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
    return validDay(y, m, d) && y >= 1900 && y <= 2100 ? { first: i, next: i + 1, start: t.start, end: t.end, value: stated({ year: y, month: m, day: d }) } : null;
  }
  const glued = (k: number): boolean => !!tokens[k] && !tokens[k]!.spaceBefore;
  if (!(glued(i + 1) && glued(i + 2) && glued(i + 3) && glued(i + 4))) return null;
  const s1 = tokens[i + 1]!;
  const s2 = tokens[i + 3]!;
  if (s1.type !== "punct" || s1.text !== s2.text || !/^[-/.]$/.test(s1.text)) return null;
  const b = tokens[i + 2]!;
  const c = tokens[i + 4]!;
  if (b.type !== "num" || c.type !== "num") return null;
  let y: number, m: number, d: number;
  if (/^\d{4}$/.test(t.text) && /^\d{1,2}$/.test(b.text) && /^\d{1,2}$/.test(c.text)) [y, m, d] = [Number(t.text), Number(b.text), Number(c.text)];
  else if (/^\d{1,2}$/.test(t.text) && /^\d{1,2}$/.test(b.text) && /^\d{4}$/.test(c.text)) [d, m, y] = [Number(t.text), Number(b.text), Number(c.text)];
  else return null;
  if (y < 1900 || y > 2100 || !validDay(y, m, d)) return null;
  return { first: i, next: i + 5, start: t.start, end: c.end, value: stated({ year: y, month: m, day: d }) };
}

const CENTURY_21 = (tokens: Token[], k: number): number | null => {
  // "القرن الحادي والعشرين" / "القرن الحالي" → 2000; "القرن العشرين" / "القرن الماضي" → 1900
  if (w(tokens[k]) !== "القرن") return null;
  const a = w(tokens[k + 1]);
  if (a === "الحادي" && w(tokens[k + 2]) === "والعشرين") return 2000;
  if (a === "الحالي") return 2000;
  if (a === "العشرين" || a === "الماضي") return 1900;
  return null;
};
const centuryLength = (tokens: Token[], k: number): number => (w(tokens[k + 1]) === "الحادي" ? 3 : 2);

/** "السبعينيات", "العشرينيات والثلاثينيات من القرن العشرين", "ثمانينيات القرن الماضي". */
function decadeLed(ctx: Ctx, i: number): RawDate | null {
  const { tokens } = ctx;
  const d1 = core(w(tokens[i]), (c) => (c.startsWith("ال") ? c.slice(2) : c) in DECADES);
  if (!d1) return null;
  const dec1 = DECADES[d1.c.replace(/^ال/, "")]!;
  let j = i + 1;
  let dec2 = dec1;
  const n2 = w(tokens[j]);
  if (n2?.startsWith("و") && n2.slice(1).replace(/^ال/, "") in DECADES) {
    const d = DECADES[n2.slice(1).replace(/^ال/, "")]!;
    if (d > dec1) {
      dec2 = d;
      j++;
    }
  }
  let century = 1900;
  const k = w(tokens[j]) === "من" ? j + 1 : j;
  const c = CENTURY_21(tokens, k);
  if (c !== null) {
    century = c;
    j = k + centuryLength(tokens, k);
  }
  return { first: i, next: j, start: tokens[i]!.start + d1.cut, end: tokens[j - 1]!.end, value: stated({ year: century + dec1 }, { year: century + dec2 + 9 }) };
}

/** "العقد الأول من القرن الحادي والعشرين". */
function decadeOfCentury(ctx: Ctx, i: number): RawDate | null {
  const { tokens } = ctx;
  if (w(tokens[i]) !== "العقد") return null;
  const ord = ORDINALS[w(tokens[i + 1]) ?? ""];
  if (!ord) return null;
  const k = w(tokens[i + 2]) === "من" ? i + 3 : i + 2;
  const c = CENTURY_21(tokens, k);
  if (c === null) return null;
  const next = k + centuryLength(tokens, k);
  const from = c + (ord - 1) * 10;
  return { first: i, next, start: tokens[i]!.start, end: tokens[next - 1]!.end, value: stated({ year: from }, { year: from + 9 }) };
}

const PLURAL_REL: Record<string, -1 | 1> = {
  الماضيين: -1, الماضيتين: -1, الاخيرين: -1, الاخيرتين: -1, المنصرمين: -1, الماضيه: -1, الاخيره: -1, المنصرمه: -1,
  المقبلين: 1, المقبلتين: 1, القادمين: 1, القادمتين: 1, المقبله: 1, القادمه: 1,
};

function periodRange(ctx: Ctx, unit: "week" | "month" | "year", n: number, dir: -1 | 1): DateValue {
  const pub = ctx.pub;
  if (!pub) return relative(ctx, null);
  if (unit === "year") {
    const [a, b] = dir < 0 ? [pub.year - n, pub.year] : [pub.year, pub.year + n];
    return relative(ctx, { year: a }, { year: b });
  }
  if (unit === "month") {
    if (pub.month === undefined) return relative(ctx, null);
    const other = addMonths(pub.year, pub.month, dir * n);
    const [a, b] = dir < 0 ? [other, { year: pub.year, month: pub.month }] : [{ year: pub.year, month: pub.month }, other];
    return relative(ctx, a, b);
  }
  const f = full(pub);
  if (!f) return relative(ctx, null);
  const other = addDays(f, dir * 7 * n);
  const [a, b] = dir < 0 ? [other, f] : [f, other];
  return relative(ctx, a, b);
}

function shiftPeriod(ctx: Ctx, unit: "day" | "week" | "month" | "year", offset: number): DateValue {
  const pub = ctx.pub;
  if (!pub) return relative(ctx, null);
  if (unit === "year") return relative(ctx, { year: pub.year + offset });
  if (unit === "month") return pub.month === undefined ? relative(ctx, null) : relative(ctx, addMonths(pub.year, pub.month, offset));
  const f = full(pub);
  if (!f) return relative(ctx, null);
  if (unit === "day") return relative(ctx, addDays(f, offset));
  const wk = isoWeek(f, offset);
  return relative(ctx, wk.start, wk.end);
}

/** Words that make "اليوم" a day other than today ("في نفس اليوم", "اليوم التالي") or a day of something. */
const NOT_TODAY_BEFORE = new Set(["نفس", "ذات", "ذلك", "ذاك", "هذا", "اخر", "منذ"]);

/** "أمس", "الشهر الماضي", "هذا العام", "العامين الماضيين", "السنوات الثلاث المقبلة", "الربع الأول من العام الجاري". */
function relativeLed(ctx: Ctx, i: number): RawDate | null {
  const { tokens } = ctx;
  const t = tokens[i];
  const word = w(t);
  if (!t || !word) return null;
  const done = (next: number, cut: number, value: DateValue): RawDate => ({ first: i, next, start: t.start + cut, end: tokens[next - 1]!.end, value });

  const day = core(word, (c) => ["امس", "البارحه", "غدا", "اليوم"].includes(c));
  if (day) {
    if (day.c === "اليوم") {
      const after = w(tokens[i + 1]);
      if (NOT_TODAY_BEFORE.has(w(tokens[i - 1]) ?? "") || (after && (after.startsWith("ال") || after === "من")) || w(tokens[i - 1]) === "في" && day.cut === 0 && tokens[i - 2] && measureAfter(tokens, i - 2)) return null;
    }
    if (day.c === "امس" && w(tokens[i - 1]) === "اول") return done(i + 1, 0, shiftPeriod(ctx, "day", -2));
    const offset = day.c === "اليوم" ? 0 : day.c === "غدا" ? 1 : -1;
    return done(i + 1, day.cut, shiftPeriod(ctx, "day", offset));
  }
  // "هذا العام", "هذه السنة"
  if (core(word, (c) => c === "هذا" || c === "هذه")) {
    const p = PERIODS[w(tokens[i + 1]) ?? ""];
    if (p) return done(i + 2, core(word, (c) => c === "هذا" || c === "هذه")!.cut, shiftPeriod(ctx, p, 0));
    return null;
  }
  const period = core(word, (c) => c in PERIODS);
  if (period) {
    const rel = relAt(tokens, i + 1);
    if (rel !== null) return done(i + 2, period.cut, shiftPeriod(ctx, PERIODS[period.c]!, rel));
    return null;
  }
  const dual = core(word, (c) => c in DUAL_PERIODS);
  if (dual) {
    const dir = PLURAL_REL[w(tokens[i + 1]) ?? ""];
    if (dir) return done(i + 2, dual.cut, periodRange(ctx, DUAL_PERIODS[dual.c]!, 2, dir));
    return null;
  }
  const plural = core(word, (c) => c in PLURAL_PERIODS);
  if (plural) {
    const countWord = w(tokens[i + 1]);
    const n = countWord && DEFINITE_COUNTS[countWord] ? DEFINITE_COUNTS[countWord] : null;
    const dir = n ? PLURAL_REL[w(tokens[i + 2]) ?? ""] : undefined;
    if (n && dir) return done(i + 3, plural.cut, periodRange(ctx, PLURAL_PERIODS[plural.c]!, n, dir));
    return null;
  }
  // quarters: "الربع الأول من العام الجاري", "الربع الثالث من 2023"
  if (core(word, (c) => c === "الربع")) {
    const q = ORDINALS[w(tokens[i + 1]) ?? ""] ?? (w(tokens[i + 1]) === "الاخير" ? 4 : undefined);
    if (!q || q > 4) return null;
    let k = i + 2;
    if (w(tokens[k]) === "من") k++;
    const yp = yearPartAt(tokens, k);
    const cut = core(word, (c) => c === "الربع")!.cut;
    if (yp) {
      ctx.lastYear = yp.year;
      return done(yp.next, cut, stated({ year: yp.year, month: q * 3 - 2 }, { year: yp.year, month: q * 3 }));
    }
    let next: number | null = null;
    let dir: -1 | 0 | 1 | null = null;
    if (PERIODS[w(tokens[k]) ?? ""] === "year" && relAt(tokens, k + 1) !== null) [next, dir] = [k + 2, relAt(tokens, k + 1)];
    else if ((w(tokens[k]) === "هذا" || w(tokens[k]) === "هذه") && PERIODS[w(tokens[k + 1]) ?? ""] === "year") [next, dir] = [k + 2, 0];
    if (next === null || dir === null) return null;
    const d = dir;
    return done(next, cut, relativeYear(ctx, { start: { month: q * 3 - 2 }, end: { month: q * 3 } }, (pub) => pub.year + d));
  }
  return null;
}

/**
 * Every date in the tokens. Explicit dates first (they may hold numbers the measures
 * would otherwise read); relative expressions are read by `findRelativeDates` after the
 * measures, so that "في اليوم" after a unit is a rate, not today.
 */
export function findExplicitDates(tokens: Token[], pub: PartialDate | null, taken: boolean[]): RawDate[] {
  const ctx: Ctx = { tokens, pub };
  const out: RawDate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const hit = numericDate(tokens, i) ?? dayLed(ctx, i) ?? monthLed(ctx, i) ?? decadeOfCentury(ctx, i) ?? decadeLed(ctx, i) ?? yearLed(ctx, i);
    if (!hit || taken.slice(Math.max(hit.first, 0), hit.next).some(Boolean)) continue;
    out.push(hit);
    for (let k = hit.first; k < hit.next; k++) taken[k] = true;
    i = hit.next - 1;
  }
  return out;
}

export function findRelativeDates(tokens: Token[], pub: PartialDate | null, taken: boolean[]): RawDate[] {
  const ctx: Ctx = { tokens, pub };
  const out: RawDate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const hit = relativeLed(ctx, i);
    if (!hit || taken.slice(hit.first, hit.next).some(Boolean)) continue;
    out.push(hit);
    for (let k = hit.first; k < hit.next; k++) taken[k] = true;
    i = hit.next - 1;
  }
  return out;
}
