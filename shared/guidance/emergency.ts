/**
 * The emergency number where the person is, read from their locale's region. Where it isn't known
 * the app says "your local emergency number" rather than guess one: a wrong number in an emergency
 * is worse than none.
 */
const EMERGENCY_NUMBERS: Readonly<Record<string, string>> = {
  ID: '112',
  US: '911',
  CA: '911',
  MX: '911',
  PH: '911',
  GB: '999',
  IE: '112',
  AU: '000',
  NZ: '111',
  IN: '112',
  JP: '119',
  KR: '119',
  CN: '120',
  SG: '995',
  MY: '999',
  TH: '1669',
  ZA: '112',
  BR: '192',
};

/** The 27 EU countries, plus others that answer 112. */
const ONE_ONE_TWO = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'NO',
  'CH',
  'IS',
  'TR',
];

export function emergencyNumberFor(locale: string): string | null {
  let region: string | undefined;
  try {
    // Only a region the locale names itself: guessing "en" means the United States would be wrong for many.
    region = new Intl.Locale(locale).region;
  } catch {
    return null;
  }
  if (region === undefined) return null;
  return EMERGENCY_NUMBERS[region] ?? (ONE_ONE_TWO.includes(region) ? '112' : null);
}
