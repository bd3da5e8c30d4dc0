/**
 * Numbers as Arabic writes them, read off skeleton tokens (text.ts): Western or
 * Arabic-Indic digits with thousands separators (, ٬ .) or a decimal comma/point/٫, number
 * words (ثلاثة، خمسة وعشرين، مئة وعشرين، اثني عشر), scales in the singular, dual and plural
 * (ألف/ألفين/آلاف، مليون/مليوني/ملايين، مليار/ملياري/مليارات) and "ونصف". Values are built
 * from decimal strings with an exponent so that 1.2 مليار is exactly 1200000000.
 */
import type { Token } from "./text";

/** Single-word number words (folded spelling) and their values. */
const UNITS: Record<string, number> = {
  واحد: 1, واحده: 1, احد: 1, احدي: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2,
  ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7,
  ثمان: 8, ثماني: 8, ثمانيه: 8, تسع: 9, تسعه: 9, عشر: 10, عشره: 10,
};
const TENS: Record<string, number> = {
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50,
  ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
};
const HUNDREDS: Record<string, number> = { مئه: 100, مائه: 100, مئتان: 200, مئتين: 200, مائتان: 200, مائتين: 200, مئتا: 200, مئتي: 200, مائتا: 200, مائتي: 200 };
for (const [w, n] of Object.entries({ ثلاث: 3, اربع: 4, خمس: 5, ست: 6, سبع: 7, ثمان: 8, تسع: 9 })) {
  HUNDREDS[`${w}مئه`] = n * 100;
  HUNDREDS[`${w}مائه`] = n * 100;
}
/** Scale words: power of ten, and whether the form is plural (after 3–10) or dual (two of them). */
const SCALES: Record<string, { exp: number; dual?: boolean; plural?: boolean }> = {
  الف: { exp: 3 }, الفا: { exp: 3 }, الاف: { exp: 3, plural: true }, الوف: { exp: 3, plural: true },
  الفان: { exp: 3, dual: true }, الفين: { exp: 3, dual: true }, الفي: { exp: 3, dual: true },
  مليون: { exp: 6 }, مليونا: { exp: 6 }, ملايين: { exp: 6, plural: true },
  مليونان: { exp: 6, dual: true }, مليونين: { exp: 6, dual: true }, مليوني: { exp: 6, dual: true },
  مليار: { exp: 9 }, مليارا: { exp: 9 }, مليارات: { exp: 9, plural: true }, بليون: { exp: 9 }, بلايين: { exp: 9, plural: true },
  ملياران: { exp: 9, dual: true }, مليارين: { exp: 9, dual: true }, ملياري: { exp: 9, dual: true },
  تريليون: { exp: 12 }, ترليون: { exp: 12 }, تريليونات: { exp: 12, plural: true },
};
/** "عشرات/مئات" (tens/hundreds of): a lower bound, not a count. */
const VAGUE: Record<string, number> = { عشرات: 10, مئات: 100 };

/** Prefix letters a number word may carry: و، ف (and), ب (by/for), ل (to), ك (as). */
const WORD_PREFIX = /^(?:[وف]?[بلك]?)/;

export interface NumberExpr {
  /** Token range [first, last + 1). */
  first: number;
  next: number;
  /** Skeleton span of the number, after any prefix letter on its first word. */
  start: number;
  end: number;
  value: number;
  /** Decimal string and power of ten, when the caller needs to rescale (a range's shared scale). */
  mantissa: string;
  exp: number;
  /** Written in words (or a bare scale word). */
  words: boolean;
  /** A scale word was read ("مليار"); a range's first half without one borrows the second's. */
  scaled: boolean;
  /** "عشرات/مئات/آلاف/ملايين" without a count: the value is a lower bound. */
  vague: boolean;
}

const num = (mantissa: string, exp: number): number => Number(`${mantissa}e${exp}`);

