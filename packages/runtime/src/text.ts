/** Text helpers shared by the span checks and search normalisation. */

const ARABIC_INDIC = /[\u0660-\u0669]/g;
const EXTENDED_ARABIC_INDIC = /[\u06F0-\u06F9]/g;

/** Arabic-Indic and Persian digits to Western ones; Arabic decimal/thousands separators to "." and ",". */
export function westernDigits(s: string): string {
  return s
    .replace(ARABIC_INDIC, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(EXTENDED_ARABIC_INDIC, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066B/g, ".")
    .replace(/\u066C/g, ",");
}

/**
 * Folds Arabic spelling variants so search matches regardless of hamza/alef forms,
 * ta marbuta, alef maqsura, tatweel and diacritics; Latin text is lower-cased and
 * stripped of accents.
 */
export function foldForSearch(s: string): string {
  return westernDigits(s)
    .normalize("NFKD")
    .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED]/g, "") // harakat, dagger alef, Quranic marks
    .replace(/\u0640/g, "") // tatweel
    .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627") // آ أ إ ٱ -> ا
    .replace(/\u0624/g, "\u0648") // ؤ -> و
    .replace(/\u0626/g, "\u064A") // ئ -> ي
    .replace(/\u0629/g, "\u0647") // ة -> ه
    .replace(/\u0649/g, "\u064A") // ى -> ي
    .replace(/\u0621/g, "") // lone hamza
    .replace(/[\u0300-\u036f]/g, "") // Latin combining accents
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
