import { of } from "./helpers";

describe("quantities", () => {
  test.each([
    ["10 ملايين طن سنوياً", { value: 1e7, unit: "tonne", per: "year" }],
    ["أكثر من 1400 كيلومتر", { value: 1400, unit: "km", qualifier: "at_least" }],
    ["1.250 كيلومترا", { value: 1250, unit: "km" }],
    ["300 ميغاواط", { value: 300, unit: "MW" }],
    ["١٢٠ ألف برميل يوميا", { value: 120000, unit: "barrel", per: "day" }],
    ["3.2 مليون برميل في اليوم", { value: 3.2e6, unit: "barrel", per: "day" }],
    ["ملياري متر مكعب من الغاز سنويا", { value: 2e9, unit: "m3", per: "year" }],
    ["مليون حاوية نمطية", { value: 1e6, unit: "TEU" }],
    ["50 كم", { value: 50, unit: "km" }],
    ["300 مليون شخص", { value: 3e8, unit: "person" }],
    ["6 مرات", { value: 6, unit: "time" }],
    ["ثلاث دول", { value: 3, unit: "country" }],
    ["ثلاثة عقود", { value: 3, unit: "decade" }],
    ["منذ أكثر من عشرين عاما", { value: 20, unit: "year", qualifier: "at_least" }],
    ["اثني عشر شهرا", { value: 12, unit: "month" }],
  ])("%s", (text, want) => expect(of("quantity", text)[0]?.[1]).toMatchObject(want));

  test("an indefinite dual noun counts two", () => {
    expect(of("quantity", "زار دوشانبي مرتين")).toEqual([["مرتين", { value: 2, unit: "time", qualifier: "exact" }]]);
    expect(of("quantity", "زيارة لمدة يومين")).toEqual([["يومين", { value: 2, unit: "day", qualifier: "exact" }]]);
    expect(of("quantity", "التجارة بين البلدين")).toEqual([]);
  });

  test("ranges", () => {
    expect(of("quantity", "خلال فترة 12 إلى 36 شهرًا القادمة")).toEqual([["12 إلى 36 شهرًا", { value: 12, valueMax: 36, unit: "month", qualifier: "range" }]]);
  });

  test("كم is kilometres only after digits", () => {
    expect(of("quantity", "لا أعرف ثلاثة كم هي")).toEqual([]);
  });
});
