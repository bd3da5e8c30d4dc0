/**
 * Test articles written for these tests (no article prose is copied), and an import file
 * in the seed files' format built from one of them with spans computed from the text.
 */
import { createHash } from "node:crypto";
import type { DocumentFileInput } from "@atlas/seeds/src/schema";

/** A short wire item of our own about Azerbaijan and Kazakhstan: trade, a memorandum, a shipping line. */
export const WIRE = [
  "أذربيجان وكازاخستان توسعان التعاون في النقل والتجارة",
  "",
  "باكو – قالت وزارة الاقتصاد الأذربيجانية في بيان يوم 12 آذار/ مارس 2025 إن التبادل التجاري بين أذربيجان وكازاخستان بلغ 650 مليون دولار خلال عام 2024، بزيادة نسبتها 8.5% عن العام الذي سبقه.",
  "",
  "وأضاف البيان أن وزيري النقل في البلدين وقّعا في أستانا مذكرة تفاهم لتطوير خط شحن بحري عبر بحر قزوين، على أن يبدأ تشغيله عام 2026.",
  "",
  "وأشار البيان إلى أن الجانبين يسعيان إلى رفع حجم التبادل إلى مليار دولار سنوياً.",
  "",
].join("\n");

/** A second item of our own, for the curator's session: Uzbekistan and Azerbaijan, a fund and a visit. */
export const BRIEF = [
  "أوزبكستان وأذربيجان ترفعان رأس مال صندوق الاستثمار المشترك",
  "",
  "طشقند – أعلن البلدان يوم 3 شباط/ فبراير 2026 رفع رأس مال صندوق الاستثمار المشترك إلى 750 مليون دولار، بعد محادثات أجراها الرئيسان في العاصمة الأوزبكية.",
  "",
  "وقال مسؤول في وزارة الخارجية إن اتفاقية للتعاون في الطاقة المتجددة وُقّعت خلال الزيارة، وإن قمة ثنائية ستُعقد في باكو عام 2027.",
  "",
].join("\n");

export const documentIdOf = (text: string): string => `doc-${createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16)}`;

/** [start, end) of the sentence (line) that holds `needle`. */
export function spanOf(text: string, needle: string): { start: number; end: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture: ${needle} is not in the text`);
  const start = text.lastIndexOf("\n", at) + 1;
  const nl = text.indexOf("\n", at);
  return { start, end: nl < 0 ? text.length : nl };
}

/** The WIRE item with a last line naming the test: a text (so a document) of that test's own. */
export const wireText = (tag: string): string => `${WIRE}(نسخة الاختبار ${tag})\n`;

/** The WIRE article as an import file; `tag` makes the text, the document and the fact ids unique to one test. */
export function wireImportFile(tag: string, text: string = wireText(tag)): DocumentFileInput {
  const doc = documentIdOf(text);
  const cite = (needle: string, claim: string, figures: string[] = []) => ({ document: doc, ...spanOf(text, needle), claim, figures });
  return {
    document: {
      id: doc,
      title: { en: "Azerbaijan and Kazakhstan widen transport and trade ties (test item)", ar: "أذربيجان وكازاخستان توسعان التعاون في النقل والتجارة" },
      publisher: "Atlas test wire",
      publishedOn: { year: 2025, month: 3, day: 12 },
      publishedOnNote: "The statement's date in the first paragraph",
      author: null,
      sources: [cite("وزارة الاقتصاد الأذربيجانية", "The statement was issued on 12 March 2025", ["12", "2025"])],
    },
    countries: [
      { code: "AZ", spellings: ["أذربيجان"], sources: [cite("التبادل التجاري بين أذربيجان", "The item is about Azerbaijan's trade with Kazakhstan")] },
      { code: "KZ", spellings: ["كازاخستان"], sources: [cite("التبادل التجاري بين أذربيجان", "The item is about Kazakhstan's trade with Azerbaijan")] },
    ],
    indicators: [
      {
        id: `az-kz-trade-2024-${tag}`,
        metric: "TRADE_TURNOVER",
        kind: "ACTUAL",
        value: 650_000_000,
        unit: "USD",
        year: 2024,
        changePercent: 8.5,
        label: "Azerbaijan–Kazakhstan trade turnover in 2024 (test item)",
        countries: ["AZ", "KZ"],
        sources: [cite("650 مليون", "Trade between Azerbaijan and Kazakhstan reached $650 million in 2024, up 8.5%", ["650", "2024", "8.5"])],
      },
    ],
    agreements: [
      {
        id: `az-kz-caspian-shipping-memorandum-${tag}`,
        kind: "MEMORANDUM",
        title: { en: "Azerbaijan–Kazakhstan memorandum on a Caspian shipping line (test item)" },
        parties: ["AZ", "KZ"],
        status: "SIGNED",
        sources: [cite("مذكرة تفاهم", "The transport ministers signed a memorandum on a Caspian shipping line in Astana")],
      },
    ],
    events: [
      {
        id: `az-kz-astana-signing-${tag}`,
        kind: "SIGNING",
        title: { en: "Transport ministers sign a memorandum in Astana (test item)" },
        place: { country: "KZ", city: { en: "Astana", ar: "أستانا" } },
        countries: ["AZ", "KZ"],
        sources: [cite("وقّعا في أستانا", "The signing took place in Astana")],
      },
    ],
    corridors: [
      {
        id: `caspian-shipping-line-${tag}`,
        kind: "TRADE_ROUTE",
        name: { en: "Caspian shipping line (test item)" },
        countries: ["AZ", "KZ"],
        status: "PLANNED",
        dates: [{ start: { year: 2026 }, basis: "STATED", source: cite("عام 2026", "The shipping line is to start operating in 2026", ["2026"]) }],
        sources: [cite("خط شحن بحري", "A shipping line across the Caspian is planned")],
      },
    ],
  };
}
