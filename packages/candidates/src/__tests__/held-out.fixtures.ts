/**
 * Held-out passages: Arabic written for this test, in styles the seed articles do not use
 * (Gulf, Egyptian and Maghreb month names, Arabic-Indic digits, number words, decimal
 * commas, other currencies). No article prose. Written before the extractor was, and
 * never tuned against: the report prints the first run's figures beside the current ones.
 *
 * Each expected item names the passage text it should cover (`text`, the nth occurrence)
 * and the values it should carry (a field set to undefined must be absent: a level has no
 * direction); a candidate matches when it has the same kind, overlaps that text and
 * carries those values.
 */
import type { CandidateKind, PartialDate } from "../types";

export interface ExpectedCandidate {
  kind: CandidateKind;
  text: string;
  /** Which occurrence of `text` (0-based), when it occurs more than once. */
  nth?: number;
  /** The fields the candidate's value must have (dates: start/end compared whole). */
  value: Record<string, unknown>;
}

export interface HeldOutPassage {
  id: string;
  style: string;
  publishedOn: PartialDate | null;
  text: string;
  expected: ExpectedCandidate[];
}

export const heldOutPassages: HeldOutPassage[] = [
  {
    id: "gulf-sa",
    style: "Gulf: Arabic-Indic digits, ٫ and ٬ separators, Gulf month names, riyal",
    publishedOn: { year: 2024, month: 5, day: 5 },
    text:
      "أعلنت الهيئة العامة للإحصاء في الرياض أن الصادرات السعودية غير النفطية بلغت نحو ٢١٫٥ مليار ريال سعودي في مارس ٢٠٢٤، " +
      "بزيادة نسبتها ٧٫٣٪ عن الشهر نفسه من العام السابق. وبلغت قيمة الواردات ٤٨٬٢٠٠ مليون ريال خلال الربع الأول من العام الجاري. " +
      "ومن المقرر أن يُعقد منتدى الاستثمار السعودي القطري يومي ١٤ و١٥ مايو ٢٠٢٤ في جدة، بمشاركة أكثر من ٣٠٠ شركة.",
    expected: [
      { kind: "country", text: "السعودية", value: { code: "SA" } },
      { kind: "amount", text: "نحو ٢١٫٥ مليار ريال سعودي", value: { value: 21.5e9, currency: "SAR", qualifier: "approximately" } },
      { kind: "date", text: "مارس ٢٠٢٤", value: { basis: "STATED", start: { year: 2024, month: 3 } } },
      { kind: "percentage", text: "٧٫٣٪", value: { value: 7.3, direction: "up" } },
      { kind: "amount", text: "٤٨٬٢٠٠ مليون ريال", value: { value: 48.2e9, currency: "SAR" } },
      { kind: "date", text: "الربع الأول من العام الجاري", value: { basis: "RELATIVE", start: { year: 2024, month: 1 }, end: { year: 2024, month: 3 } } },
      { kind: "country", text: "السعودي", nth: 1, value: { code: "SA" } },
      { kind: "country", text: "القطري", value: { code: "QA" } },
      { kind: "date", text: "يومي ١٤ و١٥ مايو ٢٠٢٤", value: { basis: "STATED", start: { year: 2024, month: 5, day: 14 }, end: { year: 2024, month: 5, day: 15 } } },
      { kind: "quantity", text: "أكثر من ٣٠٠ شركة", value: { value: 300, unit: "company", qualifier: "at_least" } },
    ],
  },
  {
    id: "maghreb-dz",
    style: "Algerian: Maghreb month names, decimal comma, dot thousands, dinar",
    publishedOn: { year: 2023, month: 1, day: 15 },
    text:
      "وقّعت الجزائر وتونس في 12 جانفي 2023 اتفاقا لتزويد الشبكة التونسية بـ300 ميغاواط من الكهرباء. " +
      "وأوضح وزير الطاقة الجزائري أن كلفة المشروع تناهز 1,2 مليار دينار، وأن الأشغال ستنطلق في أفريل المقبل على طول 1.250 كيلومترا. " +
      "وكانت المبادلات بين البلدين قد انخفضت بنسبة 4,5 في المائة سنة 2022، قبل أن تستعيد نموها في جوان من السنة نفسها.",
    expected: [
      { kind: "country", text: "الجزائر", value: { code: "DZ" } },
      { kind: "country", text: "وتونس", value: { code: "TN" } },
      { kind: "date", text: "12 جانفي 2023", value: { basis: "STATED", start: { year: 2023, month: 1, day: 12 } } },
      { kind: "country", text: "التونسية", value: { code: "TN" } },
      { kind: "quantity", text: "300 ميغاواط", value: { value: 300, unit: "MW" } },
      { kind: "country", text: "الجزائري", value: { code: "DZ" } },
      { kind: "amount", text: "تناهز 1,2 مليار دينار", value: { value: 1.2e9, currency: "DZD", qualifier: "approximately" } },
      { kind: "date", text: "أفريل المقبل", value: { basis: "RELATIVE", start: { year: 2023, month: 4 } } },
      { kind: "quantity", text: "1.250 كيلومترا", value: { value: 1250, unit: "km" } },
      { kind: "percentage", text: "4,5 في المائة", value: { value: 4.5, direction: "down" } },
      { kind: "date", text: "سنة 2022", value: { basis: "STATED", start: { year: 2022 } } },
      { kind: "date", text: "جوان من السنة نفسها", value: { start: { year: 2022, month: 6 } } },
    ],
  },
  {
    id: "levant-lb",
    style: "Levantine: number words with dual and plural scales, combined month names",
    publishedOn: { year: 2022, month: 6, day: 10 },
    text:
      "قال وزير المالية اللبناني إن بلاده تلقت ثلاثة مليارات ونصف المليار دولار من المساعدات منذ كانون الثاني/يناير 2021، " +
      "وإن العجز تراجع بخمسة وعشرين في المئة. وأضاف أن الحكومة ستطرح سندات بقيمة مئتي مليون يورو في تشرين الثاني/نوفمبر المقبل، " +
      "وأن عشرات الآلاف من الأسر استفادت من البرنامج خلال الأشهر الستة الماضية. وتمتد سكة الحديد الجديدة مسافة مئة وعشرين كيلومترا، " +
      "ويُتوقع إنجازها خلال اثني عشر شهرا.",
    expected: [
      { kind: "country", text: "اللبناني", value: { code: "LB" } },
      { kind: "amount", text: "ثلاثة مليارات ونصف المليار دولار", value: { value: 3.5e9, currency: "USD", qualifier: "exact" } },
      { kind: "date", text: "كانون الثاني/يناير 2021", value: { basis: "STATED", start: { year: 2021, month: 1 } } },
      { kind: "percentage", text: "بخمسة وعشرين في المئة", value: { value: 25, direction: "down" } },
      { kind: "amount", text: "مئتي مليون يورو", value: { value: 2e8, currency: "EUR" } },
      { kind: "date", text: "تشرين الثاني/نوفمبر المقبل", value: { basis: "RELATIVE", start: { year: 2022, month: 11 } } },
      { kind: "date", text: "الأشهر الستة الماضية", value: { basis: "RELATIVE", start: { year: 2021, month: 12 }, end: { year: 2022, month: 6 } } },
      { kind: "quantity", text: "مئة وعشرين كيلومترا", value: { value: 120, unit: "km" } },
      { kind: "quantity", text: "اثني عشر شهرا", value: { value: 12, unit: "month" } },
    ],
  },
  {
    id: "central-asia",
    style: "Arabic-Indic digits, tenge, rouble and som, ranges, adjectives",
    publishedOn: { year: 2023, month: 3, day: 1 },
    text:
      "وبلغ حجم التبادل التجاري بين كازاخستان وقيرغيزستان ١٫٨ مليار دولار في عام ٢٠٢٢، فيما ضخت الشركات الكازاخستانية أكثر من ٤٥٠ مليار تنغي في القطاع الزراعي. " +
      "وتعتزم أستانا رفع صادرات القمح إلى ٣ ملايين طن سنويا، بينما يقدّر الخبراء الروس كلفة خط الأنابيب الجديد بما يتراوح بين ٢ و٣ مليارات روبل. " +
      "وفي طشقند، أعلنت الحكومة الأوزبكية تخصيص ١٢٠ مليار سوم لتحديث شبكات الري.",
    expected: [
      { kind: "country", text: "كازاخستان", value: { code: "KZ" } },
      { kind: "country", text: "وقيرغيزستان", value: { code: "KG" } },
      { kind: "amount", text: "١٫٨ مليار دولار", value: { value: 1.8e9, currency: "USD" } },
      { kind: "date", text: "عام ٢٠٢٢", value: { basis: "STATED", start: { year: 2022 } } },
      { kind: "country", text: "الكازاخستانية", value: { code: "KZ" } },
      { kind: "amount", text: "أكثر من ٤٥٠ مليار تنغي", value: { value: 4.5e11, currency: "KZT", qualifier: "at_least" } },
      { kind: "quantity", text: "٣ ملايين طن سنويا", value: { value: 3e6, unit: "tonne", per: "year" } },
      { kind: "country", text: "الروس", value: { code: "RU" } },
      { kind: "amount", text: "بين ٢ و٣ مليارات روبل", value: { value: 2e9, valueMax: 3e9, currency: "RUB", qualifier: "range" } },
      { kind: "country", text: "الأوزبكية", value: { code: "UZ" } },
      { kind: "amount", text: "١٢٠ مليار سوم", value: { value: 1.2e11, currency: "UZS" } },
    ],
  },
  {
    id: "maghreb-ma",
    style: "Moroccan: Moroccan month names, decimal comma, relative words, dirham",
    publishedOn: { year: 2025, month: 10, day: 2 },
    text:
      "أفادت وزارة الاقتصاد والمالية، أمس، بأن عائدات السياحة ارتفعت بنسبة 12 في المائة خلال الأشهر التسعة الأولى من السنة الجارية، لتصل إلى 87 مليار درهم. " +
      "وسجلت الموانئ المغربية عبور 1,4 مليون حاوية خلال شهر غشت، مقابل 1,1 مليون حاوية في يوليوز. " +
      "ومن المنتظر أن يستقبل المعرض الدولي زواره من 3 إلى 7 دجنبر 2025.",
    expected: [
      { kind: "date", text: "أمس", value: { basis: "RELATIVE", start: { year: 2025, month: 10, day: 1 } } },
      { kind: "percentage", text: "12 في المائة", value: { value: 12, direction: "up" } },
      { kind: "date", text: "السنة الجارية", value: { basis: "RELATIVE", start: { year: 2025 } } },
      { kind: "amount", text: "87 مليار درهم", value: { value: 8.7e10, currency: "MAD" } },
      { kind: "country", text: "المغربية", value: { code: "MA" } },
      { kind: "quantity", text: "1,4 مليون حاوية", value: { value: 1.4e6, unit: "container" } },
      { kind: "date", text: "شهر غشت", value: { basis: "RELATIVE", start: { year: 2025, month: 8 } } },
      { kind: "quantity", text: "1,1 مليون حاوية", value: { value: 1.1e6, unit: "container" } },
      { kind: "date", text: "يوليوز", value: { basis: "RELATIVE", start: { year: 2025, month: 7 } } },
      { kind: "date", text: "من 3 إلى 7 دجنبر 2025", value: { basis: "STATED", start: { year: 2025, month: 12, day: 3 }, end: { year: 2025, month: 12, day: 7 } } },
    ],
  },
  {
    id: "egypt",
    style: "Egyptian: percent sign, levels and changes, pound, bare months",
    publishedOn: { year: 2024, month: 3, day: 11 },
    text:
      "ارتفع معدل التضخم السنوي في المدن المصرية إلى 35.7% في فبراير 2024، مقارنة بـ29.8% في يناير، بحسب بيان صدر يوم 10 مارس. " +
      "وقال البنك المركزي إن الاحتياطيات الأجنبية لمصر بلغت 35,3 مليار دولار بنهاية ديسمبر الماضي، وإن تحويلات المصريين العاملين بالخارج تراجعت بنحو 30 بالمئة، " +
      "فيما بلغ سعر الدولار 30.9 جنيه.",
    expected: [
      { kind: "country", text: "المصرية", value: { code: "EG" } },
      { kind: "percentage", text: "35.7%", value: { value: 35.7, direction: undefined } },
      { kind: "date", text: "فبراير 2024", value: { basis: "STATED", start: { year: 2024, month: 2 } } },
      { kind: "percentage", text: "29.8%", value: { value: 29.8, direction: undefined } },
      { kind: "date", text: "يناير", value: { basis: "RELATIVE", start: { year: 2024, month: 1 } } },
      { kind: "date", text: "يوم 10 مارس", value: { basis: "RELATIVE", start: { year: 2024, month: 3, day: 10 } } },
      { kind: "country", text: "لمصر", nth: 1, value: { code: "EG" } },
      { kind: "amount", text: "35,3 مليار دولار", value: { value: 35.3e9, currency: "USD" } },
      { kind: "date", text: "ديسمبر الماضي", value: { basis: "RELATIVE", start: { year: 2023, month: 12 } } },
      { kind: "country", text: "المصريين", value: { code: "EG" } },
      { kind: "percentage", text: "بنحو 30 بالمئة", value: { value: 30, direction: "down", qualifier: "approximately" } },
      { kind: "amount", text: "30.9 جنيه", value: { value: 30.9, currency: "EGP" } },
    ],
  },
  {
    id: "caucasus",
    style: "Levantine relative expressions, dual number words, manat",
    publishedOn: { year: 2024, month: 3, day: 18 },
    text:
      "زار وفد أذربيجاني العاصمة الأرمينية الأسبوع الماضي، وبحث مع المسؤولين مشروعا لنقل ملياري متر مكعب من الغاز سنويا. " +
      "وتأمل الحكومتان أن يبدأ التشغيل العام المقبل، على أن تعقد اللجنة المشتركة اجتماعها الثالث يومي 3 و4 أيار/مايو. " +
      "وكانت أذربيجان قد خصصت هذا العام سبعة ملايين منات لتمويل البرنامج، إضافة إلى ألفي منحة دراسية.",
    expected: [
      { kind: "country", text: "أذربيجاني", value: { code: "AZ" } },
      { kind: "country", text: "الأرمينية", value: { code: "AM" } },
      { kind: "date", text: "الأسبوع الماضي", value: { basis: "RELATIVE", start: { year: 2024, month: 3, day: 11 }, end: { year: 2024, month: 3, day: 17 } } },
      { kind: "quantity", text: "ملياري متر مكعب", value: { value: 2e9, unit: "m3", per: "year" } },
      { kind: "date", text: "العام المقبل", value: { basis: "RELATIVE", start: { year: 2025 } } },
      { kind: "date", text: "يومي 3 و4 أيار/مايو", value: { basis: "RELATIVE", start: { year: 2024, month: 5, day: 3 }, end: { year: 2024, month: 5, day: 4 } } },
      { kind: "country", text: "أذربيجان", nth: 1, value: { code: "AZ" } },
      { kind: "date", text: "هذا العام", value: { basis: "RELATIVE", start: { year: 2024 } } },
      { kind: "amount", text: "سبعة ملايين منات", value: { value: 7e6, currency: "AZN" } },
      { kind: "quantity", text: "ألفي منحة", value: { value: 2000, unit: "scholarship" } },
    ],
  },
  {
    id: "energy",
    style: "Arabic-Indic digits with ٬, day-first numeric date, decades, at-most qualifiers",
    publishedOn: { year: 2024, month: 3, day: 6 },
    text:
      "تخطط الشركة لإنتاج ما يصل إلى ١٢٠ ألف برميل يوميا بحلول ٢٠٢٧، بتكلفة تقل عن ٥ مليارات دولار. " +
      "وقد بدأ التنقيب في المنطقة في الثمانينيات، وتوقف بين عامي ١٩٩١ و١٩٩٤. " +
      "ونُشر التقرير بتاريخ ٠٥/٠٣/٢٠٢٤، وأشار إلى أن قرابة ٤٠٪ من الاحتياطيات لم تُستغل بعد، وأن الشركة توظف ٢٬٣٥٠ عاملا.",
    expected: [
      { kind: "quantity", text: "ما يصل إلى ١٢٠ ألف برميل يوميا", value: { value: 120000, unit: "barrel", per: "day", qualifier: "at_most" } },
      { kind: "date", text: "٢٠٢٧", value: { basis: "STATED", start: { year: 2027 } } },
      { kind: "amount", text: "تقل عن ٥ مليارات دولار", value: { value: 5e9, currency: "USD", qualifier: "at_most" } },
      { kind: "date", text: "الثمانينيات", value: { basis: "STATED", start: { year: 1980 }, end: { year: 1989 } } },
      { kind: "date", text: "بين عامي ١٩٩١ و١٩٩٤", value: { basis: "STATED", start: { year: 1991 }, end: { year: 1994 } } },
      { kind: "date", text: "٠٥/٠٣/٢٠٢٤", value: { basis: "STATED", start: { year: 2024, month: 3, day: 5 } } },
      { kind: "percentage", text: "قرابة ٤٠٪", value: { value: 40, direction: undefined, qualifier: "approximately" } },
      { kind: "quantity", text: "٢٬٣٥٠ عاملا", value: { value: 2350, unit: "worker" } },
    ],
  },
  {
    id: "people-prefixes",
    style: "People and countries with attached prefixes (لل، ول، ل، ال)",
    publishedOn: { year: 2024, month: 8, day: 20 },
    text:
      "استقبل الرئيس الروسي فلاديمير بوتين نظيره الأذربيجاني إلهام علييف، وبحث الجانبان العلاقات مع الصين، مشيرين إلى أن للصين وللهند مصالح في الممر. " +
      "وقال لافروف إن لتركيا ولأرمينيا دورا في المنطقة، وإن موسكو تتابع باهتمام الشراكة الأوزبكية الكازاخستانية والتواصل مع الإيرانيين.",
    expected: [
      { kind: "country", text: "الروسي", value: { code: "RU" } },
      { kind: "person", text: "فلاديمير بوتين", value: { id: "vladimir-putin" } },
      { kind: "country", text: "الأذربيجاني", value: { code: "AZ" } },
      { kind: "person", text: "إلهام علييف", value: { id: "ilham-aliyev" } },
      { kind: "country", text: "الصين", nth: 0, value: { code: "CN" } },
      { kind: "country", text: "للصين", value: { code: "CN" } },
      { kind: "country", text: "وللهند", value: { code: "IN" } },
      { kind: "person", text: "لافروف", value: { id: "sergey-lavrov" } },
      { kind: "country", text: "لتركيا", value: { code: "TR" } },
      { kind: "country", text: "ولأرمينيا", value: { code: "AM" } },
      { kind: "country", text: "الأوزبكية", value: { code: "UZ" } },
      { kind: "country", text: "الكازاخستانية", value: { code: "KZ" } },
      { kind: "country", text: "الإيرانيين", value: { code: "IR" } },
    ],
  },
  {
    id: "undated",
    style: "No publication date: relative words stay unresolved",
    publishedOn: null,
    text:
      "قال المتحدث أمس إن الاجتماع المقبل سيعقد الشهر المقبل، بعد أن أُرجئ الاجتماع الذي كان مقررا العام الماضي. " +
      "وأشار إلى أن الصادرات بلغت في 2019 نحو 900 ألف طن، وأن الاتفاق الموقع في 3 آب/أغسطس 2020 لا يزال ساريا.",
    expected: [
      { kind: "date", text: "أمس", value: { basis: "RELATIVE", start: null } },
      { kind: "date", text: "الشهر المقبل", value: { basis: "RELATIVE", start: null } },
      { kind: "date", text: "العام الماضي", value: { basis: "RELATIVE", start: null } },
      { kind: "date", text: "2019", value: { basis: "STATED", start: { year: 2019 } } },
      { kind: "quantity", text: "نحو 900 ألف طن", value: { value: 9e5, unit: "tonne", qualifier: "approximately" } },
      { kind: "date", text: "3 آب/أغسطس 2020", value: { basis: "STATED", start: { year: 2020, month: 8, day: 3 } } },
    ],
  },
  {
    id: "gulf-qa-ae",
    style: "Gulf: comma thousands, dollar sign, barrels per day",
    publishedOn: { year: 2023, month: 12, day: 1 },
    text:
      "وقّعت قطر والإمارات اتفاقية بقيمة 1,250,000,000 ريال قطري لتطوير الموانئ، كما تعهد صندوق أبوظبي بتمويل قدره $750 مليون. " +
      "وارتفعت أسعار خام برنت 3 دولارات للبرميل، فيما بلغ متوسط الإنتاج الإماراتي زهاء 3.2 مليون برميل يوميا في أكتوبر الماضي. " +
      "وتراجعت أرباح الشركة ١٥ بالمائة على أساس سنوي.",
    expected: [
      { kind: "country", text: "قطر", value: { code: "QA" } },
      { kind: "country", text: "والإمارات", value: { code: "AE" } },
      { kind: "amount", text: "1,250,000,000 ريال قطري", value: { value: 1.25e9, currency: "QAR" } },
      { kind: "amount", text: "$750 مليون", value: { value: 7.5e8, currency: "USD" } },
      { kind: "amount", text: "3 دولارات", value: { value: 3, currency: "USD" } },
      { kind: "country", text: "الإماراتي", value: { code: "AE" } },
      { kind: "quantity", text: "زهاء 3.2 مليون برميل يوميا", value: { value: 3.2e6, unit: "barrel", per: "day", qualifier: "approximately" } },
      { kind: "date", text: "أكتوبر الماضي", value: { basis: "RELATIVE", start: { year: 2023, month: 10 } } },
      { kind: "percentage", text: "١٥ بالمائة", value: { value: 15, direction: "down" } },
    ],
  },
  {
    id: "maghreb-tn",
    style: "Tunisian: فيفري، ماي، أوت، جويلية, euro as أورو, month ranges",
    publishedOn: { year: 2024, month: 9, day: 2 },
    text:
      "صادق البرلمان التونسي في 28 فيفري على قرض بقيمة 500 مليون أورو، على أن يُصرف على أقساط بين ماي وأوت 2024. " +
      "وبلغت صادرات زيت الزيتون 210 آلاف طن في الفترة من نوفمبر 2023 إلى جويلية 2024، بارتفاع قدره 37 بالمائة.",
    expected: [
      { kind: "country", text: "التونسي", value: { code: "TN" } },
      { kind: "date", text: "28 فيفري", value: { basis: "RELATIVE", start: { year: 2024, month: 2, day: 28 } } },
      { kind: "amount", text: "500 مليون أورو", value: { value: 5e8, currency: "EUR" } },
      { kind: "date", text: "بين ماي وأوت 2024", value: { basis: "STATED", start: { year: 2024, month: 5 }, end: { year: 2024, month: 8 } } },
      { kind: "quantity", text: "210 آلاف طن", value: { value: 210000, unit: "tonne" } },
      { kind: "date", text: "من نوفمبر 2023 إلى جويلية 2024", value: { basis: "STATED", start: { year: 2023, month: 11 }, end: { year: 2024, month: 7 } } },
      { kind: "percentage", text: "37 بالمائة", value: { value: 37, direction: "up" } },
    ],
  },
];

