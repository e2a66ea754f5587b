import type { TrendBucket } from '../../../shared/trends/aggregate';

/**
 * Series are told apart by more than hue: the Okabe–Ito colours (distinguishable with the common
 * colour-vision deficiencies), each with its own marker shape and line dash.
 */
export const SERIES_STYLES = [
  { color: '#0072B2', dash: '', shape: 'circle' },
  { color: '#D55E00', dash: '6 3', shape: 'triangle' },
  { color: '#009E73', dash: '2 3', shape: 'square' },
  { color: '#CC79A7', dash: '10 3 2 3', shape: 'diamond' },
] as const;

/** Bars and cells use the accent colour, so they follow the theme. */
export const BAR_COLOR = 'var(--accent)';
export const AXIS_COLOR = 'var(--text-muted)';
export const GRID_COLOR = 'var(--border)';

/** Formatters are costly to build and a chart formats every tick and row: keep one per locale and kind. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

export function formatBucket(bucket: string, unit: TrendBucket | 'day' | 'week' | 'month', locale: string): string {
  const date = new Date(`${bucket}T00:00:00.000Z`);
  const options: Intl.DateTimeFormatOptions =
    unit === 'month'
      ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', timeZone: 'UTC' };
  return cached(
    dateFormats,
    `${locale}|${unit === 'month' ? 'month' : 'day'}`,
    () => new Intl.DateTimeFormat(locale, options),
  ).format(date);
}

export function formatNumber(value: number, locale: string, digits = 0): string {
  return cached(
    numberFormats,
    `${locale}|${digits}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }),
  ).format(value);
}
