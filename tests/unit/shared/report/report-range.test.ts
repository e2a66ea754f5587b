import { describe, expect, it } from 'vitest';
import {
  defaultReportRange,
  isLocalDay,
  previousPeriod,
  reportLoadRange,
} from '../../../../shared/report/report-range';
import { daysOfRange } from '../../../../shared/trends/range';

const NO_CUSTOM = { fromDay: '', toDay: '' };
const THREE_MONTHS = { fromDay: '2026-02-16', toDay: '2026-05-15' };

describe('defaultReportRange', () => {
  it('covers the last 3 months before the first report', () => {
    expect(defaultReportRange('2026-05-15', null)).toEqual(THREE_MONTHS);
  });

  it('covers the same days as the Trends screen’s "3 months", month ends and leap days included', () => {
    for (const today of ['2026-05-15', '2026-05-31', '2024-02-29', '2026-03-01', '2027-01-01']) {
      expect(defaultReportRange(today, null)).toEqual(daysOfRange('3m', today, null, NO_CUSTOM));
    }
  });

  it('starts on the day of the last report, so entries made later that day are not left out', () => {
    expect(defaultReportRange('2026-05-15', '2026-03-02')).toEqual({ fromDay: '2026-03-02', toDay: '2026-05-15' });
    expect(defaultReportRange('2026-05-15', '2026-05-14')).toEqual({ fromDay: '2026-05-14', toDay: '2026-05-15' });
  });

  it('reports the year since a yearly check-up, also when it comes a few weeks late', () => {
    expect(defaultReportRange('2026-05-15', '2025-05-15')).toEqual({ fromDay: '2025-05-15', toDay: '2026-05-15' });
    expect(defaultReportRange('2026-05-15', '2025-04-15')).toEqual({ fromDay: '2025-04-15', toDay: '2026-05-15' });
  });

  it('falls back to 3 months for a last report more than 13 months ago', () => {
    expect(defaultReportRange('2026-05-15', '2025-04-14')).toEqual(THREE_MONTHS);
    expect(defaultReportRange('2026-05-15', '2019-11-02')).toEqual(THREE_MONTHS);
  });

  it('falls back to 3 months for a report made today or dated in the future', () => {
    expect(defaultReportRange('2026-05-15', '2026-05-15')).toEqual(THREE_MONTHS);
    expect(defaultReportRange('2026-05-15', '2026-05-16')).toEqual(THREE_MONTHS);
    expect(defaultReportRange('2026-05-15', '2031-01-01')).toEqual(THREE_MONTHS);
  });

  it('falls back to 3 months for a last report day that is not a real day', () => {
    for (const broken of ['', '2026-02-30', '2026-3-2', '02.03.2026', '2026-03-02T10:00']) {
      expect(defaultReportRange('2026-05-15', broken)).toEqual(THREE_MONTHS);
    }
  });
});

describe('previousPeriod', () => {
  it('is as many days as the range, ending the day before it', () => {
    expect(previousPeriod({ fromDay: '2026-03-02', toDay: '2026-03-29' })).toEqual({
      fromDay: '2026-02-02',
      toDay: '2026-03-01',
    });
  });

  it('is the day before for a single day', () => {
    expect(previousPeriod({ fromDay: '2026-03-01', toDay: '2026-03-01' })).toEqual({
      fromDay: '2026-02-28',
      toDay: '2026-02-28',
    });
  });

  it('counts calendar days, unmoved by a daylight-saving change or a leap day', () => {
    // Berlin changes to summer time on 2026-03-29: still 14 days each.
    expect(previousPeriod({ fromDay: '2026-03-23', toDay: '2026-04-05' })).toEqual({
      fromDay: '2026-03-09',
      toDay: '2026-03-22',
    });
    // 32 days, the 29th of February included.
    expect(previousPeriod({ fromDay: '2024-02-29', toDay: '2024-03-31' })).toEqual({
      fromDay: '2024-01-28',
      toDay: '2024-02-28',
    });
  });
});

describe('reportLoadRange', () => {
  it('spans the previous period and the range', () => {
    expect(reportLoadRange(THREE_MONTHS)).toEqual({ fromDay: '2025-11-19', toDay: '2026-05-15' });
  });
});

describe('isLocalDay', () => {
  it('accepts real YYYY-MM-DD days only', () => {
    expect(['2026-03-02', '2024-02-29', '0202-03-02'].map(isLocalDay)).toEqual([true, true, true]);
    expect(['', '2026-02-29', '2026-13-01', '2026-3-2', ' 2026-03-02', 'soon'].map(isLocalDay)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
