import { readDigits, readNumber } from "../numbers";
import { fold, tokenize } from "../text";

const read = (s: string): number | undefined => readNumber(tokenize(fold(s)), 0)?.value;

describe("digits", () => {
  test.each([
    ["4.4", "4.4"],
    ["17.5", "17.5"],
    ["1,250,000,000", "1250000000"],
    ["48\u066C200", "48200"],
    ["1.250", "1250"],
    ["1.234.567", "1234567"],
    ["35,3", "35.3"],
    ["4,5", "4.5"],
    ["2022,2023", null],
  ])("%s reads as %s", (s, want) => expect(readDigits(s)).toBe(want));

  test("a single dot group before a scale word is a decimal point", () => {
    expect(readDigits("4.400", true)).toBe("4.400");
    expect(read("4.400 مليار")).toBe(4.4e9);
  });
});

describe("numbers with scales", () => {
  test.each([
    ["4.4 مليارات", 4.4e9],
    ["٤٫٤ مليارات", 4.4e9],
    ["١٢٠ ألف", 120000],
    ["700 مليون", 7e8],
    ["10 ملايين", 1e7],
    ["1,2 مليار", 1.2e9],
    ["مليار", 1e9],
    ["ملياري", 2e9],
    ["مليونين", 2e6],
    ["ألفي", 2000],
    ["7 مليارات و800 مليون", 7.8e9],
    ["مليون ومئتي ألف", 1.2e6],
    ["مليار ونصف", 1.5e9],
    ["نصف مليار", 5e8],
  ])("%s = %d", (s, want) => expect(read(s)).toBe(want));
});

describe("number words", () => {
  test.each([
    ["ثلاثة", 3],
    ["عشرين", 20],
    ["خمسة وعشرين", 25],
    ["اثني عشر", 12],
    ["أحد عشر", 11],
    ["مئة وعشرين", 120],
    ["مائة", 100],
    ["مئتي", 200],
    ["ثلاثمائة", 300],
    ["ثلاث مئة وخمسين", 350],
    ["ثلاثة مليارات ونصف المليار", 3.5e9],
    ["سبعة ملايين", 7e6],
    ["بخمسة وعشرين", 25],
  ])("%s = %d", (s, want) => expect(read(s)).toBe(want));

  test("tens/hundreds of and bare plurals are lower bounds", () => {
    const tokens = tokenize(fold("عشرات الآلاف"));
    expect(readNumber(tokens, 0)).toMatchObject({ value: 1e4, vague: true });
    expect(readNumber(tokenize(fold("بمليارات")), 0)).toMatchObject({ value: 1e9, vague: true });
  });

  test("ordinals and words that only look like numbers are not numbers", () => {
    expect(read("الرابع")).toBeUndefined();
    expect(read("العشرين")).toBeUndefined();
    expect(read("الدورة")).toBeUndefined();
  });

  test("a clock time is not a number", () => {
    expect(read("14:40")).toBeUndefined();
  });
});
