/**
 * Reference data for every country the articles mention: ISO 3166-1 codes,
 * English and standard Arabic names, common spelling variants, capitals.
 * Spellings as the articles write them are added from the document files.
 */
import type { CountryRecordInput } from "../src/schema";

const countries: CountryRecordInput[] = [
  { code: "AF", iso3: "AFG", name: { en: "Afghanistan", ar: "أفغانستان" }, aliases: ["افغانستان"], capital: { en: "Kabul", ar: "كابل" } },
  { code: "AM", iso3: "ARM", name: { en: "Armenia", ar: "أرمينيا" }, aliases: ["أرمينية", "ارمينيا"], capital: { en: "Yerevan", ar: "يريفان" } },
  { code: "AZ", iso3: "AZE", name: { en: "Azerbaijan", ar: "أذربيجان" }, aliases: ["أذربيجان", "آذربيجان", "Republic of Azerbaijan"], capital: { en: "Baku", ar: "باكو" } },
  { code: "BY", iso3: "BLR", name: { en: "Belarus", ar: "بيلاروسيا" }, aliases: ["روسيا البيضاء", "Byelorussia"], capital: { en: "Minsk", ar: "مينسك" } },
  { code: "CN", iso3: "CHN", name: { en: "China", ar: "الصين" }, aliases: ["People's Republic of China", "جمهورية الصين الشعبية"], capital: { en: "Beijing", ar: "بكين" } },
  { code: "CZ", iso3: "CZE", name: { en: "Czechia", ar: "التشيك" }, aliases: ["Czech Republic", "جمهورية التشيك", "تشيكيا"], capital: { en: "Prague", ar: "براغ" } },
  { code: "FR", iso3: "FRA", name: { en: "France", ar: "فرنسا" }, aliases: [], capital: { en: "Paris", ar: "باريس" } },
  { code: "GB", iso3: "GBR", name: { en: "United Kingdom", ar: "المملكة المتحدة" }, aliases: ["Britain", "Great Britain", "UK", "بريطانيا"], capital: { en: "London", ar: "لندن" } },
  { code: "IN", iso3: "IND", name: { en: "India", ar: "الهند" }, aliases: [], capital: { en: "New Delhi", ar: "نيودلهي" } },
  { code: "IR", iso3: "IRN", name: { en: "Iran", ar: "إيران" }, aliases: ["Islamic Republic of Iran", "ايران"], capital: { en: "Tehran", ar: "طهران" } },
  { code: "KG", iso3: "KGZ", name: { en: "Kyrgyzstan", ar: "قيرغيزستان" }, aliases: ["Kyrgyz Republic", "قرغيزستان", "قيرغيزيا"], capital: { en: "Bishkek", ar: "بيشكك" } },
  { code: "KZ", iso3: "KAZ", name: { en: "Kazakhstan", ar: "كازاخستان" }, aliases: ["Qazaqstan", "قازاقستان"], capital: { en: "Astana", ar: "أستانا" } },
  { code: "LB", iso3: "LBN", name: { en: "Lebanon", ar: "لبنان" }, aliases: [], capital: { en: "Beirut", ar: "بيروت" } },
  { code: "PK", iso3: "PAK", name: { en: "Pakistan", ar: "باكستان" }, aliases: [], capital: { en: "Islamabad", ar: "إسلام آباد" } },
  { code: "PL", iso3: "POL", name: { en: "Poland", ar: "بولندا" }, aliases: ["بولونيا"], capital: { en: "Warsaw", ar: "وارسو" } },
  { code: "RU", iso3: "RUS", name: { en: "Russia", ar: "روسيا" }, aliases: ["Russian Federation", "روسيا الاتحادية"], capital: { en: "Moscow", ar: "موسكو" } },
  { code: "TJ", iso3: "TJK", name: { en: "Tajikistan", ar: "طاجيكستان" }, aliases: [], capital: { en: "Dushanbe", ar: "دوشنبه" } },
  { code: "TM", iso3: "TKM", name: { en: "Turkmenistan", ar: "تركمانستان" }, aliases: [], capital: { en: "Ashgabat", ar: "عشق آباد" } },
  { code: "TR", iso3: "TUR", name: { en: "Türkiye", ar: "تركيا" }, aliases: ["Turkey"], capital: { en: "Ankara", ar: "أنقرة" } },
  { code: "UA", iso3: "UKR", name: { en: "Ukraine", ar: "أوكرانيا" }, aliases: [], capital: { en: "Kyiv", ar: "كييف" } },
  { code: "US", iso3: "USA", name: { en: "United States", ar: "الولايات المتحدة" }, aliases: ["USA", "United States of America", "America", "أمريكا", "الولايات المتحدة الأمريكية"], capital: { en: "Washington, D.C.", ar: "واشنطن" } },
  { code: "UZ", iso3: "UZB", name: { en: "Uzbekistan", ar: "أوزبكستان" }, aliases: [], capital: { en: "Tashkent", ar: "طشقند" } },
];

export default countries;
