import { badInput } from "./errors";

const ALPHA2 = /^[A-Za-z]{2}$/;

/**
 * Validates an ISO 3166-1 alpha-2 code and returns it upper-cased. Malformed codes
 * ("A", "AZE1", "") are a client error; a well-formed unknown code is not (callers
 * answer null for it).
 */
export function countryCodeArg(argument: string, value: string): string {
  if (!ALPHA2.test(value)) {
    throw badInput(argument, `expected an ISO 3166-1 alpha-2 country code such as "AZ", got ${JSON.stringify(value)}`);
  }
  return value.toUpperCase();
}

/** The id of a bilateral relation: both codes sorted and joined ("AZ-KZ"). */
export function bilateralId(a: string, b: string): string {
  return [a, b].sort().join("-");
}

/** Splits a bilateral id back into its two codes, or null if it is not one. */
export function parseBilateralId(id: string): [string, string] | null {
  const m = /^([A-Z]{2})-([A-Z]{2})$/.exec(id);
  if (!m || m[1]! >= m[2]!) return null;
  return [m[1]!, m[2]!];
}
