/** How a subgraph names another subgraph's entity: by its key, nothing else. */
export interface CountryRef {
  code: string;
}
export interface PersonRef {
  id: string;
}
export interface EventRef {
  id: string;
}
export interface BilateralRef {
  id: string;
}
export type Lang = "EN" | "AR";

/** The Arabic text when asked for and present; otherwise the English one. */
export function inLang(lang: Lang | null | undefined, en: string, ar: string | null | undefined): string {
  return lang === "AR" && ar ? ar : en;
}

export const countryRefs = (codes: readonly string[]): CountryRef[] => [...new Set(codes)].sort().map((code) => ({ code }));
