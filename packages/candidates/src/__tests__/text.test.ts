import { fold, skeleton, toOriginal, tokenize } from "../text";
import { find } from "./helpers";

describe("skeleton", () => {
  test("folds spelling variants and digits one character for one, dropping marks", () => {
    expect(fold("أُعلِنَ إلى ٢٠٢٤ ۱۹ مكتبة")).toBe("اعلن الي 2024 19 مكتبه");
    const sk = skeleton("وُقِّعَت");
    expect(sk.s).toBe("وقعت");
    expect(sk.map).toEqual([0, 2, 5, 7]);
  });

  test("a span ending on a letter takes its diacritics along", () => {
    const text = "خلال فترة 12 إلى 36 شهرًا القادمة";
    const sk = skeleton(text);
    const at = sk.s.indexOf("شهرا");
    const o = toOriginal(sk, at, at + 4);
    expect(text.slice(o.start, o.end)).toBe("شهرًا");
  });

  test("tokens keep digits with their separators and tell glued tokens apart", () => {
    const t = tokenize(fold("بين عامي 2022 و2023 و1,250,000 و٤٫٤"));
    expect(t.map((x) => x.text)).toEqual(["بين", "عامي", "2022", "و", "2023", "و", "1,250,000", "و", "4.4"]);
    expect(t[4]!.spaceBefore).toBe(false);
  });
});

describe("spans are JavaScript string indices into the text as given", () => {
  test("with diacritics, tatweel and a character outside the BMP before the match", () => {
    const text = "😀 تُضفي المعاهدةُ التي وُقِّعَت الشهرَ الماضي بـ 500 مليون دولار";
    for (const c of find(text, { year: 2024, month: 11, day: 3 })) expect(text.slice(c.start, c.end)).toBe(c.text);
    const amount = find(text).find((c) => c.kind === "amount")!;
    expect(amount.text).toBe("500 مليون دولار");
    expect(amount.start).toBe(text.indexOf("500"));
    const month = find(text, { year: 2024, month: 11, day: 3 }).find((c) => c.kind === "date")!;
    expect(month.text).toBe("الشهرَ الماضي");
  });
});
