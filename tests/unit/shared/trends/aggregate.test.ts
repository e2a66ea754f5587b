import { describe, expect, it } from 'vitest';
import { normaliseLocations } from '../../../../shared/domain/body-locations';
import { localDayOf } from '../../../../shared/domain/local-time';
import type { ExerciseSession, Onset, SymptomEntry } from '../../../../shared/domain/records';
import { benchmarkSample, generateSampleJournal, sixMonthSample } from '../../../../shared/sample-data';
import {
  MAX_DOSE_BINS,
  MAX_SERIES_POINTS,
  ONSET_BINS,
  aggregateTrends,
  type TrendData,
  type TrendFilter,
} from '../../../../shared/trends/aggregate';
import { session, symptom } from '../fixtures';

const MINUTE = 60_000;
const BERLIN_WINTER = 60;
const BERLIN_SUMMER = 120;
const JAKARTA = 7 * 60;

/** An instant and offset for a local wall-clock time (`YYYY-MM-DDTHH:mm`) at a UTC offset. */
function at(local: string, utcOffsetMinutes: number): { instant: string; utcOffsetMinutes: number } {
  return {
    instant: new Date(Date.parse(`${local}:00.000Z`) - utcOffsetMinutes * MINUTE).toISOString(),
    utcOffsetMinutes,
  };
}

function sessionAt(local: string, offset: number, overrides: Partial<ExerciseSession> = {}): ExerciseSession {
  const { instant, utcOffsetMinutes } = at(local, offset);
  return session({ startedAt: instant, utcOffsetMinutes, ...overrides });
}

function symptomAt(local: string, offset: number, overrides: Partial<SymptomEntry> = {}): SymptomEntry {
  const { instant, utcOffsetMinutes } = at(local, offset);
  return symptom({ notedAt: instant, utcOffsetMinutes, ...overrides });
}

function filter(fromDay: string, toDay: string, narrower: Partial<TrendFilter> = {}): TrendFilter {
  return { fromDay, toDay, sensation: '', region: '', activity: '', ...narrower };
}

const ALL = filter('', '');

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const dayOfSymptom = (entry: SymptomEntry) =>
  localDayOf({ instant: entry.notedAt, utcOffsetMinutes: entry.utcOffsetMinutes });
const dayOfSession = (entry: ExerciseSession) =>
  localDayOf({ instant: entry.startedAt, utcOffsetMinutes: entry.utcOffsetMinutes });
const isMonday = (day: string) => new Date(`${day}T00:00:00.000Z`).getUTCDay() === 1;

/** Every series the charts get, with its length. */
function seriesLengths(data: TrendData): Record<string, number> {
  return {
    severity: data.severity.points.length,
    weekly: data.weekly.points.length,
    byActivity: data.byActivity.length,
    regions: data.regions.length,
    calendar: data.calendar.cells.length,
    onset: data.onset.length,
    dose: data.dose.mode === 'sessions' ? data.dose.points.length : data.dose.bins.length,
  };
}

/** The counts every chart reports must all be the same episodes. */
function expectConsistent(data: TrendData): void {
  const episodes = data.totals.episodes;
  expect(sum(data.weekly.points.map((point) => point.episodes))).toBe(episodes);
  expect(sum(data.calendar.cells.map((cell) => cell.episodes))).toBe(episodes);
  expect(sum(data.onset.map((bin) => bin.episodes))).toBe(episodes);
  expect(sum(data.byActivity.map((row) => row.episodes))).toBe(episodes);
  expect(sum(data.byActivity.map((row) => row.sessions))).toBe(data.totals.sessions);
  expect(data.dose.withIntensity + data.dose.withoutIntensity).toBe(data.totals.sessions);
  if (data.dose.mode === 'bins') expect(sum(data.dose.bins.map((bin) => bin.sessions))).toBe(data.dose.withIntensity);
  else expect(data.dose.points).toHaveLength(data.dose.withIntensity);
  for (const length of Object.values(seriesLengths(data))) expect(length).toBeLessThanOrEqual(MAX_SERIES_POINTS);
}