/**
 * A second batch, written after the extractor existed and run once before any change
 * (the report keeps that first run's figures). Iraqi, Kuwaiti, Levantine, Sudanese, Libyan,
 * Moroccan and Central Asian styles; compound numbers ("7 مليارات و800 مليون"), ordinal days.
 */
export const heldOutBatch2: HeldOutPassage[] = [
  {
    id: "iraq",
    style: "Iraqi: Levantine months, compound billions and millions, barrels per day",
    publishedOn: { year: 2024, month: 7, day: 15 },
    text:
      "أعلنت وزارة النفط العراقية أن صادرات البلاد بلغت 3.35 مليون برميل يوميا خلال حزيران الماضي، محققة إيرادات تجاوزت 7 مليارات و800 مليون دولار. " +
      "وأضافت الوزارة أن الإنتاج سيرتفع إلى أربعة ملايين برميل يوميا مطلع العام المقبل، فيما تراجعت أسعار خام البصرة بنسبة 2.1% الأسبوع الماضي.",
    expected: [
      { kind: "country", text: "العراقية", value: { code: "IQ" } },
      { kind: "quantity", text: "3.35 مليون برميل يوميا", value: { value: 3.35e6, unit: "barrel", per: "day" } },
      { kind: "date", text: "حزيران الماضي", value: { basis: "RELATIVE", start: { year: 2024, month: 6 } } },
      { kind: "amount", text: "تجاوزت 7 مليارات و800 مليون دولار", value: { value: 7.8e9, currency: "USD", qualifier: "at_least" } },
      { kind: "quantity", text: "أربعة ملايين برميل يوميا", value: { value: 4e6, unit: "barrel", per: "day" } },
      { kind: "date", text: "العام المقبل", value: { basis: "RELATIVE", start: { year: 2025 } } },
      { kind: "percentage", text: "بنسبة 2.1%", value: { value: 2.1, direction: "down" } },
      { kind: "date", text: "الأسبوع الماضي", value: { basis: "RELATIVE", start: { year: 2024, month: 7, day: 8 }, end: { year: 2024, month: 7, day: 14 } } },
    ],
  },
  {
    id: "kuwait",
    style: "Kuwaiti: dinar, decimal comma, two percentages in one clause",
    publishedOn: { year: 2023, month: 2, day: 20 },
    text:
      "وافق مجلس الوزراء الكويتي أول أمس على ميزانية قدرها 23.5 مليار دينار للسنة المالية المقبلة، بعجز متوقع يبلغ نحو 6,8 مليار دينار. " +
      "وتتوقع الحكومة أن يبلغ متوسط سعر البرميل 70 دولارا، مع نمو الناتج المحلي بنسبة 2.4 في المئة في عام 2023 و2.9 في المئة في عام 2024.",
    expected: [
      { kind: "country", text: "الكويتي", value: { code: "KW" } },
      { kind: "date", text: "أول أمس", value: { basis: "RELATIVE", start: { year: 2023, month: 2, day: 18 } } },
      { kind: "amount", text: "23.5 مليار دينار", value: { value: 2.35e10, currency: "KWD" } },
      { kind: "amount", text: "نحو 6,8 مليار دينار", value: { value: 6.8e9, currency: "KWD", qualifier: "approximately" } },
      { kind: "amount", text: "70 دولارا", value: { value: 70, currency: "USD" } },
      { kind: "percentage", text: "2.4 في المئة", value: { value: 2.4, direction: "up" } },
      { kind: "date", text: "عام 2023", value: { basis: "STATED", start: { year: 2023 } } },
      { kind: "percentage", text: "2.9 في المئة", value: { value: 2.9, direction: "up" } },
      { kind: "date", text: "عام 2024", value: { basis: "STATED", start: { year: 2024 } } },
    ],
  },
  {
    id: "levant-jo-sy",
    style: "Levantine months without a year, money ranges, adjectives without ال",
    publishedOn: { year: 2022, month: 11, day: 30 },
    text:
      "وقّع الأردن وسوريا في 14 تشرين الأول اتفاقا لتبادل الكهرباء بقدرة 250 ميغاواط، على أن يبدأ التنفيذ في كانون الثاني المقبل. " +
      "وتبلغ كلفة الربط ما بين 40 و50 مليون دولار، بحسب مسؤولين أردنيين، فيما تقدر خسائر الشبكة السورية منذ عام 2011 بأكثر من 40 مليار دولار.",
    expected: [
      { kind: "country", text: "الأردن", value: { code: "JO" } },
      { kind: "country", text: "وسوريا", value: { code: "SY" } },
      { kind: "date", text: "14 تشرين الأول", value: { basis: "RELATIVE", start: { year: 2022, month: 10, day: 14 } } },
      { kind: "quantity", text: "250 ميغاواط", value: { value: 250, unit: "MW" } },
      { kind: "date", text: "كانون الثاني المقبل", value: { basis: "RELATIVE", start: { year: 2023, month: 1 } } },
      { kind: "amount", text: "ما بين 40 و50 مليون دولار", value: { value: 4e7, valueMax: 5e7, currency: "USD", qualifier: "range" } },
      { kind: "country", text: "أردنيين", value: { code: "JO" } },
      { kind: "country", text: "السورية", value: { code: "SY" } },
      { kind: "date", text: "عام 2011", value: { basis: "STATED", start: { year: 2011 } } },
      { kind: "amount", text: "بأكثر من 40 مليار دولار", value: { value: 4e10, currency: "USD", qualifier: "at_least" } },
    ],
  },
  {
    id: "sudan",
    style: "Sudanese: cubic metres with decimal commas, a month without a year",
    publishedOn: { year: 2021, month: 5, day: 9 },
    text:
      "قال وزير الري السوداني إن سد النهضة سيخزن نحو 13,5 مليار متر مكعب من المياه في موسم الفيضان المقبل، مقارنة بـ4,9 مليارات متر مكعب العام الماضي. " +
      "وأكد أن الخرطوم والقاهرة ترفضان أي ملء جديد قبل التوصل إلى اتفاق، مشيراً إلى أن المفاوضات توقفت منذ مطلع نيسان/أبريل.",
    expected: [
      { kind: "country", text: "السوداني", value: { code: "SD" } },
      { kind: "quantity", text: "نحو 13,5 مليار متر مكعب", value: { value: 1.35e10, unit: "m3", qualifier: "approximately" } },
      { kind: "quantity", text: "4,9 مليارات متر مكعب", value: { value: 4.9e9, unit: "m3" } },
      { kind: "date", text: "العام الماضي", value: { basis: "RELATIVE", start: { year: 2020 } } },
      { kind: "date", text: "نيسان/أبريل", value: { basis: "RELATIVE", start: { year: 2021, month: 4 } } },
    ],
  },
  {
    id: "libya",
    style: "Compound number words (مليون ومئتي ألف), past N years, percent sign ٪",
    publishedOn: { year: 2020, month: 1, day: 12 },
    text:
      "ارتفع إنتاج ليبيا من النفط إلى مليون ومئتي ألف برميل يوميا، وفق المؤسسة الوطنية للنفط، التي قدرت خسائر الإغلاقات خلال السنوات الخمس الماضية بما يزيد على 130 مليار دولار. " +
      "وتأمل المؤسسة رفع الإنتاج بنسبة 25٪ بحلول نهاية 2021.",
    expected: [
      { kind: "country", text: "ليبيا", value: { code: "LY" } },
      { kind: "quantity", text: "مليون ومئتي ألف برميل يوميا", value: { value: 1.2e6, unit: "barrel", per: "day" } },
      { kind: "date", text: "السنوات الخمس الماضية", value: { basis: "RELATIVE", start: { year: 2015 }, end: { year: 2020 } } },
      { kind: "amount", text: "بما يزيد على 130 مليار دولار", value: { value: 1.3e11, currency: "USD", qualifier: "at_least" } },
      { kind: "percentage", text: "25٪", value: { value: 25, direction: "up" } },
      { kind: "date", text: "2021", value: { basis: "STATED", start: { year: 2021 } } },
    ],
  },
  {
    id: "uz-tm",
    style: "Arabic-Indic digits, number words, an ordinal day (الأول من يناير)",
    publishedOn: { year: 2025, month: 6, day: 3 },
    text:
      "وقّعت أوزبكستان وتركمانستان مذكرة لتوريد خمسة مليارات متر مكعب من الغاز سنوياً ابتداءً من الأول من يناير ٢٠٢٦، بقيمة تقارب ١٫٢ مليار دولار. " +
      "وكان حجم التبادل التجاري بين البلدين قد نما بنسبة ١٨٪ في الربع الأول من العام الجاري، ليبلغ ٣٢٠ مليون دولار.",
    expected: [
      { kind: "country", text: "أوزبكستان", value: { code: "UZ" } },
      { kind: "country", text: "وتركمانستان", value: { code: "TM" } },
      { kind: "quantity", text: "خمسة مليارات متر مكعب من الغاز سنوياً", value: { value: 5e9, unit: "m3", per: "year" } },
      { kind: "date", text: "الأول من يناير ٢٠٢٦", value: { basis: "STATED", start: { year: 2026, month: 1, day: 1 } } },
      { kind: "amount", text: "تقارب ١٫٢ مليار دولار", value: { value: 1.2e9, currency: "USD", qualifier: "approximately" } },
      { kind: "percentage", text: "١٨٪", value: { value: 18, direction: "up" } },
      { kind: "date", text: "الربع الأول من العام الجاري", value: { basis: "RELATIVE", start: { year: 2025, month: 1 }, end: { year: 2025, month: 3 } } },
      { kind: "amount", text: "٣٢٠ مليون دولار", value: { value: 3.2e8, currency: "USD" } },
    ],
  },
  {
    id: "kz-ru",
    style: "Levantine month with a day range, adjectives, counts",
    publishedOn: { year: 2024, month: 12, day: 26 },
    text:
      "أعلنت الحكومة الكازاخستانية، الثلاثاء، أن الاستثمارات الروسية في البلاد بلغت 17 مليار دولار منذ عام 1991، وأن أكثر من 5000 شركة روسية تعمل في كازاخستان. " +
      "ومن المقرر أن يزور الرئيس الكازاخستاني موسكو الشهر المقبل، قبل قمة تعقد يومي 12 و13 شباط 2025.",
    expected: [
      { kind: "country", text: "الكازاخستانية", value: { code: "KZ" } },
      { kind: "country", text: "الروسية", value: { code: "RU" } },
      { kind: "amount", text: "17 مليار دولار", value: { value: 1.7e10, currency: "USD" } },
      { kind: "date", text: "عام 1991", value: { basis: "STATED", start: { year: 1991 } } },
      { kind: "quantity", text: "أكثر من 5000 شركة", value: { value: 5000, unit: "company", qualifier: "at_least" } },
      { kind: "country", text: "روسية", nth: 1, value: { code: "RU" } },
      { kind: "country", text: "كازاخستان", nth: 1, value: { code: "KZ" } },
      { kind: "country", text: "الكازاخستاني", nth: 1, value: { code: "KZ" } },
      { kind: "date", text: "الشهر المقبل", value: { basis: "RELATIVE", start: { year: 2025, month: 1 } } },
      { kind: "date", text: "يومي 12 و13 شباط 2025", value: { basis: "STATED", start: { year: 2025, month: 2, day: 12 }, end: { year: 2025, month: 2, day: 13 } } },
    ],
  },
  {
    id: "ma-trade",
    style: "Moroccan: decimal commas, غشت, بـ before a percentage",
    publishedOn: { year: 2019, month: 9, day: 30 },
    text:
      "سجل الميزان التجاري للمغرب عجزا بلغ 154,9 مليار درهم عند متم غشت 2019، مقابل 146,7 مليار درهم في الفترة ذاتها من السنة الماضية، أي بزيادة 5,6 بالمائة. " +
      "وبلغت واردات الطاقة 52,3 مليار درهم، فيما تراجعت صادرات الفوسفاط ومشتقاته بـ 3,1 بالمائة.",
    expected: [
      { kind: "country", text: "للمغرب", value: { code: "MA" } },
      { kind: "amount", text: "154,9 مليار درهم", value: { value: 1.549e11, currency: "MAD" } },
      { kind: "date", text: "غشت 2019", value: { basis: "STATED", start: { year: 2019, month: 8 } } },
      { kind: "amount", text: "146,7 مليار درهم", value: { value: 1.467e11, currency: "MAD" } },
      { kind: "date", text: "السنة الماضية", value: { basis: "RELATIVE", start: { year: 2018 } } },
      { kind: "percentage", text: "5,6 بالمائة", value: { value: 5.6, direction: "up" } },
      { kind: "amount", text: "52,3 مليار درهم", value: { value: 5.23e10, currency: "MAD" } },
      { kind: "percentage", text: "3,1 بالمائة", value: { value: 3.1, direction: "down" } },
    ],
  },
];

