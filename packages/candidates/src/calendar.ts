/**
 * Calendar words (folded spellings) and the arithmetic that resolves relative dates
 * against a publication date.
 */
import type { PartialDate } from "./types";

export interface MonthWord {
  month: number;
  /** Also an ordinary word (آب "father", مارس "practised", ماي, جوان, تموز, نيسان…): needs a date around it. */
  strict?: boolean;
}

/** One-word month names: Egyptian/Gulf (يناير…), Levantine (شباط…), Algerian/Tunisian (جانفي…), Moroccan (يوليوز، غشت، شتنبر…). */
export const MONTHS: Record<string, MonthWord> = {
  يناير: { month: 1 }, جانفي: { month: 1 },
  فبراير: { month: 2 }, فيفري: { month: 2 }, شباط: { month: 2, strict: true },
  مارس: { month: 3, strict: true }, اذار: { month: 3, strict: true },
  ابريل: { month: 4 }, افريل: { month: 4 }, نيسان: { month: 4, strict: true },
  مايو: { month: 5 }, ماي: { month: 5, strict: true }, ايار: { month: 5, strict: true },
  يونيو: { month: 6 }, يونيه: { month: 6 }, جوان: { month: 6, strict: true }, حزيران: { month: 6 },
  يوليو: { month: 7 }, يوليه: { month: 7 }, جويليه: { month: 7 }, يوليوز: { month: 7 }, تموز: { month: 7, strict: true },
  اغسطس: { month: 8 }, اغسطوس: { month: 8 }, اوت: { month: 8, strict: true }, غشت: { month: 8 }, اب: { month: 8, strict: true },
  سبتمبر: { month: 9 }, شتنبر: { month: 9 }, ايلول: { month: 9 },
  اكتوبر: { month: 10 }, اكتوبير: { month: 10 },
  نوفمبر: { month: 11 }, نونبر: { month: 11 },
  ديسمبر: { month: 12 }, دجنبر: { month: 12 }, دسمبر: { month: 12 },
};
/** Two-word Levantine months: تشرين الأول/الثاني، كانون الأول/الثاني. */
export const MONTHS2: Record<string, Record<string, number>> = {
  تشرين: { الاول: 10, اول: 10, الثاني: 11, ثاني: 11 },
  كانون: { الاول: 12, اول: 12, الثاني: 1, ثاني: 1 },
};

/** "الماضي" and its kin after a month or a period word: which way it points. */
export const RELATIVE_WORDS: Record<string, -1 | 0 | 1> = {
  الماضي: -1, الماضيه: -1, المنصرم: -1, المنصرمه: -1, الفائت: -1, الفائته: -1, المنقضي: -1, المنقضيه: -1,
  المقبل: 1, المقبله: 1, القادم: 1, القادمه: 1,
  الحالي: 0, الحاليه: 0, الجاري: 0, الجاريه: 0,
};
/** Period words that take a relative word: الأسبوع/الشهر/العام/السنة. */
export const PERIODS: Record<string, "week" | "month" | "year"> = { الاسبوع: "week", الشهر: "month", العام: "year", السنه: "year" };
/** Plural period words for "the past/next N …". */
export const PLURAL_PERIODS: Record<string, "week" | "month" | "year"> = {
  الاسابيع: "week", الاشهر: "month", الشهور: "month", الاعوام: "year", السنوات: "year", السنين: "year",
};
/** Dual period words: "العامين الماضيين". */
export const DUAL_PERIODS: Record<string, "week" | "month" | "year"> = {
  الاسبوعين: "week", الشهرين: "month", العامين: "year", السنتين: "year",
};
/** Definite counting words after a plural period ("السنوات الثلاث"). */
export const DEFINITE_COUNTS: Record<string, number> = {
  الثلاث: 3, الثلاثه: 3, الاربع: 4, الاربعه: 4, الخمس: 5, الخمسه: 5, الست: 6, السته: 6, السبع: 7, السبعه: 7,
  الثماني: 8, الثمانيه: 8, التسع: 9, التسعه: 9, العشر: 10, العشره: 10,
};
/** Decades: the year they start in the twentieth century (or the twenty-first when the text says so). */
export const DECADES: Record<string, number> = {
  عشرينيات: 20, عشرينات: 20, ثلاثينيات: 30, ثلاثينات: 30, اربعينيات: 40, اربعينات: 40, خمسينيات: 50, خمسينات: 50,
  ستينيات: 60, ستينات: 60, سبعينيات: 70, سبعينات: 70, ثمانينيات: 80, ثمانينات: 80, تسعينيات: 90, تسعينات: 90,
};
/** Ordinal day words before "من" + month: "الأول من يناير", "الحادي والعشرين من". Multi-word ones keyed by their words. */
export const DAY_ORDINALS: Record<string, number> = {
  الاول: 1, الثاني: 2, الثالث: 3, الرابع: 4, الخامس: 5, السادس: 6, السابع: 7, الثامن: 8, التاسع: 9, العاشر: 10,
  "الحادي عشر": 11, "الثاني عشر": 12, "الثالث عشر": 13, "الرابع عشر": 14, "الخامس عشر": 15, "السادس عشر": 16,
  "السابع عشر": 17, "الثامن عشر": 18, "التاسع عشر": 19, العشرين: 20, الثلاثين: 30, "الحادي والثلاثين": 31,
  "الحادي والعشرين": 21, "الثاني والعشرين": 22, "الثالث والعشرين": 23, "الرابع والعشرين": 24, "الخامس والعشرين": 25,
  "السادس والعشرين": 26, "السابع والعشرين": 27, "الثامن والعشرين": 28, "التاسع والعشرين": 29,
};

export const ORDINALS: Record<string, number> = {
  الاول: 1, الثاني: 2, الثالث: 3, الرابع: 4, الخامس: 5, السادس: 6, السابع: 7, الثامن: 8, التاسع: 9, العاشر: 10,
};

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const pad = (d: Date): Ymd => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

export function addDays(p: Ymd, days: number): Ymd {
  const d = utc(p.year, p.month, p.day);
  d.setUTCDate(d.getUTCDate() + days);
  return pad(d);
}

export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const idx = year * 12 + (month - 1) + delta;
  return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
}

/** The ISO week (Monday to Sunday) `weeks` weeks from the one holding `p`. */
export function isoWeek(p: Ymd, weeks: number): { start: Ymd; end: Ymd } {
  const d = utc(p.year, p.month, p.day);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  const monday = addDays(p, -weekday + 7 * weeks);
  return { start: monday, end: addDays(monday, 6) };
}

export const full = (p: PartialDate | null | undefined): Ymd | null =>
  p && p.month !== undefined && p.day !== undefined ? { year: p.year, month: p.month, day: p.day } : null;

export function validDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate(); // leap year when the year is unknown
  return day <= days;
}