/** A word's number-word reading after stripping prefix letters, with how many letters were stripped. */
function stripPrefix(word: string, table: (w: string) => boolean): { core: string; cut: number } | null {
  if (table(word)) return { core: word, cut: 0 };
  const p = WORD_PREFIX.exec(word)?.[0] ?? "";
  for (let cut = p.length; cut > 0; cut--) {
    const core = word.slice(cut);
    if (table(core)) return { core, cut };
  }
  return null;
}

const isNumberWord = (w: string): boolean => w in UNITS || w in TENS || w in HUNDREDS || w in SCALES || w in VAGUE || w === "نصف";

/**
 * The digits of a number token as a plain decimal string, or null when the separators
 * make no number. `beforeScale`: a single "." group of three digits ("4.400 مليار") is a
 * decimal point before a scale word and a thousands separator otherwise ("1.250 كيلومترا").
 */
export function readDigits(text: string, beforeScale = false): string | null {
  if (/^\d+$/.test(text)) return text;
  if (/^\d{1,3}(?:\u066C\d{3})+$/.test(text)) return text.replace(/\u066C/g, "");
  if (/^\d{1,3}(?:,\d{3})+$/.test(text)) return text.replace(/,/g, "");
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(text)) return text.replace(/\./g, "");
  if (/^\d{1,3}\.\d{3}$/.test(text)) return beforeScale ? text : text.replace(".", "");
  if (/^\d+\.\d+$/.test(text)) return text;
  if (/^\d{1,3},\d{1,2}$/.test(text)) return text.replace(",", ".");
  return null;
}

const scaleOf = (tokens: Token[], i: number): { exp: number; dual?: boolean; plural?: boolean; cut: number } | null => {
  const t = tokens[i];
  if (!t || t.type !== "word") return null;
  const hit = stripPrefix(t.text, (w) => w in SCALES);
  return hit ? { ...SCALES[hit.core]!, cut: hit.cut } : null;
};

/** A run of number words from token i: "خمسة وعشرين", "مئة وعشرين", "اثني عشر", "ثلاث مئة". */
function readWords(tokens: Token[], i: number): { value: number; next: number; cut: number } | null {
  const first = tokens[i];
  if (!first || first.type !== "word") return null;
  const head = stripPrefix(first.text, (w) => w in UNITS || w in TENS || w in HUNDREDS);
  if (!head) return null;
  let total = 0;
  let j = i;
  let core = head.core;
  for (;;) {
    let term: number;
    if (core in HUNDREDS) term = HUNDREDS[core]!;
    else if (core in TENS) term = TENS[core]!;
    else term = UNITS[core]!;
    j++;
    const nextWord = tokens[j]?.type === "word" ? tokens[j]!.text : "";
    if (core in UNITS && UNITS[core]! < 10 && (nextWord === "عشر" || nextWord === "عشره")) {
      term = 10 + UNITS[core]!; // اثنا عشر، ثلاثة عشر
      j++;
    } else if (core in UNITS && UNITS[core]! < 10 && (nextWord === "مئه" || nextWord === "مائه")) {
      term = UNITS[core]! * 100; // ثلاث مئة
      j++;
    }
    total += term;
    const cont = tokens[j];
    if (cont?.type !== "word" || !cont.text.startsWith("و")) break;
    const rest = cont.text.slice(1);
    if (!(rest in UNITS || rest in TENS || rest in HUNDREDS) || rest === "احد" || rest === "احدي") break;
    core = rest;
  }
  return { value: total, next: j, cut: head.cut };
}

/**
 * The number that starts at token i, or null. Reads a core (digits, number words, "نصف",
 * or nothing before a bare scale word), scale words, and a trailing "ونصف"/"وربع".
 */
