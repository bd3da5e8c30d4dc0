import { find, of } from "./helpers";

const pub = { year: 2024, month: 11, day: 3 };

describe("stated dates", () => {
  test.each([
    ["في أكتوبر 2006", "أكتوبر 2006", { year: 2006, month: 10 }],
    ["في أغسطس ٢٠٢٤ من خلال", "أغسطس ٢٠٢٤", { year: 2024, month: 8 }],
    ["في أيلول/ سبتمبر 2018.", "أيلول/ سبتمبر 2018", { year: 2018, month: 9 }],
    ["في تشرين الأول/ أكتوبر 2023", "تشرين الأول/ أكتوبر 2023", { year: 2023, month: 10 }],
    ["في أغسطس (آب) 2023", "أغسطس (آب) 2023", { year: 2023, month: 8 }],
    ["في كانون الثاني 2021", "كانون الثاني 2021", { year: 2021, month: 1 }],
    ["في 12 جانفي 2023", "12 جانفي 2023", { year: 2023, month: 1, day: 12 }],
    ["في فيفري 2020", "فيفري 2020", { year: 2020, month: 2 }],
    ["في أفريل 2020", "أفريل 2020", { year: 2020, month: 4 }],
    ["في ماي 2020", "ماي 2020", { year: 2020, month: 5 }],
    ["في جوان 2020", "جوان 2020", { year: 2020, month: 6 }],
    ["في جويلية 2020", "جويلية 2020", { year: 2020, month: 7 }],
    ["في أوت 2020", "أوت 2020", { year: 2020, month: 8 }],
    ["في يوليوز 2020", "يوليوز 2020", { year: 2020, month: 7 }],
    ["في غشت 2019", "غشت 2019", { year: 2019, month: 8 }],
    ["في شتنبر 2019", "شتنبر 2019", { year: 2019, month: 9 }],
    ["في نونبر 2019", "نونبر 2019", { year: 2019, month: 11 }],
    ["في دجنبر 2019", "دجنبر 2019", { year: 2019, month: 12 }],
    ["ابريل 20, 2023 - 14:40", "ابريل 20, 2023", { year: 2023, month: 4, day: 20 }],
    ["في الأول من يناير ٢٠٢٦", "الأول من يناير ٢٠٢٦", { year: 2026, month: 1, day: 1 }],
    ["بدء العلاقات عام 1992", "عام 1992", { year: 1992 }],
    ["بحلول عام ٢٠٣٠", "عام ٢٠٣٠", { year: 2030 }],
    ["في نهاية سنة 2023", "سنة 2023", { year: 2023 }],
    ["في أولمبياد 2024", "2024", { year: 2024 }],
    ["تاريخ النشر: 2025-10-27 04:25:00", "2025-10-27", { year: 2025, month: 10, day: 27 }],
    ["بتاريخ ٠٥/٠٣/٢٠٢٤", "٠٥/٠٣/٢٠٢٤", { year: 2024, month: 3, day: 5 }],
  ])("%s", (text, span, start) => expect(of("date", text)).toEqual([[span, { basis: "STATED", start }]]));

  test("ranges of days, months and years", () => {
    expect(of("date", "إلى أستانا يومي 20 و21 أكتوبر 2025")).toEqual([
      ["يومي 20 و21 أكتوبر 2025", { basis: "STATED", start: { year: 2025, month: 10, day: 20 }, end: { year: 2025, month: 10, day: 21 } }],
    ]);
    expect(of("date", "من 3 إلى 7 دجنبر 2025")[0]?.[1]).toEqual({ basis: "STATED", start: { year: 2025, month: 12, day: 3 }, end: { year: 2025, month: 12, day: 7 } });
    expect(of("date", "بين ماي وأوت 2024")[0]?.[1]).toEqual({ basis: "STATED", start: { year: 2024, month: 5 }, end: { year: 2024, month: 8 } });
    expect(of("date", "من نوفمبر 2023 إلى جويلية 2024")[0]?.[1]).toEqual({ basis: "STATED", start: { year: 2023, month: 11 }, end: { year: 2024, month: 7 } });
    expect(of("date", "بنسبة 10٪ بين عامي 2022 و2023 بسبب")).toEqual([["بين عامي 2022 و2023", { basis: "STATED", start: { year: 2022 }, end: { year: 2023 } }]]);
    expect(of("date", "من 2015 إلى 2020")[0]?.[1]).toEqual({ basis: "STATED", start: { year: 2015 }, end: { year: 2020 } });
  });

  test("decades", () => {
    expect(of("date", "في السبعينيات")).toEqual([["السبعينيات", { basis: "STATED", start: { year: 1970 }, end: { year: 1979 } }]]);
    expect(of("date", "إلى العشرينيات والثلاثينيات من القرن العشرين.")).toEqual([
      ["العشرينيات والثلاثينيات من القرن العشرين", { basis: "STATED", start: { year: 1920 }, end: { year: 1939 } }],
    ]);
    expect(of("date", "في منتصف العقد الأول من القرن الحادي والعشرين")[0]?.[1]).toEqual({ basis: "STATED", start: { year: 2000 }, end: { year: 2009 } });
  });

  test("a four-digit number with a unit is not a year", () => {
    expect(of("date", "أكثر من 1400 كيلومتر و2000 طن و2020 دولار")).toEqual([]);
  });

  test("a month name that is also a word needs a date around it", () => {
    expect(of("date", "مارس الرئيس ضغوطا على آب العائلة")).toEqual([]);
    expect(of("date", "في شهر آب", pub)).toEqual([["شهر آب", { basis: "RELATIVE", start: { year: 2024, month: 8 } }]]);
    expect(of("date", "في 3 آب", pub)[0]?.[1]).toEqual({ basis: "RELATIVE", start: { year: 2024, month: 8, day: 3 } });
  });
});