describe('aggregateTrends: empty ranges', () => {
  it('gives a valid, empty structure when there is no data at all', () => {
    const data = aggregateTrends([], [], ALL);
    expect(data.range).toBeNull();
    expect(data.severity).toMatchObject({ sensations: [], episodes: [], points: [] });
    expect(data.weekly.points).toEqual([]);
    expect(data.byActivity).toEqual([]);
    expect(data.regions).toEqual([]);
    expect(data.calendar).toEqual({ unit: 'day', fromDay: null, toDay: null, cells: [] });
    expect(data.onset.map((bin) => bin.bin)).toEqual([...ONSET_BINS]);
    expect(data.onset.every((bin) => bin.episodes === 0)).toBe(true);
    expect(data.dose).toEqual({ mode: 'sessions', withIntensity: 0, withoutIntensity: 0, points: [] });
    expect(data.totals).toEqual({ sessions: 0, episodes: 0, daysWithEpisodes: 0, firstDay: null, lastDay: null });
    expect(data.summary).toBeNull();
  });

  it('keeps the range and lays out empty buckets when a given range has no data', () => {
    const journal = [symptomAt('2026-01-05T10:00', BERLIN_WINTER)];
    const data = aggregateTrends(
      [sessionAt('2026-01-05T09:00', BERLIN_WINTER)],
      journal,
      filter('2026-03-02', '2026-03-29'),
    );
    expect(data.range).toEqual({ fromDay: '2026-03-02', toDay: '2026-03-29', days: 28, clamped: false });
    expect(data.bucket).toBe('day');
    expect(data.severity.points).toEqual([]);
    expect(data.weekly.points).toHaveLength(4);
    expect(data.weekly.points.every((point) => point.episodes === 0)).toBe(true);
    expect(data.calendar).toEqual({ unit: 'day', fromDay: '2026-03-02', toDay: '2026-03-29', cells: [] });
    expect(data.totals).toEqual({ sessions: 0, episodes: 0, daysWithEpisodes: 0, firstDay: null, lastDay: null });
    expect(data.summary?.firstThird).toMatchObject({ episodes: 0, meanSeverity: null, worst: null });
    expect(data.summary?.severityChange).toBeNull();
    expectConsistent(data);
  });

  it('keeps the filtered sensation as an all-empty line when it has no episodes', () => {
    const data = aggregateTrends([], [symptomAt('2026-03-03T10:00', BERLIN_WINTER)], {
      ...filter('2026-03-02', '2026-03-08'),
      sensation: 'numbness',
    });
    expect(data.severity.sensations).toEqual(['numbness']);
    expect(data.severity.episodes).toEqual([0]);
    expect(data.severity.points).toHaveLength(7);
    expect(data.severity.points.every((point) => point.worst[0] === null && point.rolling[0] === null)).toBe(true);
  });

  it('swaps bounds given the wrong way round and reads a malformed bound as open', () => {
    const journal = [symptomAt('2026-03-03T10:00', BERLIN_WINTER), symptomAt('2026-03-09T10:00', BERLIN_WINTER)];
    expect(aggregateTrends([], journal, filter('2026-03-08', '2026-03-02')).range).toMatchObject({
      fromDay: '2026-03-02',
      toDay: '2026-03-08',
    });
    expect(aggregateTrends([], journal, filter('2026-02-30', 'soon')).range).toMatchObject({
      fromDay: '2026-03-03',
      toDay: '2026-03-09',
    });
  });
});

describe('aggregateTrends: inputs', () => {
  it('notices entries added to an array it has seen, and ignores unreadable timestamps', () => {
    const journal = [symptomAt('2026-03-02T10:00', BERLIN_WINTER)];
    expect(aggregateTrends([], journal, ALL).totals.episodes).toBe(1);
    journal.push(symptomAt('2026-03-03T10:00', BERLIN_WINTER), symptom({ notedAt: 'not a time' }));
    expect(aggregateTrends([], journal, ALL).totals).toMatchObject({ episodes: 2, lastDay: '2026-03-03' });
  });
});

