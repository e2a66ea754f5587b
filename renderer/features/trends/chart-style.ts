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

export type MarkerShape = (typeof SERIES_STYLES)[number]['shape'];

/** Markers have the area of Recharts' default scatter symbol (64 px²), whatever their shape. */
const MARKER_AREA = 64;

/**
 * The SVG path of one marker centred on (x, y). Drawn by the chart itself rather than as Recharts
 * scatter points, which cost six components and a store subscription each: a year of daily
 * markers took a third of drawing the Trends screen.
 */
export function markerPath(shape: MarkerShape, x: number, y: number): string {
  const f = (value: number) => Math.round(value * 100) / 100;
  switch (shape) {
    case 'circle': {
      const r = Math.sqrt(MARKER_AREA / Math.PI);
      return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    }
    case 'square': {
      const half = Math.sqrt(MARKER_AREA) / 2;
      return `M${f(x - half)},${f(y - half)}h${f(2 * half)}v${f(2 * half)}h${f(-2 * half)}Z`;
    }
    case 'triangle': {
      // Equilateral, pointing up, centred on its centroid.
      const side = Math.sqrt((4 * MARKER_AREA) / Math.sqrt(3));
      const height = (side * Math.sqrt(3)) / 2;
      return `M${f(x)},${f(y - (2 * height) / 3)}L${f(x + side / 2)},${f(y + height / 3)}L${f(x - side / 2)},${f(y + height / 3)}Z`;
    }
    case 'diamond': {
      // A square turned by 45°.
      const half = Math.sqrt(MARKER_AREA / 2);
      return `M${f(x)},${f(y - half)}L${f(x + half)},${f(y)}L${f(x)},${f(y + half)}L${f(x - half)},${f(y)}Z`;
    }
  }
}

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

/**
 * Recharts' `interval` for a category axis of `count` buckets showing about `labels` of them,
 * evenly spaced. A fixed step spares Recharts measuring every label's text to find which fit,
 * which was a tenth of drawing the Trends screen.
 */
export function tickInterval(count: number, labels: number): number {
  return Math.max(0, Math.ceil(count / labels) - 1);
}
