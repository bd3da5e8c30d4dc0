import { of } from "./helpers";

describe("percentages", () => {
  test.each([
    ["بنسبة 17.5 بالمئة", 17.5],
    ["بنسبة 10٪", 10],
    ["بنسبة ١٠٪", 10],
    ["35.7%", 35.7],
    ["4,5 في المائة", 4.5],
    ["خمسة وعشرين في المئة", 25],
    ["١٥ بالمائة", 15],
  ])("%s is %d%%", (text, value) => expect(of("percentage", text)[0]?.[1]).toMatchObject({ value }));

  test("a change carries its direction", () => {
    expect(of("percentage", "ارتفع حجم التجارة بين البلدين بنسبة 17.5 بالمئة")[0]?.[1]).toMatchObject({ direction: "up" });
    expect(of("percentage", "نظراً لانخفاض إنتاج الغاز في أوزبكستان بنسبة 10٪")[0]?.[1]).toMatchObject({ direction: "down" });
    expect(of("percentage", "وتراجعت أرباح الشركة ١٥ بالمائة")[0]?.[1]).toMatchObject({ direction: "down" });
    expect(of("percentage", "بزيادة نسبتها ٧٫٣٪")[0]?.[1]).toMatchObject({ direction: "up" });
    expect(of("percentage", "تأمل رفع الإنتاج بنسبة 25٪")[0]?.[1]).toMatchObject({ direction: "up" });
  });

  test("a level has no direction, even after a change verb", () => {
    expect(of("percentage", "ارتفع معدل التضخم إلى 35.7%")[0]?.[1]).toEqual({ value: 35.7, qualifier: "exact" });
    expect(of("percentage", "انخفضت الصادرات، وتمثل 20% من الإجمالي")[0]?.[1]).toEqual({ value: 20, qualifier: "exact" });
  });

  test("a coordinated percentage shares the direction of the one before", () => {
    const got = of("percentage", "مع نمو الناتج المحلي بنسبة 2.4 في المئة في عام 2023 و2.9 في المئة في عام 2024");
    expect(got.map(([, v]) => (v as { direction?: string }).direction)).toEqual(["up", "up"]);
  });

  test("qualifiers", () => {
    expect(of("percentage", "تراجعت بنحو 30 بالمئة")).toEqual([["نحو 30 بالمئة", { value: 30, direction: "down", qualifier: "approximately" }]]);
    expect(of("percentage", "قرابة ٤٠٪ من الاحتياطيات")[0]?.[1]).toMatchObject({ value: 40, qualifier: "approximately" });
  });
});