describe('aggregateTrends: local days across daylight-saving changes and travel', () => {
  // Berlin goes from +01:00 to +02:00 on 2026-03-29 and back on 2026-10-25.
  const entries = [
    symptomAt('2026-03-28T23:30', BERLIN_WINTER, { severity: 1 }),
    symptomAt('2026-03-29T23:30', BERLIN_SUMMER, { severity: 2 }),
    symptomAt('2026-03-30T00:30', BERLIN_SUMMER, { severity: 3 }),
    symptomAt('2026-10-24T23:30', BERLIN_SUMMER, { severity: 4 }),
    symptomAt('2026-10-25T23:30', BERLIN_WINTER, { severity: 5 }),
  ];

  it('keeps an entry at 23:30 local on its own local day on both sides of each change', () => {
    // Their UTC days differ from their local days for the 00:30 one, and the 23:30 ones sit late on UTC days.
    expect(entries[2]?.notedAt.slice(0, 10)).toBe('2026-03-29');
    const data = aggregateTrends([], entries, filter('2026-01-01', '2026-12-31'));
    expect(data.bucket).toBe('day');
    expect(data.calendar.cells).toEqual([
      { bucket: '2026-03-28', episodes: 1, worst: 1 },
      { bucket: '2026-03-29', episodes: 1, worst: 2 },
      { bucket: '2026-03-30', episodes: 1, worst: 3 },
      { bucket: '2026-10-24', episodes: 1, worst: 4 },
      { bucket: '2026-10-25', episodes: 1, worst: 5 },
    ]);
    const worstOn = (day: string) => data.severity.points.find((point) => point.bucket === day)?.worst[0];
    expect(worstOn('2026-03-29')).toBe(2);
    expect(worstOn('2026-10-25')).toBe(5);
    expect(data.severity.points).toHaveLength(365);
  });

  it('puts the days of a clock-change week into one Monday-keyed week, seven days apart throughout', () => {
    const data = aggregateTrends([], entries, filter('2025-06-01', '2027-06-30'));
    expect(data.bucket).toBe('week');
    expect(data.weekly.unit).toBe('week');
    const keys = data.weekly.points.map((point) => point.bucket);
    expect(keys.every(isMonday)).toBe(true);
    for (let i = 1; i < keys.length; i++) {
      expect(Date.parse(keys[i] as string) - Date.parse(keys[i - 1] as string)).toBe(7 * 24 * 60 * MINUTE);
    }
    const episodesIn = (week: string) => data.weekly.points.find((point) => point.bucket === week)?.episodes;
    expect(episodesIn('2026-03-23')).toBe(2); // Sat 28th and Sun 29th
    expect(episodesIn('2026-03-30')).toBe(1); // 00:30 on Monday the 30th
    expect(episodesIn('2026-10-19')).toBe(2);
    expect(data.severity.points.map((point) => point.bucket)).toEqual(keys);
    expect(data.severity.points.find((point) => point.bucket === '2026-03-23')?.worst).toEqual([2]);
    expect(data.calendar.unit).toBe('week');
    expectConsistent(data);
  });

  it('lands an entry logged at +07:00 on its own local day, not on the day at home or in UTC', () => {
    const trip = symptomAt('2026-03-11T01:30', JAKARTA);
    expect(trip.notedAt.slice(0, 10)).toBe('2026-03-10');
    expect(aggregateTrends([], [trip], filter('2026-03-11', '2026-03-11')).totals.episodes).toBe(1);
    expect(aggregateTrends([], [trip], filter('2026-03-10', '2026-03-10')).totals.episodes).toBe(0);
    expect(aggregateTrends([], [trip], ALL).totals).toMatchObject({ firstDay: '2026-03-11', lastDay: '2026-03-11' });
  });

  it('agrees with localDayOf for every entry of the sample half year (with its Berlin clock change and Jakarta week)', () => {
    const { sessions, symptoms } = generateSampleJournal(sixMonthSample(new Date('2026-05-15T16:20:00.000Z')));
    const data = aggregateTrends(sessions, symptoms, ALL);
    const perDay = new Map<string, { episodes: number; worst: number }>();
    for (const entry of symptoms) {
      const cell = perDay.get(dayOfSymptom(entry)) ?? { episodes: 0, worst: -1 };
      perDay.set(dayOfSymptom(entry), { episodes: cell.episodes + 1, worst: Math.max(cell.worst, entry.severity) });
    }
    const expected = [...perDay.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([bucket, cell]) => ({ bucket, ...cell }));
    expect(data.calendar.cells).toEqual(expected);
    const sessionDays = sessions.map(dayOfSession).sort();
    expect(data.totals.firstDay).toBe([sessionDays[0], ...perDay.keys()].sort()[0]);
    expect(data.totals.sessions).toBe(sessions.length);
    expectConsistent(data);
  });
});

