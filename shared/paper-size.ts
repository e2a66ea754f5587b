/**
 * Paper the report is laid out for. North and Central America, the Philippines and a few others use
 * US Letter; the rest of the world uses A4 (CLDR's paper-size preference, by region).
 */
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

const LETTER_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'CL',
  'CO',
  'VE',
  'GT',
  'PR',
  'CR',
  'PA',
  'SV',
  'NI',
  'DO',
  'BZ',
]);

/** `en-US` → Letter, `id-ID` or `de` → A4. A locale without a region is read as its likeliest one. */
export function paperSizeForLocale(locale: string): PaperSize {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    return 'A4';
  }
  return region !== undefined && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
}
