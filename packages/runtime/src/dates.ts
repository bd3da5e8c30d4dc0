/** A date at the precision the source gives: a year, a month, or a day. */
export interface PartialDate {
  /** "PartialDate:<iso>": equal dates are one record in a client's cache (urql's graphcache and Relay key on id). */
  id: string;
  year: number;
  month: number | null;
  day: number | null;
  iso: string;
}

const pad = (n: number): string => String(n).padStart(2, "0");

export function partialDate(year: number | null, month?: number | null, day?: number | null): PartialDate | null {
  if (year === null) return null;
  const m = month ?? null;
  const d = m === null ? null : (day ?? null);
  const iso = m === null ? String(year) : d === null ? `${year}-${pad(m)}` : `${year}-${pad(m)}-${pad(d)}`;
  return { id: `PartialDate:${iso}`, year, month: m, day: d, iso };
}

/** Reads `<prefix>Year/Month/Day` columns off a row. */
export function partialDateOf<P extends string>(row: Record<`${P}Year` | `${P}Month` | `${P}Day`, number | null>, prefix: P): PartialDate | null {
  return partialDate(row[`${prefix}Year`], row[`${prefix}Month`], row[`${prefix}Day`]);
}