describe('aggregateTrends: severity lines', () => {
  it('holds a sparse value for seven days, then stops, never averaging entries months apart', () => {
    const journal = [
      symptomAt('2026-01-10T10:00', BERLIN_WINTER, { sensations: ['numbness'], severity: 6 }),
      symptomAt('2026-04-20T10:00', BERLIN_SUMMER, { sensations: ['numbness'], severity: 2 }),
    ];
    const data = aggregateTrends([], journal, filter('2026-01-01', '2026-06-30'));
    expect(data.severity.rolling).toEqual({ unit: 'day', size: 7 });
    expect(data.severity.points).toHaveLength(181);
    const point = (day: string) => data.severity.points.find((each) => each.bucket === day);
    expect(point('2026-01-09')).toEqual({ bucket: '2026-01-09', worst: [null], rolling: [null] });
    expect(point('2026-01-10')).toEqual({ bucket: '2026-01-10', worst: [6], rolling: [6] });
    expect(point('2026-01-16')).toEqual({ bucket: '2026-01-16', worst: [null], rolling: [6] });
    expect(point('2026-01-17')?.rolling).toEqual([null]);
    expect(point('2026-04-20')?.rolling).toEqual([2]);
    expect(point('2026-04-26')?.rolling).toEqual([2]);
    expect(point('2026-04-27')?.rolling).toEqual([null]);
    expect(data.severity.points.filter((each) => each.worst[0] !== null)).toHaveLength(2);
  });

  it('averages the daily worsts of the last seven calendar days that have data', () => {
    const journal = [
      symptomAt('2026-03-02T08:00', BERLIN_WINTER, { severity: 4 }),
      symptomAt('2026-03-02T20:00', BERLIN_WINTER, { severity: 1 }), // the day's worst is 4
      symptomAt('2026-03-04T08:00', BERLIN_WINTER, { severity: 7 }),
    ];
    const data = aggregateTrends([], journal, filter('2026-03-01', '2026-03-14'));
    const rolling = data.severity.points.map((point) => point.rolling[0]);
    // 2nd: 4; 4th: mean(4, 7); 9th: the 2nd has left the window; 11th: the 4th has left too.
    expect(rolling.slice(0, 12)).toEqual([null, 4, 4, 5.5, 5.5, 5.5, 5.5, 5.5, 7, 7, null, null]);
  });

  it('shows at most four sensations, most episodes first, ties by name, and the worst per bucket of each', () => {
    const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}T10:00`;
    const journal = [
      ...[1, 2, 3].map((n) => symptomAt(day(n), BERLIN_WINTER, { sensations: ['tingling'], severity: n })),
      ...[1, 2].map((n) => symptomAt(day(n), BERLIN_WINTER, { sensations: ['numbness', 'burning'], severity: 5 })),
      symptomAt(day(4), BERLIN_WINTER, { sensations: ['cramp', 'cramp'], severity: 9 }),
      symptomAt(day(5), BERLIN_WINTER, { sensations: ['soreness'], severity: 2 }),
    ];
    const data = aggregateTrends([], journal, filter('2026-03-01', '2026-03-07'));
    expect(data.severity.sensations).toEqual(['tingling', 'burning', 'numbness', 'cramp']);
    expect(data.severity.episodes).toEqual([3, 2, 2, 1]);
    expect(data.severity.points.find((point) => point.bucket === '2026-03-02')?.worst).toEqual([2, 5, 5, null]);
    expect(data.severity.points.find((point) => point.bucket === '2026-03-04')?.worst).toEqual([null, null, null, 9]);
  });

  it('rolls over four buckets for week buckets', () => {
    const journal = [
      symptomAt('2025-01-06T10:00', BERLIN_WINTER, { severity: 8 }),
      symptomAt('2025-01-13T10:00', BERLIN_WINTER, { severity: 2 }),
    ];
    const data = aggregateTrends([], journal, filter('2025-01-06', '2026-06-30'));
    expect(data.bucket).toBe('week');
    expect(data.severity.rolling).toEqual({ unit: 'bucket', size: 4 });
    expect(data.severity.points.slice(0, 6).map((point) => point.rolling[0])).toEqual([8, 5, 5, 5, 2, null]);
  });
});

describe('aggregateTrends: one day', () => {
  it('gives one bucket, one week and one cell', () => {
    const journal = [
      symptomAt('2026-03-12T07:00', BERLIN_WINTER, { severity: 3 }),
      symptomAt('2026-03-12T21:00', BERLIN_WINTER, { severity: 6 }),
      symptomAt('2026-03-13T07:00', BERLIN_WINTER, { severity: 9 }),
    ];
    const data = aggregateTrends(
      [sessionAt('2026-03-12T06:00', BERLIN_WINTER)],
      journal,
      filter('2026-03-12', '2026-03-12'),
    );
    expect(data.range).toEqual({ fromDay: '2026-03-12', toDay: '2026-03-12', days: 1, clamped: false });
    expect(data.bucket).toBe('day');
    expect(data.severity.points).toEqual([{ bucket: '2026-03-12', worst: [6], rolling: [6] }]);
    expect(data.weekly.points).toEqual([{ bucket: '2026-03-09', episodes: 2 }]);
    expect(data.calendar.cells).toEqual([{ bucket: '2026-03-12', episodes: 2, worst: 6 }]);
    expect(data.totals).toEqual({
      sessions: 1,
      episodes: 2,
      daysWithEpisodes: 1,
      firstDay: '2026-03-12',
      lastDay: '2026-03-12',
    });
    expect(data.summary?.firstThird).toEqual(data.summary?.lastThird);
    expect(data.summary?.firstThird).toMatchObject({ episodes: 2, meanSeverity: 4.5, worst: 6 });
    expectConsistent(data);
  });
});

describe('aggregateTrends: ten years', () => {
  const { sessions, symptoms } = generateSampleJournal(benchmarkSample(new Date('2026-05-15T16:20:00.000Z')));

  it('buckets by month, keeps every series within 1,000 points and drops nothing', () => {
    const data = aggregateTrends(sessions, symptoms, ALL);
    expect(['week', 'month']).toContain(data.bucket);
    expect(data.bucket).toBe('month');
    expect(data.weekly.unit).toBe('month');
    expect(data.calendar.unit).toBe('week');
    expect(data.severity.points.length).toBeLessThanOrEqual(370);
    expect(data.weekly.points.length).toBeLessThanOrEqual(370);
    expect(data.totals.sessions).toBe(20_000);
    expect(data.totals.episodes).toBe(60_000);
    expect(sum(data.weekly.points.map((point) => point.episodes))).toBe(60_000);
    expect(data.dose.mode).toBe('bins');
    expect(data.severity.sensations.length).toBe(4);
    expect(data.range?.clamped).toBe(false);
    expectConsistent(data);
  });

  it('counts exactly the episodes whose local day is in a range', () => {
    const range = filter('2019-02-14', '2023-08-31');
    const data = aggregateTrends(sessions, symptoms, range);
    const inRange = (day: string) => day >= range.fromDay && day <= range.toDay;
    expect(data.bucket).toBe('week');
    expect(data.totals.episodes).toBe(symptoms.filter((entry) => inRange(dayOfSymptom(entry))).length);
    expect(data.totals.sessions).toBe(sessions.filter((entry) => inRange(dayOfSession(entry))).length);
    expect(sum(data.weekly.points.map((point) => point.episodes))).toBe(data.totals.episodes);
    expectConsistent(data);
  });

  it('answers the same for the same arrays, and sees a newly logged entry in a new array', () => {
    const range = filter('2026-04-01', '2026-05-15');
    const first = aggregateTrends(sessions, symptoms, range);
    expect(aggregateTrends(sessions, symptoms, range)).toEqual(first);
    const logged = symptomAt('2026-05-15T20:00', BERLIN_SUMMER, { severity: 10, sensations: ['numbness'] });
    const after = aggregateTrends(sessions, [...symptoms, logged], range);
    expect(after.totals.episodes).toBe(first.totals.episodes + 1);
    expect(after.calendar.cells.at(-1)).toMatchObject({ bucket: '2026-05-15', worst: 10 });
  });
});

describe('aggregateTrends: filters', () => {
  const { sessions, symptoms } = generateSampleJournal(sixMonthSample(new Date('2026-05-15T16:20:00.000Z')));
  const activityOf = new Map(sessions.map((entry) => [entry.id, entry.activity]));

  it('narrows episodes to a sensation, and keeps every session', () => {
    const data = aggregateTrends(sessions, symptoms, { ...ALL, sensation: 'numbness' });
    const expected = symptoms.filter((entry) => entry.sensations.includes('numbness'));
    expect(expected.length).toBeGreaterThan(0);
    expect(data.totals.episodes).toBe(expected.length);
    expect(data.totals.sessions).toBe(sessions.length);
    expect(data.severity.sensations).toEqual(['numbness']);
    expectConsistent(data);
  });

  it('narrows episodes to a region, on any side', () => {
    const data = aggregateTrends(sessions, symptoms, { ...ALL, region: 'calf' });
    const expected = symptoms.filter((entry) => entry.locations.some((location) => location.region === 'calf'));
    expect(expected.length).toBeGreaterThan(0);
    expect(data.totals.episodes).toBe(expected.length);
    const calfPlaces = data.regions.filter((place) => place.region === 'calf');
    expect(calfPlaces.length).toBeGreaterThan(0);
    expect(sum(calfPlaces.map((place) => place.episodes))).toBeGreaterThanOrEqual(expected.length);
  });

  it('narrows sessions to an activity and episodes to those linked to its sessions', () => {
    const data = aggregateTrends(sessions, symptoms, { ...ALL, activity: 'yoga' });
    const expected = symptoms.filter((entry) => entry.sessionId !== null && activityOf.get(entry.sessionId) === 'yoga');
    expect(expected.length).toBeGreaterThan(0);
    expect(data.totals.episodes).toBe(expected.length);
    expect(data.totals.sessions).toBe(sessions.filter((entry) => entry.activity === 'yoga').length);
    expect(data.byActivity.map((row) => row.activity)).toEqual(['yoga']);
    expectConsistent(data);
  });

  it('combines filters and a range', () => {
    const narrow = { ...filter('2026-01-01', '2026-03-31'), sensation: 'numbness', region: 'calf', activity: 'yoga' };
    const data = aggregateTrends(sessions, symptoms, narrow);
    const expected = symptoms.filter(
      (entry) =>
        dayOfSymptom(entry) >= narrow.fromDay &&
        dayOfSymptom(entry) <= narrow.toDay &&
        entry.sensations.includes('numbness') &&
        entry.locations.some((location) => location.region === 'calf') &&
        entry.sessionId !== null &&
        activityOf.get(entry.sessionId) === 'yoga',
    );
    expect(data.totals.episodes).toBe(expected.length);
    expectConsistent(data);
  });

  it('counts places as the body map normalises them, each once per episode', () => {
    const data = aggregateTrends(sessions, symptoms, ALL);
    const expected = new Map<string, number>();
    for (const entry of symptoms) {
      for (const place of normaliseLocations(entry.locations)) {
        const key = `${place.region}:${place.side}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
    }
    expect(new Map(data.regions.map((place) => [`${place.region}:${place.side}`, place.episodes]))).toEqual(expected);
    const counts = data.regions.map((place) => place.episodes);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    const odd = aggregateTrends(
      [],
      [
        symptomAt('2026-03-02T10:00', BERLIN_WINTER, {
          locations: [
            { region: 'calf', side: 'both' },
            { region: 'calf', side: 'left' },
            { region: 'neck', side: 'left' },
          ],
        }),
      ],
      ALL,
    );
    expect(odd.regions).toEqual([
      { region: 'neck', side: 'both', episodes: 1 },
      { region: 'calf', side: 'left', episodes: 1 },
      { region: 'calf', side: 'right', episodes: 1 },
    ]);
  });
});