describe("relative dates", () => {
  test.each([
    ["وُقِّعَت الشهر الماضي", { year: 2024, month: 10 }, undefined],
    ["الشهر المقبل", { year: 2024, month: 12 }, undefined],
    ["هذا الشهر", { year: 2024, month: 11 }, undefined],
    ["العام الماضي", { year: 2023 }, undefined],
    ["في السنة الماضية", { year: 2023 }, undefined],
    ["العام المقبل", { year: 2025 }, undefined],
    ["هذا العام", { year: 2024 }, undefined],
    ["بحلول نهاية هذه السنة", { year: 2024 }, undefined],
    ["العام الجاري", { year: 2024 }, undefined],
    ["أمس", { year: 2024, month: 11, day: 2 }, undefined],
    ["أول أمس", { year: 2024, month: 11, day: 1 }, undefined],
    ["اليوم", { year: 2024, month: 11, day: 3 }, undefined],
    ["غدا", { year: 2024, month: 11, day: 4 }, undefined],
    ["الأسبوع الماضي", { year: 2024, month: 10, day: 21 }, { year: 2024, month: 10, day: 27 }],
    ["الأسبوع المقبل", { year: 2024, month: 11, day: 4 }, { year: 2024, month: 11, day: 10 }],
    ["خلال العامين الماضيين", { year: 2022 }, { year: 2024 }],
    ["خلال السنوات الثلاث المقبلة", { year: 2024 }, { year: 2027 }],
    ["في فبراير الماضي", { year: 2024, month: 2 }, undefined],
    ["في نوفمبر الماضي", { year: 2023, month: 11 }, undefined],
    ["في نيسان/ أبريل المقبل", { year: 2025, month: 4 }, undefined],
    ["يومي 18 و19 آب/ أغسطس الحالي", { year: 2024, month: 8, day: 18 }, { year: 2024, month: 8, day: 19 }],
    ["في يناير", { year: 2024, month: 1 }, undefined],
    ["في 21 أيلول/سبتمبر", { year: 2024, month: 9, day: 21 }, undefined],
    ["الربع الأول من العام الجاري", { year: 2024, month: 1 }, { year: 2024, month: 3 }],
  ])("%s", (text, start, end) => {
    const dates = find(text, pub).filter((c) => c.kind === "date");
    expect(dates).toHaveLength(1);
    const d = dates[0]!;
    if (d.kind !== "date") throw new Error("not a date");
    expect(d.value).toMatchObject({ basis: "RELATIVE", start, resolvedAgainst: pub, phrase: d.text });
    expect(d.value.end).toEqual(end);
  });

  test("nothing is resolved when the document has no date, but the stated parts are kept", () => {
    const [d] = find("زار بوتين أذربيجان يومي 18 و19 آب/ أغسطس الحالي بعد لقاء العام الماضي").filter((c) => c.kind === "date");
    expect(d?.value).toEqual({
      basis: "RELATIVE",
      start: null,
      stated: { start: { month: 8, day: 18 }, end: { month: 8, day: 19 } },
      resolvedAgainst: null,
      phrase: "يومي 18 و19 آب/ أغسطس الحالي",
    });
    expect(of("date", "العام الماضي والشهر الماضي")).toEqual([
      ["العام الماضي", { basis: "RELATIVE", start: null }],
      ["الشهر الماضي", { basis: "RELATIVE", start: null }],
    ]);
  });

  test("a publication date without a month resolves years but not months", () => {
    expect(of("date", "العام الماضي والشهر الماضي", { year: 2020 })).toEqual([
      ["العام الماضي", { basis: "RELATIVE", start: { year: 2019 } }],
      ["الشهر الماضي", { basis: "RELATIVE", start: null }],
    ]);
  });

  test("'اليوم' that is not today", () => {
    expect(of("date", "في نفس اليوم الذي أعلن فيه", pub)).toEqual([]);
    expect(of("date", "بمناسبة اليوم الوطني", pub)).toEqual([]);
    expect(of("date", "ينتج 100 برميل في اليوم", pub)).toEqual([]);
  });

  test("the same year as the date before", () => {
    expect(of("date", "في سنة 2022، ثم في جوان من السنة نفسها")[1]?.[1]).toEqual({ basis: "STATED", start: { year: 2022, month: 6 } });
  });
});
