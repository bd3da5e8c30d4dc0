import { GraphQLError } from "graphql";
import { bilateralId, byKey, idsByPair, inDateOrder, type DateClaimRow, connection, countryCodeArg, decodeCursor, encodeCursor, foldForSearch, groupByKey, pageSizeArg, parseBilateralId, partialDate, westernDigits } from "..";

const codeOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (e) {
    return e instanceof GraphQLError ? e.extensions.code : "not a GraphQLError";
  }
  return "no error";
};

describe("country codes", () => {
  it.each(["A", "AZE1", "", "A1", "ÄZ"])("refuses %j as BAD_USER_INPUT naming the argument", (bad) => {
    expect(codeOf(() => countryCodeArg("code", bad))).toBe("BAD_USER_INPUT");
    expect(() => countryCodeArg("code", bad)).toThrow(/Argument "code"/);
  });
  it("upper-cases well-formed codes", () => expect(countryCodeArg("a", "az")).toBe("AZ"));
  it("bilateral ids sort the pair", () => {
    expect(bilateralId("RU", "AZ")).toBe("AZ-RU");
    expect(parseBilateralId("AZ-RU")).toEqual(["AZ", "RU"]);
    expect(parseBilateralId("RU-AZ")).toBeNull();
    expect(parseBilateralId("AZ-AZ")).toBeNull();
  });
});

describe("pagination", () => {
  it.each([0, 101, -1, 1.5])("refuses first=%p", (n) => expect(codeOf(() => pageSizeArg(n))).toBe("BAD_USER_INPUT"));
  it("defaults to 20 and accepts 1..100", () => {
    expect(pageSizeArg(undefined)).toBe(20);
    expect(pageSizeArg(1)).toBe(1);
    expect(pageSizeArg(100)).toBe(100);
  });
  it("cursors round-trip and are bound to their list", () => {
    const c = encodeCursor("country", "AZ");
    expect(decodeCursor("country", c)).toBe("AZ");
    expect(codeOf(() => decodeCursor("person", c))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => decodeCursor("country", "not a cursor!"))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => decodeCursor("country", encodeCursor("country", "")))).toBe("BAD_USER_INPUT");
  });
  it("connection uses the extra row only to tell there is a next page", () => {
    const page = connection("n", [1, 2, 3], 2, String, 10);
    expect(page.nodes).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor("n", "2") });
    expect(connection("n", [1], 2, String, 1).pageInfo.hasNextPage).toBe(false);
  });
});

describe("Arabic search folding", () => {
  it("treats hamza and alef forms alike", () => {
    expect(foldForSearch("أذربيجان")).toBe(foldForSearch("اذربيجان"));
    expect(foldForSearch("آذربيجان")).toBe(foldForSearch("اذربيجان"));
    expect(foldForSearch("إيران")).toBe(foldForSearch("ايران"));
  });
  it("treats ta marbuta as ha, alef maqsura as ya, and drops diacritics and tatweel", () => {
    expect(foldForSearch("عاصمة")).toBe(foldForSearch("عاصمه"));
    expect(foldForSearch("موسى")).toBe(foldForSearch("موسي"));
    expect(foldForSearch("رُوسِيَا")).toBe(foldForSearch("روسيا"));
    expect(foldForSearch("روســيا")).toBe(foldForSearch("روسيا"));
  });
  it("lower-cases Latin and strips accents", () => expect(foldForSearch("Türkiye")).toBe("turkiye"));
  it("reads Arabic-Indic digits", () => expect(westernDigits("٤٫٤ و ٢٠٢٣")).toBe("4.4 و 2023"));
});

describe("loader helpers", () => {
  const rows = [{ k: "b", v: 2 }, { k: "a", v: 1 }, { k: "b", v: 3 }];
  it("byKey answers in key order with null for misses", () => {
    expect(byKey(["a", "z", "b"], rows, (r) => r.k).map((r) => r?.v ?? null)).toEqual([1, null, 3]);
  });
  it("groupByKey answers in key order with [] for misses", () => {
    expect(groupByKey(["b", "z", "a"], rows, (r) => r.k).map((l) => l.map((r) => r.v))).toEqual([[2, 3], [], [1]]);
  });
});

describe("pair loaders", () => {
  const links = [
    { ownerId: "a1", countryCode: "AZ" },
    { ownerId: "a1", countryCode: "RU" },
    { ownerId: "a2", countryCode: "AZ" },
    { ownerId: "a2", countryCode: "KZ" },
    { ownerId: "a3", countryCode: "RU" },
    { ownerId: "a3", countryCode: "KZ" },
    { ownerId: "a3", countryCode: "AZ" },
  ];
  it("finds the owners linked to both countries of each pair, in pair order", () => {
    expect(idsByPair(["AZ-RU", "KZ-RU", "AZ-UZ", "bad"], links)).toEqual([["a1", "a3"], ["a3"], [], []]);
  });
});

describe("timeline order", () => {
  const claim = (startYear: number, startMonth: number | null): DateClaimRow => ({
    startYear, startMonth, startDay: null, endYear: null, endMonth: null, endDay: null,
    basis: "STATED", basisNote: null, documentId: "d", start: 0, end: 1, claim: "c",
  });
  it("orders by the earliest claim, undated last, ties by id, and drops misses", () => {
    const rows = [{ id: "c" }, { id: "a" }, null, { id: "b" }, { id: "d" }];
    const dates = [[claim(2024, 10), claim(2024, 8)], [claim(2024, 9)], [], [], [claim(2024, 8)]];
    expect(inDateOrder(rows, dates).map((r) => r.id)).toEqual(["c", "d", "a", "b"]);
  });
});

describe("partial dates", () => {
  it("keeps the precision given", () => {
    expect(partialDate(2024)?.iso).toBe("2024");
    expect(partialDate(2024, 8)?.iso).toBe("2024-08");
    expect(partialDate(2024, 8, 3)?.iso).toBe("2024-08-03");
    expect(partialDate(2024, null, 3)?.iso).toBe("2024");
    expect(partialDate(null)).toBeNull();
  });
});