describe('aggregateTrends: episodes by activity', () => {
  it('sorts activities by episodes and ends with the episodes linked to no session', () => {
    const run1 = sessionAt('2026-03-02T07:00', BERLIN_WINTER, { activity: 'running' });
    const run2 = sessionAt('2026-03-03T07:00', BERLIN_WINTER, { activity: 'running' });
    const yoga = sessionAt('2026-03-04T07:00', BERLIN_WINTER, { activity: 'yoga' });
    const swim = sessionAt('2026-03-05T07:00', BERLIN_WINTER, { activity: 'swimming' });
    const journal = [
      symptomAt('2026-03-02T09:00', BERLIN_WINTER, { sessionId: run1.id }),
      symptomAt('2026-03-04T09:00', BERLIN_WINTER, { sessionId: yoga.id }),
      symptomAt('2026-03-04T10:00', BERLIN_WINTER, { sessionId: yoga.id }),
      symptomAt('2026-03-05T10:00', BERLIN_WINTER, { sessionId: null }),
      symptomAt('2026-03-06T10:00', BERLIN_WINTER, { sessionId: crypto.randomUUID() }), // deleted session
    ];
    const data = aggregateTrends([run1, run2, yoga, swim], journal, filter('2026-03-01', '2026-03-08'));
    expect(data.byActivity).toEqual([
      { activity: 'yoga', sessions: 1, episodes: 2, episodesPerSession: 2 },
      { activity: 'running', sessions: 2, episodes: 1, episodesPerSession: 0.5 },
      { activity: 'swimming', sessions: 1, episodes: 0, episodesPerSession: 0 },
      { activity: null, sessions: 0, episodes: 2, episodesPerSession: null },
    ]);
    expectConsistent(data);
  });
});

