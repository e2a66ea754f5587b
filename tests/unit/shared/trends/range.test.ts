import { describe, expect, it } from 'vitest';
import { DEFAULT_TRENDS_VIEW } from '../../../../shared/domain/records';
import { daysOfRange, sameTrendFilter, trendFilterOf } from '../../../../shared/trends/range';

const TODAY = '2026-05-15';

describe('daysOfRange', () => {
  it('ends each preset period today', () => {
    expect(daysOfRange('4w', TODAY, null, { fromDay: '', toDay: '' })).toEqual({
      fromDay: '2026-04-18',
      toDay: TODAY,
    });
    expect(daysOfRange('1y', TODAY, null, { fromDay: '', toDay: '' })).toEqual({
      fromDay: '2025-05-16',
      toDay: TODAY,
    });
  });

  it('starts "All" on the first day with data, and today for an empty journal', () => {
    expect(daysOfRange('all', TODAY, '2019-03-02', { fromDay: '', toDay: '' })).toEqual({
      fromDay: '2019-03-02',
      toDay: TODAY,
    });
    expect(daysOfRange('all', TODAY, null, { fromDay: '', toDay: '' })).toEqual({ fromDay: TODAY, toDay: TODAY });
  });

  it('swaps a custom period entered the wrong way round', () => {
    expect(daysOfRange('custom', TODAY, null, { fromDay: '2026-03-01', toDay: '2026-01-01' })).toEqual({
      fromDay: '2026-01-01',
      toDay: '2026-03-01',
    });
  });
});

describe('trendFilterOf', () => {
  it('is the period of the view on that day with its filters, what the screen and the worker both ask for', () => {
    const view = {
      ...DEFAULT_TRENDS_VIEW,
      range: 'all' as const,
      sensation: 'numbness',
      region: 'calf',
      activity: 'run',
    };
    expect(trendFilterOf(view, TODAY, '2024-01-02')).toEqual({
      fromDay: '2024-01-02',
      toDay: TODAY,
      sensation: 'numbness',
      region: 'calf',
      activity: 'run',
    });
  });

  it('is the same filter for the same view and day, and another for any other field', () => {
    const view = { ...DEFAULT_TRENDS_VIEW, activity: 'run' };
    const filter = trendFilterOf(view, TODAY, null);
    expect(sameTrendFilter(filter, trendFilterOf({ ...view }, TODAY, null))).toBe(true);
    for (const other of [
      trendFilterOf(view, '2026-05-16', null),
      trendFilterOf({ ...view, range: '4w' }, TODAY, null),
      trendFilterOf({ ...view, sensation: 'numbness' }, TODAY, null),
      trendFilterOf({ ...view, region: 'calf' }, TODAY, null),
      trendFilterOf({ ...view, activity: 'swim' }, TODAY, null),
    ]) {
      expect(sameTrendFilter(filter, other)).toBe(false);
    }
  });

  it('lists its fields in one order, so two filters for one view are the same key', () => {
    const view = { ...DEFAULT_TRENDS_VIEW, activity: 'run', sensation: 'tingling' };
    expect(JSON.stringify(trendFilterOf(view, TODAY, null))).toBe(
      JSON.stringify({ fromDay: '2026-02-16', toDay: TODAY, sensation: 'tingling', region: '', activity: 'run' }),
    );
  });
});
