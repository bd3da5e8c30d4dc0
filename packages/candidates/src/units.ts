/**
 * What may follow a number: currencies (words, symbols, codes), measurement units and
 * counted things, rates, percent words; and the qualifiers that may precede it. Spellings
 * are folded (text.ts: أ→ا, ة→ه, ى→ي).
 */

/** A currency word: the ISO code, or the codes it may mean by country when the word alone does not say. */
export interface CurrencyWord {
  code: string | null;
  /** country (ISO alpha-2) → currency, for a word several countries use ("دينار"). */
  byCountry?: Record<string, string>;
}

const DINAR = { DZ: "DZD", TN: "TND", KW: "KWD", JO: "JOD", IQ: "IQD", LY: "LYD", BH: "BHD", RS: "RSD" };
const RIYAL = { SA: "SAR", QA: "QAR", OM: "OMR", YE: "YER", IR: "IRR" };
const DIRHAM = { AE: "AED", MA: "MAD" };
const POUND = { EG: "EGP", SD: "SDG", SS: "SSP", LB: "LBP", SY: "SYP", GB: "GBP" };
const LIRA = { TR: "TRY", LB: "LBP", SY: "SYP" };
const SOM = { UZ: "UZS", KG: "KGS" };
const MANAT = { AZ: "AZN", TM: "TMT" };
const RUPEE = { IN: "INR", PK: "PKR", LK: "LKR", NP: "NPR" };

/** Currency words, singular and plural, folded. */
export const CURRENCY_WORDS: Record<string, CurrencyWord> = {
  دولار: { code: "USD" }, دولارا: { code: "USD" }, دولارات: { code: "USD" }, الدولارات: { code: "USD" }, الدولار: { code: "USD" },
  يورو: { code: "EUR" }, اليورو: { code: "EUR" }, اورو: { code: "EUR" },
  روبل: { code: "RUB" }, روبلا: { code: "RUB" }, روبلات: { code: "RUB" }, الروبلات: { code: "RUB" },
  منات: { code: "AZN" }, مانات: { code: null, byCountry: MANAT },
  تنغي: { code: "KZT" }, تينغي: { code: "KZT" }, تنغه: { code: "KZT" }, تينغه: { code: "KZT" }, تنجي: { code: "KZT" }, تنغ: { code: "KZT" },
  سوم: { code: null, byCountry: SOM }, سومات: { code: null, byCountry: SOM },
  سوموني: { code: "TJS" },
  لاري: { code: "GEL" }, درام: { code: "AMD" }, هريفنيا: { code: "UAH" },
  يوان: { code: "CNY" }, اليوان: { code: "CNY" }, رنمينبي: { code: "CNY" },
  ين: { code: "JPY" },
  روبيه: { code: null, byCountry: RUPEE }, روبيات: { code: null, byCountry: RUPEE },
  جنيه: { code: null, byCountry: POUND }, جنيها: { code: null, byCountry: POUND }, جنيهات: { code: null, byCountry: POUND },
  ريال: { code: null, byCountry: RIYAL }, ريالا: { code: null, byCountry: RIYAL }, ريالات: { code: null, byCountry: RIYAL },
  درهم: { code: null, byCountry: DIRHAM }, درهما: { code: null, byCountry: DIRHAM }, دراهم: { code: null, byCountry: DIRHAM },
  دينار: { code: null, byCountry: DINAR }, دينارا: { code: null, byCountry: DINAR }, دنانير: { code: null, byCountry: DINAR },
  ليره: { code: null, byCountry: LIRA }, ليرات: { code: null, byCountry: LIRA },
};

