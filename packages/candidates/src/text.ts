/**
 * The matching skeleton of a text: diacritics, tatweel and invisible marks removed,
 * spelling variants folded (أ إ آ ٱ → ا, ى → ي, ة → ه, Persian ک ی → ك ي), Arabic-Indic
 * digits made Western, ٫ made ".", ٪ made "%". Every matcher runs on the skeleton;
 * `toOriginal` turns a skeleton span back into a span of the text as given, so the
 * offsets candidates carry are the caller's JavaScript string indices.
 */

export interface Skeleton {
  /** The folded text. */
  s: string;
  /** For each skeleton index, the index of the same character in the original text. */
  map: number[];
  original: string;
}

const DROPPED = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u061C\uFEFF]/;
/** Marks that belong to the letter before them: a span ending on that letter takes them along. */
const COMBINING = /[\u064B-\u065F\u0670\u06D6-\u06ED]/;

const FOLD: Record<string, string> = {
  "\u0622": "\u0627", // آ
  "\u0623": "\u0627", // أ
  "\u0625": "\u0627", // إ
  "\u0671": "\u0627", // ٱ
  "\u0649": "\u064A", // ى
  "\u0629": "\u0647", // ة
  "\u06A9": "\u0643", // ک
  "\u06CC": "\u064A", // ی
  "\u066B": ".", // Arabic decimal separator
  "\u066A": "%", // Arabic percent sign
};

/** One character folded for matching (digits to Western), or "" when it is dropped. */
export function foldChar(c: string): string {
  if (DROPPED.test(c)) return "";
  const code = c.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return FOLD[c] ?? c;
}

/** A string folded the way the skeleton is (for lexicon entries). */
export function fold(text: string): string {
  let out = "";
  for (const c of text) out += foldChar(c);
  return out.replace(/\s+/g, " ").trim();
}

export function skeleton(original: string): Skeleton {
  let s = "";
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const f = foldChar(original[i]!);
    if (!f) continue;
    s += f;
    map.push(i);
  }
  return { s, map, original };
}

/** The original-text span of skeleton span [start, end), taking along marks that follow its last letter. */
export function toOriginal(sk: Skeleton, start: number, end: number): { start: number; end: number } {
  const oStart = sk.map[start] ?? sk.original.length;
  let oEnd = end > start ? sk.map[end - 1]! + 1 : oStart;
  while (oEnd < sk.original.length && COMBINING.test(sk.original[oEnd]!)) oEnd++;
  return { start: oStart, end: oEnd };
}

/** Letters of the (folded) Arabic script, for word boundaries: JavaScript's \b knows only ASCII. */
export const AR = "\\u0621-\\u063A\\u0641-\\u064A\\u0671-\\u06D3";
export const AR_LETTER = new RegExp(`[${AR}]`);
export const isArabicLetter = (c: string | undefined): boolean => !!c && AR_LETTER.test(c);

export interface Token {
  /** word: a run of Arabic letters; latin: a run of Latin letters; num: digits with their separators; punct: anything else (not spaces). */
  type: "word" | "latin" | "num" | "punct";
  text: string;
  start: number;
  end: number;
  /** Whether whitespace separates it from the token before. */
  spaceBefore: boolean;
}

const TOKEN = new RegExp(`([${AR}]+)|([A-Za-z]+)|(\\d+(?:[.,\\u066C]\\d+)*)|(\\S)`, "g");

/** The skeleton cut into tokens; offsets are skeleton indices. */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of s.matchAll(TOKEN)) {
    const start = m.index;
    const type: Token["type"] = m[1] ? "word" : m[2] ? "latin" : m[3] ? "num" : "punct";
    out.push({ type, text: m[0], start, end: start + m[0].length, spaceBefore: start > last && /\s/.test(s.slice(last, start)) });
    last = start + m[0].length;
  }
  return out;
}

/** Where URLs lie in the skeleton: numbers there are addresses, not statements (save amounts a slug spells out). */
export function urlSpans(s: string): Array<[number, number]> {
  return [...s.matchAll(/(?:https?:\/\/|www\.)[^\s]+/g)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
}
