import type { TrendsView } from '../domain/records';
import type { TrendFilter } from './aggregate';

/** The periods the Trends screen offers, ending today, and a custom one. */
export const TREND_RANGES = ['4w', '3m', '1y', 'all', 'custom'] as const;
export type TrendRange = (typeof TREND_RANGES)[number];

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function addMonths(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/**
 * The local days a range covers, inclusive. "All" starts at the first day with data; a custom range
 * is taken as given, its ends swapped if the person entered them the wrong way round.
 */
export function daysOfRange(
  range: TrendRange,
  today: string,
  firstDayWithData: string | null,
  custom: { readonly fromDay: string; readonly toDay: string },
): { fromDay: string; toDay: string } {
  switch (range) {
    case '4w':
      return { fromDay: addDays(today, -27), toDay: today };
    case '3m':
      return { fromDay: addDays(addMonths(today, -3), 1), toDay: today };
    case '1y':
      return { fromDay: addDays(addMonths(today, -12), 1), toDay: today };
    case 'all':
      return {
        fromDay: firstDayWithData !== null && firstDayWithData < today ? firstDayWithData : today,
        toDay: today,
      };
    case 'custom': {
      const from = custom.fromDay === '' ? today : custom.fromDay;
      const to = custom.toDay === '' ? today : custom.toDay;
      return from <= to ? { fromDay: from, toDay: to } : { fromDay: to, toDay: from };
    }
  }
}

export function sameTrendFilter(a: TrendFilter, b: TrendFilter): boolean {
  return (
    a.fromDay === b.fromDay &&
    a.toDay === b.toDay &&
    a.sensation === b.sensation &&
    a.region === b.region &&
    a.activity === b.activity
  );
}

/** What the Trends screen asks for when showing `view` on `today`: the period's days and the filters. */
export function trendFilterOf(view: TrendsView, today: string, firstDayWithData: string | null): TrendFilter {
  return {
    ...daysOfRange(view.range, today, firstDayWithData, view),
    sensation: view.sensation,
    region: view.region,
    activity: view.activity,
  };
}