/** Adjectives after a currency word that settle it ("ريال سعودي", "دولار أمريكي"), masculine and feminine. */
const CURRENCY_ADJECTIVES: Record<string, string> = {
  امريكي: "US", اميركي: "US", سعودي: "SA", قطري: "QA", عماني: "OM", يمني: "YE", ايراني: "IR", اماراتي: "AE",
  مغربي: "MA", كويتي: "KW", اردني: "JO", جزائري: "DZ", تونسي: "TN", عراقي: "IQ", ليبي: "LY", بحريني: "BH",
  تركي: "TR", لبناني: "LB", سوري: "SY", مصري: "EG", سوداني: "SD", هندي: "IN", باكستاني: "PK",
  اوزبكي: "UZ", اوزبكستاني: "UZ", قيرغيزي: "KG", قرغيزي: "KG", تركماني: "TM", اذربيجاني: "AZ", روسي: "RU",
  بيلاروسي: "BY", كازاخستاني: "KZ", كازاخي: "KZ", طاجيكي: "TJ", صيني: "CN", استرليني: "GB", كندي: "CA", استرالي: "AU",
};
/** Currencies whose name is their country's adjective when the word alone is not enough. */
const COUNTRY_CURRENCY: Record<string, string> = {
  US: "USD", SA: "SAR", QA: "QAR", OM: "OMR", YE: "YER", IR: "IRR", AE: "AED", MA: "MAD", KW: "KWD", JO: "JOD",
  DZ: "DZD", TN: "TND", IQ: "IQD", LY: "LYD", BH: "BHD", TR: "TRY", LB: "LBP", SY: "SYP", EG: "EGP", SD: "SDG",
  IN: "INR", PK: "PKR", UZ: "UZS", KG: "KGS", TM: "TMT", AZ: "AZN", RU: "RUB", BY: "BYN", KZ: "KZT", TJ: "TJS",
  CN: "CNY", GB: "GBP", CA: "CAD", AU: "AUD",
};

/** The country a currency adjective names ("سعودي", "السعودية"), or undefined. */
export function currencyAdjective(word: string): string | undefined {
  const w = word.startsWith("ال") ? word.slice(2) : word;
  return CURRENCY_ADJECTIVES[w] ?? (w.endsWith("ه") ? CURRENCY_ADJECTIVES[w.slice(0, -1)] : undefined);
}

/** The currency of a country, for settling an ambiguous word by the countries the text names. */
export const currencyOfCountry = (code: string): string | undefined => COUNTRY_CURRENCY[code];

export const CURRENCY_SYMBOLS: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₸": "KZT", "₼": "AZN", "¥": "CNY", "₺": "TRY" };
export const CURRENCY_CODES = new Set(["USD", "EUR", "RUB", "AZN", "KZT", "UZS", "KGS", "TJS", "TMT", "CNY", "GBP", "JPY", "TRY", "INR", "SAR", "AED", "QAR", "EGP"]);

export interface UnitWord {
  unit: string;
  /** Multiplier to the base unit (ألف طن stays tonnes; غيغاواط is kept as GW). */
  factor?: number;
  /** Words the unit spans ("متر مكعب" is two). */
  words?: string[];
  /** Indefinite dual: the word itself says two ("مرتين", "يومين"). */
  dual?: boolean;
  /** A short word that is a unit only right after digits ("كم" is also "how much"). */
  afterDigitsOnly?: boolean;
}

