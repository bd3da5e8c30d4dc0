import { of } from "./helpers";

describe("amounts of money", () => {
  test("digits, scale words and currency words", () => {
    expect(of("amount", "ارتفع حجم التجارة ليصل إلى 4.4 مليارات دولار")).toEqual([["4.4 مليارات دولار", { value: 4.4e9, currency: "USD", qualifier: "exact" }]]);
    expect(of("amount", "برأس مال قدره ٥٠٠ مليون دولار")).toEqual([["٥٠٠ مليون دولار", { value: 5e8, currency: "USD", qualifier: "exact" }]]);
    expect(of("amount", "إلى مليار دولار خلال السنوات")).toEqual([["مليار دولار", { value: 1e9, currency: "USD", qualifier: "exact" }]]);
    expect(of("amount", "قرض بقيمة ملياري يورو")).toEqual([["ملياري يورو", { value: 2e9, currency: "EUR", qualifier: "exact" }]]);
  });

  test.each([
    ["مئة مليون روبل", "RUB"],
    ["ثلاثة ملايين منات", "AZN"],
    ["450 مليار تنغي", "KZT"],
    ["عشرة ملايين سوموني", "TJS"],
    ["500 مليون أورو", "EUR"],
    ["٢٠٠ مليون يوان", "CNY"],
    ["مليون دولار أمريكي", "USD"],
    ["مليون دولار كندي", "CAD"],
    ["مليار ريال سعودي", "SAR"],
    ["مليار ليرة تركية", "TRY"],
    ["مليار سوم أوزبكي", "UZS"],
  ])("%s is %s", (text, currency) => expect(of("amount", text)[0]?.[1]).toMatchObject({ currency }));

  test("currency symbols and codes before or after the digits", () => {
    expect(of("amount", "بتمويل قدره $750 مليون")).toEqual([["$750 مليون", { value: 7.5e8, currency: "USD", qualifier: "exact" }]]);
    expect(of("amount", "بلغت 20 € للطن")[0]?.[1]).toMatchObject({ value: 20, currency: "EUR" });
    expect(of("amount", "نحو 5 USD")[0]?.[1]).toMatchObject({ value: 5, currency: "USD" });
  });

  test("an ambiguous currency word is settled by the same word earlier, or by the nearest country named", () => {
    expect(of("amount", "بلغت ٢١ مليار ريال سعودي، ثم ٤٨ مليون ريال").map(([, v]) => (v as { currency: string }).currency)).toEqual(["SAR", "SAR"]);
    expect(of("amount", "ضخت الشركات في أوزبكستان ١٢٠ مليار سوم")[0]?.[1]).toMatchObject({ currency: "UZS" });
    expect(of("amount", "كلفة المشروع مليار سوم")[0]?.[1]).toMatchObject({ currency: null });
  });

  test.each([
    ["أكثر من 700 مليون دولار", "at_least"],
    ["ما يزيد على 130 مليار دولار", "at_least"],
    ["ما لا يقل عن 5 ملايين دولار", "at_least"],
    ["تجاوزت 7 مليارات دولار", "at_least"],
    ["نحو 20 مليون دولار", "approximately"],
    ["حوالي 20 مليون دولار", "approximately"],
    ["قرابة 20 مليون دولار", "approximately"],
    ["ما يقرب من 20 مليون دولار", "approximately"],
    ["بنحو 20 مليون دولار", "approximately"],
    ["20 مليون دولار تقريبا", "approximately"],
    ["ما يصل إلى 20 مليون دولار", "at_most"],
    ["أقل من 20 مليون دولار", "at_most"],
    ["ما لا يزيد عن 20 مليون دولار", "at_most"],
    ["لا يتجاوز 20 مليون دولار", "at_most"],
  ])("%s is %s", (text, qualifier) => {
    const [[span, value]] = of("amount", text) as [[string, { qualifier: string }]];
    expect(value.qualifier).toBe(qualifier);
    expect(text.endsWith(span)).toBe(true);
  });

  test("ranges share the scale and currency written once", () => {
    expect(of("amount", "بما يتراوح بين ٢ و٣ مليارات روبل")).toEqual([["بين ٢ و٣ مليارات روبل", { value: 2e9, valueMax: 3e9, currency: "RUB", qualifier: "range" }]]);
    expect(of("amount", "تبلغ الكلفة ما بين 40 و50 مليون دولار")).toEqual([["ما بين 40 و50 مليون دولار", { value: 4e7, valueMax: 5e7, currency: "USD", qualifier: "range" }]]);
    expect(of("amount", "من 3 إلى 5 ملايين دولار")[0]?.[1]).toMatchObject({ value: 3e6, valueMax: 5e6, qualifier: "range" });
  });

  test("a change from one value to another after a verb is two amounts", () => {
    expect(of("amount", "ارتفعت الصادرات من 3 إلى 5 مليارات دولار")).toEqual([
      ["3", { value: 3e9, currency: "USD", qualifier: "exact" }],
      ["5 مليارات دولار", { value: 5e9, currency: "USD", qualifier: "exact" }],
    ]);
  });

  test("vague plurals are lower bounds", () => {
    expect(of("amount", "يقدر بمليارات الدولارات")).toEqual([["مليارات الدولارات", { value: 1e9, currency: "USD", qualifier: "at_least" }]]);
  });

  test("a Latin slug spells an amount too", () => {
    expect(of("amount", "https://apa.az/x/forumda-700-mln-abs-dollarindan-cox-olub")[0]?.[1]).toMatchObject({ value: 7e8, currency: "USD" });
  });

  test("numbers without a currency are not amounts", () => {
    expect(of("amount", "طائرات من طراز RQ-20 Puma وفي 2023 و[4]")).toEqual([]);
  });
});
