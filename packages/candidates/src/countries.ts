/**
 * The countries the Atlas knows (seeds/data/countries.ts), with the Arabic names and aliases
 * listed there, the spellings the seed articles use, and the adjective and demonym forms
 * Arabic news writes ("الروسية", "الأتراك"). Capitals are left out: "باكو" is a city, and
 * the Atlas records it as an event's place, not as a mention of Azerbaijan.
 * Callers add spellings (a document's own, a new country) through buildCountryLexicon.
 */
import type { CountrySpelling } from "./lexicon";

export const atlasCountries: readonly CountrySpelling[] = [
  { code: "AF", names: ["أفغانستان", "افغانستان"], adjectives: ["أفغاني"], demonyms: ["الأفغان"] },
  { code: "AM", names: ["أرمينيا", "أرمينية", "ارمينيا"], adjectives: ["أرميني", "أرمني"], demonyms: ["الأرمن"] },
  { code: "AZ", names: ["أذربيجان", "آذربيجان", "جمهورية أذربيجان"], adjectives: ["أذربيجاني", "أذري"] },
  { code: "BY", names: ["بيلاروسيا", "روسيا البيضاء", "بيلاروس"], adjectives: ["بيلاروسي"] },
  { code: "CN", names: ["الصين", "جمهورية الصين الشعبية"], adjectives: ["صيني"] },
  { code: "CZ", names: ["التشيك", "جمهورية التشيك", "تشيكيا"], adjectives: ["تشيكي"] },
  { code: "FR", names: ["فرنسا"], adjectives: ["فرنسي"] },
  { code: "GB", names: ["المملكة المتحدة", "بريطانيا"], adjectives: ["بريطاني"] },
  { code: "IN", names: ["الهند"], adjectives: ["هندي"] },
  { code: "IR", names: ["إيران", "ايران"], adjectives: ["إيراني"] },
  { code: "KG", names: ["قيرغيزستان", "قرغيزستان", "قيرغيزيا"], adjectives: ["قيرغيزي", "قرغيزي", "قيرغيزستاني"], demonyms: ["القرغيز", "القيرغيز"] },
  { code: "KZ", names: ["كازاخستان", "قازاقستان"], adjectives: ["كازاخستاني", "كازاخي", "قازاقي"], demonyms: ["الكازاخ"] },
  { code: "LB", names: ["لبنان"], adjectives: ["لبناني"] },
  { code: "PK", names: ["باكستان"], adjectives: ["باكستاني"] },
  { code: "PL", names: ["بولندا", "بولونيا"], adjectives: ["بولندي", "بولوني"] },
  { code: "RU", names: ["روسيا", "روسيا الاتحادية"], adjectives: ["روسي"], demonyms: ["الروس"] },
  { code: "TJ", names: ["طاجيكستان", "جمهورية طاجيكستان"], adjectives: ["طاجيكي", "طاجيكستاني"], demonyms: ["الطاجيك"] },
  { code: "TM", names: ["تركمانستان"], adjectives: ["تركماني", "تركمانستاني"], demonyms: ["التركمان"] },
  { code: "TR", names: ["تركيا"], adjectives: ["تركي"], demonyms: ["الأتراك"] },
  { code: "UA", names: ["أوكرانيا"], adjectives: ["أوكراني"] },
  {
    code: "US",
    names: ["الولايات المتحدة", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "أمريكا", "أميركا"],
    adjectives: ["أمريكي", "أميركي"],
    demonyms: ["الأمريكان", "الأميركان"],
  },
  { code: "UZ", names: ["أوزبكستان"], adjectives: ["أوزبكي", "أوزبكستاني"], demonyms: ["الأوزبك"] },
];
