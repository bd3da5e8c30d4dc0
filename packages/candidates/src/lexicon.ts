/**
 * Country and person lexicons, and the matcher that finds their names in skeleton tokens
 * with the letters Arabic attaches to a word: و ف (and), ب ل ك (by, to, as), ال (the) and
 * their combinations ("وبال", "لل", "فلل", "وكال"). Names are Arabic-script only: Latin
 * spellings would match URLs.
 */
import { fold, type Token } from "./text";

export interface CountrySpelling {
  code: string;
  /** Names as written: "روسيا", "الولايات المتحدة", "جمهورية أذربيجان". */
  names: readonly string[];
  /** Masculine nisba adjectives ("روسي", "أذربيجاني"): their feminine, dual and plural forms are derived. */
  adjectives?: readonly string[];
  /** Forms not derived from an adjective: irregular plurals ("الروس", "الأتراك", "الطاجيك"). */
  demonyms?: readonly string[];
}

export interface PersonSpelling {
  id: string;
  /** Full names and aliases as written ("فلاديمير بوتين", "بوتين", "الرئيس الفرنسي"). */
  names: readonly string[];
}

interface Entry<V> {
  /** Words after the first, folded. */
  rest: string[];
  /** Whether the first word needs "ال", refuses it, or takes either. */
  al: "required" | "forbidden" | "optional";
  value: V;
  /** Names may be glued to a following function word ("إيرانمما"); adjectives are not. */
  gluable: boolean;
}

export interface Lexicon<V> {
  /** First word without "ال", folded → entries. */
  byFirst: Map<string, Entry<V>[]>;
  /** Longest first-word core, to bound the glued-word search. */
  cores: string[];
}

export type CountryLexicon = Lexicon<{ code: string; form: "name" | "adjective" }>;
export type PersonLexicon = Lexicon<{ ids: string[] }>;

const isArabic = (s: string): boolean => /[\u0600-\u06FF]/.test(s);

function add<V>(lex: Lexicon<V>, written: string, al: Entry<V>["al"] | "auto", value: V, gluable: boolean, merge?: (a: V, b: V) => V): void {
  const words = fold(written).split(" ").filter(Boolean);
  if (!words.length) return;
  let first = words[0]!;
  let mode: Entry<V>["al"];
  if (al === "auto") {
    mode = first.startsWith("ال") && first.length > 3 ? "required" : "forbidden";
    if (mode === "required") first = first.slice(2);
  } else mode = al;
  const list = lex.byFirst.get(first) ?? [];
  const rest = words.slice(1);
  const same = list.find((e) => e.al === mode && e.rest.join(" ") === rest.join(" "));
  if (same) {
    if (merge) same.value = merge(same.value, value);
    return;
  }
  list.push({ rest, al: mode, value, gluable });
  lex.byFirst.set(first, list);
}

/** The inflections of a nisba adjective: روسي → روسي، روسية، روسيان، روسيتان، روسيين، روسيون، روسيات… */
export function nisbaForms(adjective: string): string[] {
  const a = fold(adjective).replace(/^ال/, "");
  if (!a.endsWith("ي")) return [a];
  return [a, `${a}ه`, `${a}ان`, `${a}ين`, `${a}ون`, `${a}تان`, `${a}تين`, `${a}ات`];
}

export function buildCountryLexicon(countries: readonly CountrySpelling[]): CountryLexicon {
  const lex: CountryLexicon = { byFirst: new Map(), cores: [] };
  for (const c of countries) {
    for (const n of c.names) if (isArabic(n)) add(lex, n, "auto", { code: c.code, form: "name" }, true);
    for (const a of c.adjectives ?? []) for (const f of nisbaForms(a)) add(lex, f, "optional", { code: c.code, form: "adjective" }, false);
    for (const d of c.demonyms ?? []) add(lex, d, "auto", { code: c.code, form: "adjective" }, false);
  }
  lex.cores = [...lex.byFirst.keys()];
  return lex;
}