export function readNumber(tokens: Token[], i: number): NumberExpr | null {
  const t = tokens[i];
  if (!t) return null;
  let mantissa: string;
  let exp = 0;
  let next: number;
  let cut = 0;
  let words = false;
  let scaled = false;
  let vague = false;

  if (t.type === "num") {
    // digits glued to a following ":" are a clock time; to "/" or "-" a numeric date (dates.ts)
    const after = tokens[i + 1];
    if (after && !after.spaceBefore && after.type === "punct" && /[:/]/.test(after.text) && tokens[i + 2]?.type === "num") return null;
    const beforeScale = !!scaleOf(tokens, i + 1);
    const digits = readDigits(t.text, beforeScale);
    if (digits === null) return null;
    mantissa = digits;
    next = i + 1;
  } else if (t.type === "word") {
    const w = readWords(tokens, i);
    const vagueHit = stripPrefix(t.text, (x) => x in VAGUE);
    const half = stripPrefix(t.text, (x) => x === "نصف");
    if (w) {
      mantissa = String(w.value);
      next = w.next;
      cut = w.cut;
    } else if (vagueHit) {
      mantissa = String(VAGUE[vagueHit.core]!);
      next = i + 1;
      cut = vagueHit.cut;
      vague = true;
      // عشرات الآلاف، مئات الملايين: "tens of thousands"
      const sc = tokens[next]?.type === "word" && tokens[next]!.text.startsWith("ال") ? SCALES[tokens[next]!.text.slice(2)] : undefined;
      if (sc) {
        exp += sc.exp;
        next++;
        scaled = true;
      }
    } else if (half) {
      mantissa = "0.5";
      next = i + 1;
      cut = half.cut;
    } else {
      const sc = scaleOf(tokens, i);
      if (!sc) return null;
      // a bare scale word: "مليار دولار" is one billion, "ملياري" two, "ملايين الدولارات" some millions
      mantissa = sc.dual ? "2" : "1";
      vague = !!sc.plural;
      exp = sc.exp;
      cut = sc.cut;
      next = i + 1;
      scaled = true;
    }
    words = true;
  } else return null;

  // scale words after the core: "4.4 مليارات", "ثلاثة ملايين", "مئتي مليون"
  for (;;) {
    const tok = tokens[next];
    if (!tok || tok.type !== "word") break;
    const sc = SCALES[tok.text];
    if (!sc || sc.dual) break;
    exp += sc.exp;
    next++;
    scaled = true;
  }
  // a smaller scale joined by "و": "7 مليارات و800 مليون", "مليون ومئتي ألف"
  for (;;) {
    const conj = tokens[next];
    if (!scaled || conj?.type !== "word") break;
    const at = conj.text === "و" && tokens[next + 1]?.type === "num" ? next + 1 : conj.text.startsWith("و") && conj.text.length > 1 ? next : -1;
    const sub = at >= 0 ? readNumber(tokens, at) : null;
    if (!sub || !sub.scaled || sub.vague || sub.exp >= exp) break;
    const total = num(mantissa, exp) + sub.value;
    mantissa = String(total / num("1", exp));
    next = sub.next;
  }
  // "ونصف" / "وربع" (a half / a quarter of the scale), optionally "ونصف المليار"
  const frac = tokens[next];
  if (frac?.type === "word" && (frac.text === "ونصف" || frac.text === "وربع")) {
    const part = frac.text === "ونصف" ? 0.5 : 0.25;
    const base = num(mantissa, exp);
    const unit = exp > 0 ? num("1", exp) : 1;
    const total = base + part * unit;
    mantissa = String(total / (exp > 0 ? unit : 1));
    next++;
    const tail = tokens[next];
    if (tail?.type === "word" && tail.text.startsWith("ال") && SCALES[tail.text.slice(2)]?.exp === exp) next++;
  }
  const last = tokens[next - 1]!;
  return {
    first: i,
    next,
    start: t.start + cut,
    end: last.end,
    value: num(mantissa, exp),
    mantissa,
    exp,
    words,
    scaled,
    vague,
  };
}

/** Whether a word (folded, prefix letters allowed) can start a number. */
export function startsNumber(word: string): boolean {
  return !!stripPrefix(word, isNumberWord);
}

/** A number with another scale (a range's first half borrowing its second half's "مليارات"). */
export function rescaled(n: NumberExpr, exp: number): number {
  return num(n.mantissa, n.exp + exp);
}
