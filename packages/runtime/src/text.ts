/** Text helpers shared by the span checks and search normalisation. */
import { Prisma, type PrismaDb } from "@atlas/db";
import { badInput } from "./errors";

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

/** A UTF-16 surrogate without its other half (String.prototype.isWellFormed is ES2024). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether every UTF-16 surrogate in the string is paired. */
export const isWellFormed = (s: string): boolean => !LONE_SURROGATE.test(s);

/**
 * What neither store keeps faithfully in a string (PostgreSQL refuses NUL in text, SQLite's
 * LIKE stops reading at it; a lone surrogate is not Unicode), or null when the string is fine.
 */
export function unstorable(s: string): string | null {
  if (s.includes("\u0000")) return "a NUL character";
  if (!isWellFormed(s)) return "a lone UTF-16 surrogate (not valid Unicode)";
  return null;
}

/**
 * A string argument used to filter (a search, a metric): refused by name when it holds a
 * NUL character (SQLite's LIKE stops reading there, PostgreSQL rejects it) or a lone
 * surrogate (not Unicode; the store's driver cannot encode it). undefined when absent.
 */
export function filterTextArg(argument: string, value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const bad = unstorable(value);
  if (bad) throw badInput(argument, `must not contain ${bad}`);
  return value;
}

/** A search argument, checked (filterTextArg) and folded (foldForSearch); "" when absent or blank. */
export function searchArg(argument: string, value: string | null | undefined): string {
  const text = filterTextArg(argument, value);
  return text ? foldForSearch(text) : "";
}

/** The escape character of likeContainsPattern; a parameter-free literal in both stores' SQL (unlike a backslash). */
export const LIKE_ESCAPE = "!";

/**
 * Whether Prisma's `contains` would not match `text` literally: it builds `LIKE '%text%'`
 * without escaping, so `%` and `_` are wildcards in both stores, and `\` is PostgreSQL's
 * default escape character (SQLite has none).
 */
export function hasLikeMetacharacters(text: string): boolean {
  return /[%_\\]/.test(text);
}

/** `%text%` with `%`, `_` and the escape character escaped, for `LIKE … ESCAPE '!'`: a literal substring match in SQLite and PostgreSQL alike. */
export function likeContainsPattern(text: string): string {
  return `%${text.replace(/[%_!]/g, (c) => LIKE_ESCAPE + c)}%`;
}

/** The name tables a search reads (folded names of countries, people, corridors). */
export type NameTable = "country_name" | "person_name" | "corridor_name";

/**
 * The folded search as a Prisma filter on an entity's `names`, matched literally: Prisma's
 * `contains` leaves `%` and `_` live (LIKE wildcards), so a search holding one is matched
 * with LIKE … ESCAPE '!' instead (one statement), in SQL both stores read alike.
 */
export async function namesMatching(prisma: PrismaDb, table: NameTable, folded: string): Promise<Record<string, unknown>> {
  if (!folded) return {};
  if (!hasLikeMetacharacters(folded)) return { names: { some: { folded: { contains: folded } } } };
  const rows = await prisma.$queryRaw<{ id: number | bigint }[]>(Prisma.sql`SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE folded LIKE ${likeContainsPattern(folded)} ESCAPE '!'`);
  return { names: { some: { id: { in: rows.map((r) => Number(r.id)) } } } };
}
