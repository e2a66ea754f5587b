import { describe, expect, it } from 'vitest';
import {
  fileByMonth,
  monthText,
  monthsBetween,
  parseMonthText,
  parseYearText,
  yearText,
} from '../../../../shared/trends/trend-rows';
import { session, symptom } from '../fixtures';

describe('monthsBetween', () => {
  it('lists every month from the lower instant’s to the upper’s, across a new year', () => {
    expect(monthsBetween('2025-11-24T10:00:00.000Z', '2026-02-03T00:00:00.000Z')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('lists one month when both instants fall in it, and none when they are the wrong way round', () => {
    expect(monthsBetween('2026-03-01T00:00:00.000Z', '2026-03-31T23:59:59.999Z')).toEqual(['2026-03']);
    expect(monthsBetween('2026-04-01T00:00:00.000Z', '2026-03-31T00:00:00.000Z')).toEqual([]);
  });
});

describe('month texts', () => {
  const workout = session({ id: '6a7c0e77-1f5e-4d8e-9a55-3f1d2c1b0a01', startedAt: '2026-03-31T23:30:00.000Z' });
  const felt = symptom({
    id: '6a7c0e77-1f5e-4d8e-9a55-3f1d2c1b0a02',
    notedAt: '2026-04-01T01:00:00.000Z',
    sessionId: workout.id,
    notes: 'after the long hold',
  });

  it('files each row under the month of its UTC instant, adding to the months already filed', () => {
    const months = fileByMonth(new Map(), [workout], []);
    fileByMonth(months, [], [felt]);
    expect([...months.keys()]).toEqual(['2026-03', '2026-04']);
    expect(months.get('2026-03')?.sessions.map((row) => row.id)).toEqual([workout.id]);
    expect(months.get('2026-03')?.symptoms).toEqual([]);
    expect(months.get('2026-04')?.symptoms.map((row) => row.id)).toEqual([felt.id]);
  });

  it('keeps only the fields Trends reads, and reads back what it wrote', () => {
    const months = fileByMonth(new Map(), [{ ...workout, startedAt: '2026-04-01T00:30:00.000Z' }], [felt]);
    const slim = months.get('2026-04');
    if (slim === undefined) throw new Error('Nothing was filed');
    expect(slim.symptoms[0]).not.toHaveProperty('notes');
    expect(slim.sessions[0]).not.toHaveProperty('createdAt');
    expect(slim.symptoms[0]).toMatchObject({ sessionId: workout.id, severity: felt.severity, onset: felt.onset });
    expect(parseMonthText(monthText(slim))).toEqual(slim);
  });

  it('writes values, not field names, and reads back every kind of value', () => {
    const several = {
      ...felt,
      sessionId: null,
      locations: [
        { region: 'calf', side: 'left' },
        { region: 'toes', side: 'both' },
      ],
      onset: { kind: 'after', afterMinutes: 90 },
    } as typeof felt;
    const noOnset = { ...felt, id: crypto.randomUUID(), onset: null, locations: [] };
    const factors = { ...workout.factors, longestHoldMinutes: 12, warmUp: false, waterMl: null };
    const rows = fileByMonth(new Map(), [{ ...workout, factors }], [several, noOnset]);
    for (const slim of rows.values()) {
      const text = monthText(slim);
      expect(text).not.toMatch(/"(startedAt|notedAt|factors|severity|region)"/);
      expect(parseMonthText(text)).toEqual(slim);
    }
  });

  it('writes the months of a year as one text and reads each back', () => {
    const months = fileByMonth(
      new Map(),
      [workout, { ...workout, id: crypto.randomUUID(), startedAt: '2026-11-02T08:00:00.000Z' }],
      [felt],
    );
    const text = yearText(months);
    expect(parseYearText(text, '2026')).toEqual(months);
    expect(parseYearText(yearText(new Map()), '2026')).toEqual(new Map());
  });

  it('refuses a year text that is damaged or holds a month of another year', () => {
    const months = fileByMonth(new Map(), [workout], [felt]);
    const text = yearText(months);
    expect(parseYearText(text, '2025')).toBeNull();
    expect(parseYearText(text.slice(0, -3), '2026')).toBeNull();
    expect(parseYearText('[["2026-13", [[], []]]]', '2026')).toBeNull();
    expect(parseYearText('[["2026-01", [[]]]]', '2026')).toBeNull();
    expect(parseYearText('{"2026-01": [[], []]}', '2026')).toBeNull();
  });

  it('refuses a text that is not a month of rows', () => {
    expect(parseMonthText('{"sessions": [')).toBeNull();
    expect(parseMonthText('null')).toBeNull();
    expect(parseMonthText('{"sessions": []}')).toBeNull();
    expect(parseMonthText('[1, 2]')).toBeNull();
    // The object layout of the first month texts, and rows cut short.
    expect(parseMonthText('{"sessions": [], "symptoms": []}')).toBeNull();
    expect(parseMonthText('[[["id", "2026-04-01T00:30:00.000Z"]], []]')).toBeNull();
    expect(parseMonthText('[[], [["id"]]]')).toBeNull();
    expect(parseMonthText('[[], []]')).toEqual({ sessions: [], symptoms: [] });
  });
});
