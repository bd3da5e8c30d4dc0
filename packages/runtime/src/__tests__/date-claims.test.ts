import { partialDate } from "../dates";
import { agreedDate, commonDate, datesDisputed, type DateClaim } from "../date-claims";

const claim = (year: number, month: number | null = null, day: number | null = null): DateClaim => ({
  date: partialDate(year, month, day)!,
  end: null,
  basis: "STATED",
  basisNote: null,
  source: { citationId: null } as DateClaim["source"],
});

describe("commonDate: what every claim agrees on", () => {
  it("keeps a single claim or identical claims whole", () => {
    expect(commonDate([claim(2024, 10, 5)])?.iso).toBe("2024-10-05");
    expect(commonDate([claim(2024, 10, 5), claim(2024, 10, 5)])?.iso).toBe("2024-10-05");
  });

  it("keeps the shared year when the months differ", () => {
    const d = commonDate([claim(2024, 10), claim(2024, 8)]);
    expect(d).toEqual({ id: "PartialDate:2024", year: 2024, month: null, day: null, iso: "2024" });
  });

  it("keeps the shared month when the days differ, or when one claim gives no day", () => {
    expect(commonDate([claim(2024, 10, 5), claim(2024, 10, 7)])?.iso).toBe("2024-10");
    expect(commonDate([claim(2024, 10, 5), claim(2024, 10)])?.iso).toBe("2024-10");
    expect(commonDate([claim(2024, 10), claim(2024)])?.iso).toBe("2024");
  });

  it("is null when the years differ or there is no claim", () => {
    expect(commonDate([claim(2023, 10), claim(2024, 10)])).toBeNull();
    expect(commonDate([])).toBeNull();
  });

  it("flags every difference as a dispute, and agreedDate stays strict", () => {
    expect(datesDisputed([claim(2024, 10), claim(2024, 8)])).toBe(true);
    expect(datesDisputed([claim(2024, 10), claim(2024)])).toBe(true);
    expect(datesDisputed([claim(2024, 10), claim(2024, 10)])).toBe(false);
    expect(datesDisputed([])).toBe(false);
    expect(agreedDate([claim(2024, 10), claim(2024, 8)])).toBeNull();
  });
});
