import { partialDate, type PartialDate } from "./dates";
import { toSource, type CitationRow } from "./sources";

/** A `*_date` row: one source's claim about when something happened. */
export interface DateClaimRow extends CitationRow {
  startYear: number;
  startMonth: number | null;
  startDay: number | null;
  endYear: number | null;
  endMonth: number | null;
  endDay: number | null;
  basis: string;
  basisNote: string | null;
}

export interface DateClaim {
  date: PartialDate;
  end: PartialDate | null;
  basis: "STATED" | "RELATIVE" | "INFERRED";
  basisNote: string | null;
  source: ReturnType<typeof toSource>;
}

export function dateClaimOf(row: DateClaimRow): DateClaim {
  return {
    date: partialDate(row.startYear, row.startMonth, row.startDay)!,
    end: partialDate(row.endYear, row.endMonth, row.endDay),
    basis: row.basis === "RELATIVE" || row.basis === "INFERRED" ? row.basis : "STATED",
    basisNote: row.basisNote,
    // "date:<id>": a date claim's row id lives in its own table, so it must never pass for a citation's.
    source: { ...toSource(row), citationId: row.id === undefined ? null : `date:${row.id}` },
  };
}

/** The date all claims agree on; null when there is none or they disagree (the claims stay visible). */
export function agreedDate(claims: readonly DateClaim[]): PartialDate | null {
  const first = claims[0];
  if (!first) return null;
  return claims.every((c) => c.date.iso === first.date.iso) ? first.date : null;
}

/**
 * The part of the date every claim shares: the year when all give the same year, then the
 * month, then the day, each only while every claim states it alike. Null when there are no
 * claims or the years differ. Disagreeing claims ("October 2024", "August 2024") thus still
 * tell the reader what is certain (2024); `datesDisputed` says they differ.
 */
export function commonDate(claims: readonly DateClaim[]): PartialDate | null {
  const first = claims[0]?.date;
  if (!first || !claims.every((c) => c.date.year === first.year)) return null;
  const month = first.month !== null && claims.every((c) => c.date.month === first.month) ? first.month : null;
  const day = month !== null && first.day !== null && claims.every((c) => c.date.day === first.day) ? first.day : null;
  return partialDate(first.year, month, day);
}

/** True when the claims do not all give the same date (at the same precision). */
export function datesDisputed(claims: readonly DateClaim[]): boolean {
  return new Set(claims.map((c) => c.date.iso)).size > 1;
}

/** Sort key: the earliest claimed date, undated last. */
export function earliestIso(claims: readonly DateClaim[]): string {
  return claims.map((c) => c.date.iso).sort()[0] ?? "9999";
}

/**
 * Rows (loaded by id, misses dropped) ordered by their earliest claimed date, undated
 * last, then by id: the order of timelines (agreements, events).
 */
export function inDateOrder<R extends { id: string }>(rows: readonly (R | null | Error)[], dates: readonly (DateClaimRow[] | Error)[]): R[] {
  return rows
    .map((row, i) => {
      const d = dates[i];
      return { row, key: Array.isArray(d) ? earliestIso(d.map(dateClaimOf)) : "9999" };
    })
    .filter((k): k is { row: R; key: string } => !!k.row && !(k.row instanceof Error))
    .sort((a, b) => a.key.localeCompare(b.key) || a.row.id.localeCompare(b.row.id))
    .map((k) => k.row);
}