/** Units and counted things after a number, folded; multi-word units list their following words. */
export const UNIT_WORDS: Record<string, UnitWord[]> = {};
const addUnit = (forms: string[], u: Omit<UnitWord, "words">, follow?: string[][]): void => {
  for (const f of forms) {
    const list = (UNIT_WORDS[f] ??= []);
    if (follow) for (const words of follow) list.push({ ...u, words });
    else list.push({ ...u });
  }
};
addUnit(["طن", "طنا", "اطنان", "الاطنان"], { unit: "tonne" });
addUnit(["كيلوغرام", "كيلوجرام", "كغ", "كلغ"], { unit: "kg" });
addUnit(["كيلومتر", "كيلومترا", "كيلومترات", "كلم"], { unit: "km" });
addUnit(["كم"], { unit: "km", afterDigitsOnly: true });
addUnit(["متر", "مترا", "امتار"], { unit: "m3" }, [["مكعب"], ["مكعبا"], ["مكعبه"]]);
addUnit(["متر", "مترا", "امتار"], { unit: "m2" }, [["مربع"], ["مربعا"], ["مربعه"]]);
addUnit(["متر", "مترا", "امتار"], { unit: "m" });
addUnit(["هكتار", "هكتارا", "هكتارات"], { unit: "hectare" });
addUnit(["ميغاواط", "ميجاواط", "ميغاوات", "ميجاوات", "ميغاوط"], { unit: "MW" });
addUnit(["ميغا", "ميجا"], { unit: "MW" }, [["واط"], ["وات"]]);
addUnit(["غيغاواط", "جيجاواط", "غيغاوات", "جيجاوات"], { unit: "GW" });
addUnit(["كيلوواط", "كيلووات"], { unit: "kWh" }, [["ساعه"]]);
addUnit(["كيلوواط", "كيلووات"], { unit: "kW" });
addUnit(["ميغاواط", "ميجاوات"], { unit: "MWh" }, [["ساعه"]]);
addUnit(["تيراواط", "تيراوات"], { unit: "TWh" }, [["ساعه"]]);
addUnit(["برميل", "براميل", "برميلا"], { unit: "barrel" });
addUnit(["حاويه", "حاويات"], { unit: "TEU" }, [["نمطيه"]]);
addUnit(["حاويه", "حاويات"], { unit: "container" });
// counted things
addUnit(["مره", "مرات"], { unit: "time" });
addUnit(["مرتين", "مرتان"], { unit: "time", dual: true });
addUnit(["يوم", "ايام", "يوما"], { unit: "day" });
addUnit(["يومين", "يومان"], { unit: "day", dual: true });
addUnit(["اسبوع", "اسابيع", "اسبوعا"], { unit: "week" });
addUnit(["اسبوعين", "اسبوعان"], { unit: "week", dual: true });
addUnit(["شهر", "اشهر", "شهور", "شهرا"], { unit: "month" });
addUnit(["شهرين", "شهران"], { unit: "month", dual: true });
addUnit(["عام", "اعوام", "عاما", "سنه", "سنوات", "سنين", "سنه"], { unit: "year" });
addUnit(["عامين", "عامان", "سنتين", "سنتان"], { unit: "year", dual: true });
addUnit(["عقد", "عقود", "عقدا"], { unit: "decade" });
addUnit(["عقدين", "عقدان"], { unit: "decade", dual: true });
addUnit(["قرن", "قرون", "قرنا"], { unit: "century" });
addUnit(["ساعه", "ساعات"], { unit: "hour" });
addUnit(["ساعتين", "ساعتان"], { unit: "hour", dual: true });
addUnit(["شخص", "اشخاص", "شخصا", "نسمه", "فرد", "افراد", "فردا", "مواطن", "مواطنين", "مواطنا"], { unit: "person" });
addUnit(["عامل", "عمال", "عاملا"], { unit: "worker" });
addUnit(["موظف", "موظفين", "موظفا"], { unit: "employee" });
addUnit(["طالب", "طلاب", "طالبا"], { unit: "student" });
addUnit(["لاجئ", "لاجئين", "لاجئا"], { unit: "refugee" });
addUnit(["جندي", "جنود", "جنديا"], { unit: "soldier" });
addUnit(["دوله", "دول", "بلد", "بلدان", "بلدا"], { unit: "country" });
addUnit(["شركه", "شركات"], { unit: "company" });
addUnit(["مشروع", "مشاريع", "مشروعات", "مشروعا"], { unit: "project" });
addUnit(["اتفاقيه", "اتفاقيات", "اتفاق", "اتفاقات", "اتفاقا"], { unit: "agreement" });
addUnit(["مذكره", "مذكرات"], { unit: "memorandum" });
addUnit(["وثيقه", "وثائق"], { unit: "document" });
addUnit(["طائره", "طائرات"], { unit: "aircraft" });
addUnit(["منحه", "منح"], { unit: "scholarship" });
addUnit(["رحله", "رحلات"], { unit: "flight" });
addUnit(["شاحنه", "شاحنات"], { unit: "truck" });
addUnit(["سفينه", "سفن"], { unit: "ship" });
addUnit(["قطار", "قطارات"], { unit: "train" });
addUnit(["زياره", "زيارات"], { unit: "visit" });

/** Latin unit abbreviations after digits. */
export const LATIN_UNITS: Record<string, string> = { km: "km", mw: "MW", gw: "GW", kwh: "kWh", teu: "TEU", bcm: "m3" };

