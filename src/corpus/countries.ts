import countries from 'i18n-iso-countries'
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' }

// On whose behalf a statement was given: ISO 3166-1 alpha-3 codes for current states, from
// i18n-iso-countries (a maintained copy of the ISO list with English names), and a small
// table of states that no longer exist and of organisations, as the UN General Debate corpus
// records them. Node-side only (schema, importer, build): the page gets each code's name from
// the built archive's label tables, so the list never reaches the browser.

countries.registerLocale(en)

/** Codes outside ISO 3166-1's current list: dissolved states and organisations. */
export const HISTORICAL_COUNTRIES: Readonly<Record<string, string>> = {
  CSK: 'Czechoslovakia',
  DDR: 'German Democratic Republic',
  SUN: 'Soviet Union',
  YUG: 'Yugoslavia',
  YMD: 'Democratic Yemen',
  SCG: 'Serbia and Montenegro',
  EU: 'European Union',
}

/**
 * The fictional states and bodies of synthetic test data (synthetic.ts), under ISO 3166-1's
 * user-assigned codes (XAA–XZZ), which no real country will ever be given.
 */
export const FICTIONAL_COUNTRIES: Readonly<Record<string, string>> = {
  XVL: 'Veloria (fictional)',
  XNL: 'Norlund (fictional)',
  XEM: 'Estmark (fictional)',
  XNC: 'Northern Compact (fictional)',
  XUN: 'The Union (fictional)',
}

/** Shorter names where the ISO list's official English name reads awkwardly in a list. */
const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  FSM: 'Micronesia',
  VAT: 'Holy See',
  GBR: 'United Kingdom',
  USA: 'United States',
  RUS: 'Russia',
  BOL: 'Bolivia',
  VEN: 'Venezuela',
  IRN: 'Iran',
  SYR: 'Syria',
  TZA: 'Tanzania',
  LAO: 'Laos',
  MDA: 'Moldova',
  PRK: 'North Korea',
  KOR: 'South Korea',
  PSE: 'Palestine',
}

export function isKnownCountry(code: string): boolean {
  return code in HISTORICAL_COUNTRIES || code in FICTIONAL_COUNTRIES || (/^[A-Z]{3}$/.test(code) && countries.isValid(code))
}

/** The English name of a code this archive knows, or undefined. */
export function countryName(code: string): string | undefined {
  if (!isKnownCountry(code)) return undefined
  return HISTORICAL_COUNTRIES[code] ?? FICTIONAL_COUNTRIES[code] ?? DISPLAY_NAMES[code] ?? countries.getName(code, 'en') ?? undefined
}