export function buildPersonLexicon(people: readonly PersonSpelling[]): PersonLexicon {
  const lex: PersonLexicon = { byFirst: new Map(), cores: [] };
  const merge = (a: { ids: string[] }, b: { ids: string[] }): { ids: string[] } => ({ ids: [...new Set([...a.ids, ...b.ids])] });
  for (const p of people) for (const n of p.names) if (isArabic(n)) add(lex, n, "auto", { ids: [p.id] }, false, merge);
  lex.cores = [...lex.byFirst.keys()];
  return lex;
}

/** Words a name may be glued to by a missing space ("إيرانمما", "الصينوغيرهم"). */
const GLUED = new Set(["مما", "من", "في", "علي", "الي", "التي", "الذي", "ما", "او", "ثم", "غيرها", "غيرهم", "غير", "هي", "هو", "قد", "لا", "لم", "بين", "عبر", "مع"]);
const glueOk = (rest: string): boolean => GLUED.has(rest) || (rest.startsWith("و") && GLUED.has(rest.slice(1)));

/** The ways a token splits into attached letters and a core: [core, letters cut, whether "ال" was among them]. */
function splits(token: string): Array<{ core: string; cut: number; al: boolean }> {
  const out: Array<{ core: string; cut: number; al: boolean }> = [];
  const m = /^([وف]?)([بلك]?)/.exec(token)!;
  const pre = m[1]! + m[2]!;
  for (let k = 0; k <= pre.length; k++) {
    const rest = token.slice(k);
    out.push({ core: rest, cut: k, al: false });
    if (rest.startsWith("ال") && rest.length > 2) out.push({ core: rest.slice(2), cut: k, al: true });
  }
  // ل + ال is written "لل": "للصين", "وللهند"
  const ll = /^([وف]?)لل/.exec(token);
  if (ll && token.length > ll[0].length) out.push({ core: token.slice(ll[0].length), cut: ll[1]!.length, al: true });
  return out;
}

export interface LexiconHit<V> {
  first: number;
  next: number;
  /** Skeleton span, after the attached letters (و، ب، ل…) but including "ال". */
  start: number;
  end: number;
  value: V;
}

/**
 * Every lexicon name in the tokens, longest first and without overlaps. `skip` vetoes a
 * hit by its context (an adjective in "المحيط الهندي", inside a currency name…).
 */
export function matchLexicon<V>(tokens: Token[], lex: Lexicon<V>, skip?: (hit: LexiconHit<V>) => boolean): LexiconHit<V>[] {
  const out: LexiconHit<V>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== "word") continue;
    let best: LexiconHit<V> | null = null;
    for (const sp of splits(t.text)) {
      const tryEntries = (key: string, glued: boolean): void => {
        for (const e of lex.byFirst.get(key) ?? []) {
          if (e.al === "required" && !sp.al) continue;
          if (e.al === "forbidden" && sp.al) continue;
          if (glued && !e.gluable) continue;
          if (glued && e.rest.length) continue;
          if (!e.rest.every((r, k) => tokens[i + 1 + k]?.type === "word" && tokens[i + 1 + k]!.text === r)) continue;
          const next = i + 1 + e.rest.length;
          const start = t.start + sp.cut;
          const end = glued ? t.start + sp.cut + (sp.al ? 2 : 0) + key.length : tokens[next - 1]!.end;
          if (!best || end - start > best.end - best.start) best = { first: i, next, start, end, value: e.value };
        }
      };
      tryEntries(sp.core, false);
      if (!best) {
        for (const key of lex.cores) {
          if (key.length >= 3 && sp.core.length > key.length && sp.core.startsWith(key) && glueOk(sp.core.slice(key.length))) tryEntries(key, true);
        }
      }
    }
    const hit = best as LexiconHit<V> | null;
    if (hit && !(skip && skip(hit))) {
      out.push(hit);
      i = hit.next - 1;
    }
  }
  return out;
}