/** Rate words after a unit. */
export const PER_WORDS: Record<string, "year" | "month" | "day"> = { سنويا: "year", يوميا: "day", شهريا: "month" };
/** "في السنة" and the like. */
export const PER_PHRASES: Record<string, "year" | "month" | "day"> = { السنه: "year", العام: "year", اليوم: "day", الشهر: "month" };

/** Percent words after a number: "في المئة", "بالمئة". */
export const PERCENT_WORDS = new Set(["بالمئه", "بالمائه", "بالميه", "بالمئة", "بالمائة"]);
export const PERCENT_AFTER_FI = new Set(["المئه", "المائه", "الميه"]);

export type QualifierKind = "at_least" | "at_most" | "approximately";
/** Qualifier phrases before a number, as folded word sequences ("|" separates alternatives for one word). */
export const QUALIFIERS: Array<{ words: string[]; q: QualifierKind }> = [
  { words: ["ما", "لا", "يقل|تقل", "عن"], q: "at_least" },
  { words: ["لا", "يقل|تقل", "عن"], q: "at_least" },
  { words: ["ما", "لا", "يزيد|تزيد", "عن|علي"], q: "at_most" },
  { words: ["لا", "يزيد|تزيد", "عن|علي"], q: "at_most" },
  { words: ["ما", "لا", "يتجاوز|تتجاوز"], q: "at_most" },
  { words: ["لا", "يتجاوز|تتجاوز"], q: "at_most" },
  { words: ["اكثر", "من"], q: "at_least" },
  { words: ["ما", "يزيد|تزيد", "عن|علي"], q: "at_least" },
  { words: ["يزيد|تزيد", "عن|علي"], q: "at_least" },
  { words: ["ازيد", "من"], q: "at_least" },
  { words: ["ما", "يربو|تربو", "علي"], q: "at_least" },
  { words: ["يربو|تربو", "علي"], q: "at_least" },
  { words: ["ما", "يفوق|تفوق|يتجاوز|تتجاوز"], q: "at_least" },
  { words: ["تجاوز|تجاوزت|يتجاوز|تتجاوز|متجاوزا|متجاوزه"], q: "at_least" },
  { words: ["يفوق|تفوق"], q: "at_least" },
  { words: ["اقل", "من"], q: "at_most" },
  { words: ["يقل|تقل", "عن"], q: "at_most" },
  { words: ["ما", "يصل", "الي"], q: "at_most" },
  { words: ["ما", "يقرب", "من"], q: "approximately" },
  { words: ["ما", "يقارب|يناهز"], q: "approximately" },
  { words: ["يقارب|تقارب|يناهز|تناهز"], q: "approximately" },
  { words: ["في", "حدود"], q: "approximately" },
  { words: ["نحوا", "من"], q: "approximately" },
  { words: ["نحو|حوالي|قرابه|زهاء|بحدود"], q: "approximately" },
];

/** Words that make a percentage a change, and its direction. */
export const UP_WORDS = new Set([
  "ارتفع", "ارتفعت", "ارتفاع", "ارتفاعا", "زاد", "زادت", "زياده", "ازداد", "ازدادت", "نما", "نمت", "نمو", "نموا",
  "صعد", "صعدت", "قفز", "قفزت", "ارتفعا", "تحسن", "تحسنت", "يرتفع", "ترتفع", "يزيد", "تزيد", "ينمو", "تنمو",
  "رفع", "رفعت", "يرفع", "ترفع",
]);
export const DOWN_WORDS = new Set([
  "انخفض", "انخفضت", "انخفاض", "انخفاضا", "تراجع", "تراجعت", "تراجعا", "هبط", "هبطت", "هبوط", "هبوطا", "نقص", "نقصت",
  "تقلص", "تقلصت", "انكمش", "انكمشت", "تدني", "تدنت", "ينخفض", "تنخفض", "يتراجع", "تتراجع", "خسر", "خسرت",
  "خفض", "خفضت", "يخفض", "تخفض", "تخفيض", "قلص", "قلصت", "تقليص",
]);
