/**
 * The export's CSV writer (issue 12): a cell holding any CR or LF is quoted, so the row
 * never splits and no line of a spreadsheet's reading starts with an unguarded formula.
 * Checked with a real parse (csv-parse), as a BI tool would read the file.
 */
import { parse } from "csv-parse/sync";
import { toCsv } from "@atlas/gateway/src/export/csv";

const columns = ["id", "text", "n"];

describe("toCsv", () => {
  it.each([
    ["\n=1+1", "\n=1+1"],
    ["\r=1+1", "'\r=1+1"], // starts with CR: the formula guard applies too
    ["\r", "'\r"],
    ["\n", "\n"],
    ["a\r\nb", "a\r\nb"],
    ["=SUM(A1)\n", "'=SUM(A1)\n"],
    ["x\ny, \"z\"", "x\ny, \"z\""],
  ])("%j is one quoted cell, read back as %j", (value, read) => {
    const text = toCsv(columns, [{ id: "a", text: value, n: 1 }, { id: "b", text: "plain", n: 2 }], false);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      { id: "a", text: read, n: "1" },
      { id: "b", text: "plain", n: "2" },
    ]);
    expect(text).toContain(`,"${read.replace(/"/g, '""')}",`);
    // The next record starts on a line of its own, after the quoted cell closed.
    expect(text.endsWith(',1\r\nb,plain,2\r\n')).toBe(true);
  });

  it("leaves cells without line breaks, quotes or commas bare, and writes CRLF between records", () => {
    expect(toCsv(columns, [{ id: "a", text: "plain", n: -1.5 }], false)).toBe("id,text,n\r\na,plain,-1.5\r\n");
  });
});
