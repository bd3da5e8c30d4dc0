/** An export page as CSV text (RFC 4180, docs/bi.md "CSV"). */
import { stringify } from "csv-stringify/sync";
import type { Row } from "./datasets";

export function toCsv(columns: readonly string[], rows: Row[], bom: boolean): string {
  return stringify(rows, {
    bom,
    header: true,
    columns: [...columns],
    // RFC 4180 line ends; Excel, Power BI and csv-parse all read them.
    record_delimiter: "windows",
    // With a record_delimiter given, csv-stringify quotes only cells holding that exact
    // delimiter: a lone \n or \r would be written bare, splitting the row in Excel, and the
    // line after it could start with a formula the guard below never saw. Quote any CR or LF.
    quote_record_delimiter: true,
    // Text starting with = + - @ (or tab, CR) gets a leading ' so a spreadsheet never runs it as a formula.
    escape_formulas: true,
    cast: { boolean: (v: boolean) => (v ? "true" : "false") },
  });
}