/** Countries the held-out passages name beyond the corpus's: given to the lexicon builder like any caller's. */
export const heldOutExtraCountries = [
  { code: "SA", names: ["السعودية", "المملكة العربية السعودية"], adjectives: ["سعودي"] },
  { code: "QA", names: ["قطر"], adjectives: ["قطري"] },
  { code: "AE", names: ["الإمارات", "الإمارات العربية المتحدة"], adjectives: ["إماراتي"] },
  { code: "DZ", names: ["الجزائر"], adjectives: ["جزائري"] },
  { code: "TN", names: ["تونس"], adjectives: ["تونسي"] },
  { code: "MA", names: ["المغرب"], adjectives: ["مغربي"] },
  { code: "EG", names: ["مصر"], adjectives: ["مصري"] },
  { code: "IQ", names: ["العراق"], adjectives: ["عراقي"] },
  { code: "KW", names: ["الكويت"], adjectives: ["كويتي"] },
  { code: "JO", names: ["الأردن"], adjectives: ["أردني"] },
  { code: "SY", names: ["سوريا", "سورية"], adjectives: ["سوري"] },
  { code: "SD", names: ["السودان"], adjectives: ["سوداني"] },
  { code: "LY", names: ["ليبيا"], adjectives: ["ليبي"] },
];

/** The people the held-out passages name, spelled as the corpus records them. */
export const heldOutPeople = [
  { id: "vladimir-putin", names: ["فلاديمير بوتين", "بوتين"] },
  { id: "ilham-aliyev", names: ["إلهام علييف", "علييف"] },
  { id: "sergey-lavrov", names: ["سيرغي لافروف", "لافروف"] },
];