describe('aggregateTrends: onset', () => {
  it('bins onsets by kind and by the minutes after', () => {
    const onsets: (Onset | null)[] = [
      { kind: 'during', afterMinutes: null },
      { kind: 'right-after', afterMinutes: null },
      { kind: 'after', afterMinutes: 1 },
      { kind: 'after', afterMinutes: 59 },
      { kind: 'after', afterMinutes: 60 },
      { kind: 'after', afterMinutes: 359 },
      { kind: 'after', afterMinutes: 360 },
      { kind: 'after', afterMinutes: 1439 },
      { kind: 'after', afterMinutes: 1440 },
      { kind: 'next-day', afterMinutes: null },
      { kind: 'at-rest', afterMinutes: null },
      null,
      null,
    ];
    const journal = onsets.map((onset) => symptomAt('2026-03-02T10:00', BERLIN_WINTER, { onset }));
    const data = aggregateTrends([], journal, ALL);
    expect(data.onset).toEqual([
      { bin: 'during', episodes: 1 },
      { bin: 'right-after', episodes: 1 },
      { bin: 'under-1h', episodes: 2 },
      { bin: '1-6h', episodes: 2 },
      { bin: '6-24h', episodes: 2 },
      { bin: 'next-day', episodes: 2 },
      { bin: 'at-rest', episodes: 1 },
      { bin: 'not-recorded', episodes: 2 },
    ]);
  });
});

