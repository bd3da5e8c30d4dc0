/**
 * The real ISO 3166-1 countries (codes, alpha-3, English and Arabic names) from the
 * i18n-iso-countries package: the only real facts in the scale set.
 */
import countries from "i18n-iso-countries";
import ar from "i18n-iso-countries/langs/ar.json";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);
countries.registerLocale(ar);

export interface IsoCountry {
  code: string;
  iso3: string;
  nameEn: string;
  nameAr: string;
}

/** Every country the package knows, sorted by alpha-2 code. */
export function isoCountries(): IsoCountry[] {
  return Object.entries(countries.getAlpha2Codes())
    .map(([code, iso3]) => ({
      code,
      iso3,
      nameEn: countries.getName(code, "en") ?? code,
      nameAr: countries.getName(code, "ar") ?? countries.getName(code, "en") ?? code,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
}