describe('aggregateTrends: dose', () => {
  it('gives a point per session with an intensity, with the worst of its episodes or 0', () => {
    const light = sessionAt('2026-03-02T07:00', BERLIN_WINTER, { durationMinutes: 30, intensity: 2 });
    const hard = sessionAt('2026-03-03T07:00', BERLIN_WINTER, { durationMinutes: 60, intensity: 8, activity: 'yoga' });
    const unrated = sessionAt('2026-03-04T07:00', BERLIN_WINTER, { intensity: null });
    const journal = [
      symptomAt('2026-03-03T09:00', BERLIN_WINTER, { sessionId: hard.id, severity: 3 }),
      symptomAt('2026-03-04T06:00', BERLIN_WINTER, { sessionId: hard.id, severity: 7 }),
      symptomAt('2026-03-04T09:00', BERLIN_WINTER, { sessionId: unrated.id, severity: 9 }),
    ];
    const data = aggregateTrends([hard, light, unrated], journal, filter('2026-03-01', '2026-03-07'));
    expect(data.dose).toEqual({
      mode: 'sessions',
      withIntensity: 2,
      withoutIntensity: 1,
      points: [
        { day: '2026-03-02', activity: 'running', dose: 60, worst: 0, episodes: 0 },
        { day: '2026-03-03', activity: 'yoga', dose: 480, worst: 7, episodes: 2 },
      ],
    });
  });

  it('bins by dose into at most 50 equal-width bins when there are more than 1,000 sessions', () => {
    const many: ExerciseSession[] = [];
    const journal: SymptomEntry[] = [];
    for (let i = 0; i < 1500; i++) {
      const day = new Date(Date.UTC(2024, 0, 1) + i * 12 * 60 * MINUTE).toISOString().slice(0, 16);
      const entry = sessionAt(day, BERLIN_WINTER, {
        durationMinutes: 10 + (i % 120),
        intensity: i % 7 === 0 ? null : 1 + (i % 10),
      });
      many.push(entry);
      if (i % 3 === 0) journal.push(symptomAt(day, BERLIN_WINTER, { sessionId: entry.id, severity: i % 11 }));
    }
    const data = aggregateTrends(many, journal, ALL);
    const rated = many.filter((entry) => entry.intensity !== null).length;
    expect(rated).toBeGreaterThan(1000);
    if (data.dose.mode !== 'bins') throw new Error('expected bins');
    expect(data.dose.withIntensity).toBe(rated);
    expect(data.dose.withoutIntensity).toBe(many.length - rated);
    expect(data.dose.bins.length).toBeLessThanOrEqual(MAX_DOSE_BINS);
    expect(sum(data.dose.bins.map((bin) => bin.sessions))).toBe(rated);
    const doses = many.filter((entry) => entry.intensity !== null).map((e) => e.durationMinutes * (e.intensity ?? 0));
    const first = data.dose.bins[0];
    const last = data.dose.bins.at(-1);
    expect(first?.from).toBeLessThanOrEqual(Math.min(...doses));
    expect(last?.to).toBeGreaterThan(Math.max(...doses));
    for (const bin of data.dose.bins) {
      expect(bin.to - bin.from).toBe(data.dose.binWidth);
      if (bin.sessions === 0) expect(bin).toMatchObject({ meanWorst: null, maxWorst: null, sessionsWithEpisodes: 0 });
      else expect(bin.maxWorst).toBeGreaterThanOrEqual(bin.meanWorst ?? 0);
    }
    expect(sum(data.dose.bins.map((bin) => bin.sessionsWithEpisodes))).toBe(
      journal.filter((entry) => many.find((each) => each.id === entry.sessionId)?.intensity !== null).length,
    );
  });
});

describe('aggregateTrends: is it getting better?', () => {
  it('compares the first third of the range with the last', () => {
    const journal = [
      symptomAt('2026-03-01T10:00', BERLIN_WINTER, { severity: 8 }),
      symptomAt('2026-03-02T10:00', BERLIN_WINTER, { severity: 6 }),
      symptomAt('2026-03-05T10:00', BERLIN_WINTER, { severity: 5 }),
      symptomAt('2026-03-09T10:00', BERLIN_WINTER, { severity: 2 }),
    ];
    const data = aggregateTrends([], journal, filter('2026-03-01', '2026-03-09'));
    expect(data.summary).toEqual({
      firstThird: { fromDay: '2026-03-01', toDay: '2026-03-03', episodes: 2, meanSeverity: 7, worst: 8 },
      lastThird: { fromDay: '2026-03-07', toDay: '2026-03-09', episodes: 1, meanSeverity: 2, worst: 2 },
      severityChange: -5,
      episodeChange: -1,
    });
  });
});

describe('aggregateTrends: ranges longer than the series can hold', () => {
  it('buckets eight years by month and keeps a mistyped year from blowing up the series', () => {
    const journal = [symptomAt('2018-01-03T10:00', BERLIN_WINTER), symptomAt('2026-03-02T10:00', BERLIN_WINTER)];
    const eight = aggregateTrends([], journal, ALL);
    expect(eight.bucket).toBe('month');
    expect(eight.weekly.unit).toBe('month');
    expect(eight.severity.points[0]?.bucket).toBe('2018-01-01');
    expect(eight.severity.points).toHaveLength(99);

    const typo = aggregateTrends([], [symptomAt('0202-03-02T10:00', BERLIN_WINTER), ...journal], ALL);
    expect(typo.range?.clamped).toBe(true);
    expect(typo.calendar.unit).toBe('month');
    expect(typo.totals.episodes).toBe(2);
    for (const length of Object.values(seriesLengths(typo))) expect(length).toBeLessThanOrEqual(MAX_SERIES_POINTS);
  });
});
