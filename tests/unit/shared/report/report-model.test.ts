import { describe, expect, it } from 'vitest';
import { localDayOf } from '../../../../shared/domain/local-time';
import type { ExerciseSession, SymptomEntry } from '../../../../shared/domain/records';
import type { ReportModel } from '../../../../shared/report/report-model';
import { defaultReportRange, reportLoadRange } from '../../../../shared/report/report-range';
import { benchmarkSample, generateSampleJournal, sixMonthSample } from '../../../../shared/sample-data';
import { BERLIN_SUMMER, BERLIN_WINTER, GENERATED_AT, JAKARTA, report, sessionAt, symptomAt } from './helpers';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const dayOfSymptom = (entry: SymptomEntry) =>
  localDayOf({ instant: entry.notedAt, utcOffsetMinutes: entry.utcOffsetMinutes });
const dayOfSession = (entry: ExerciseSession) =>
  localDayOf({ instant: entry.startedAt, utcOffsetMinutes: entry.utcOffsetMinutes });
const logTimes = (model: ReportModel) =>
  model.log.map((day) => [day.day, day.entries.map((entry) => `${entry.kind} ${entry.time}`)]);

/** What must hold for any report: every list counts the same episodes and workouts. */
function expectConsistent(model: ReportModel): void {
  const { summary, charts, log } = model;
  expect(summary.totals).toMatchObject({
    days: charts.range?.days,
    sessions: charts.totals.sessions,
    episodes: charts.totals.episodes,
    daysWithEpisodes: charts.totals.daysWithEpisodes,
  });
  const entries = log.flatMap((day) => day.entries);
  expect(entries.filter((entry) => entry.kind === 'session')).toHaveLength(summary.totals.sessions);
  expect(entries.filter((entry) => entry.kind === 'symptom')).toHaveLength(summary.totals.episodes);
  expect(new Set(log.map((day) => day.day)).size).toBe(log.length);
  expect(log.map((day) => day.day)).toEqual(log.map((day) => day.day).sort());
  expect(sum(summary.exercise.onset.map((kind) => kind.episodes))).toBe(summary.totals.episodes);
  expect(summary.exercise.linkedEpisodes + summary.exercise.unlinkedEpisodes).toBe(summary.totals.episodes);
  expect(sum(summary.exercise.activities.map((row) => row.sessions))).toBe(summary.totals.sessions);
  const counts = summary.sensations.map((row) => row.episodes);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
}

describe('buildReportModel: an empty range', () => {
  it('gives a full, empty structure for a journal with nothing in it', () => {
    const model = report([], [], '2026-03-02', '2026-03-29');
    expect(model.range).toEqual({ fromDay: '2026-03-02', toDay: '2026-03-29', days: 28, clamped: false });
    expect(model.generatedAt).toEqual(GENERATED_AT);
    expect(model.summary).toEqual({
      totals: { days: 28, sessions: 0, episodes: 0, daysWithEpisodes: 0, sampleEntries: 0 },
      comparison: { fromDay: '2026-02-02', toDay: '2026-03-01', sessions: 0, episodes: 0, firstDay: null },
      sensations: [],
      previousOnly: [],
      regions: [],
      exercise: {
        linkedEpisodes: 0,
        unlinkedEpisodes: 0,
        linkedPercent: null,
        activities: [],
        onset: [
          { kind: 'during', episodes: 0 },
          { kind: 'right-after', episodes: 0 },
          { kind: 'after', episodes: 0 },
          { kind: 'next-day', episodes: 0 },
          { kind: 'at-rest', episodes: 0 },
          { kind: 'not-recorded', episodes: 0 },
        ],
        delay: { medianMinutes: null, episodes: 0 },
      },
      warningSigns: [],
      reliefs: [],
    });
    expect(model.log).toEqual([]);
    expect(model.charts.totals.episodes).toBe(0);
  });

  it('leaves out what lies before and after the range, and says what stopped', () => {
    const before = symptomAt('2026-02-20T10:00', BERLIN_WINTER, { sensations: ['numbness'], severity: 3 });
    const after = symptomAt('2026-03-30T10:00', BERLIN_SUMMER, { sensations: ['numbness'], severity: 8 });
    const model = report([sessionAt('2026-02-20T09:00', BERLIN_WINTER)], [before, after], '2026-03-02', '2026-03-29');
    expect(model.summary.sensations).toEqual([]);
    expect(model.summary.previousOnly).toEqual([
      { sensation: 'numbness', previousEpisodes: 1, previousMedianSeverity: 3 },
    ]);
    expect(model.summary.comparison).toMatchObject({ sessions: 1, episodes: 1, firstDay: '2026-02-20' });
    expect(model.summary.totals).toMatchObject({ sessions: 0, episodes: 0 });
    expect(model.log).toEqual([]);
  });
});

describe('buildReportModel: a single day', () => {
  it('reports the one local day against the day before', () => {
    const day = '2026-03-10';
    const workout = sessionAt('2026-03-10T00:10', BERLIN_WINTER, { activity: 'running' });
    const model = report(
      [workout],
      [
        symptomAt('2026-03-09T23:30', BERLIN_WINTER),
        symptomAt('2026-03-10T23:50', BERLIN_WINTER, { sessionId: workout.id }),
        symptomAt('2026-03-11T00:05', BERLIN_WINTER),
        // Logged on a trip: 06:00 in Jakarta is 23:00 UTC the day before, so before the 00:10 run.
        symptomAt('2026-03-10T06:00', JAKARTA),
      ],
      day,
      day,
    );
    expect(model.range).toEqual({ fromDay: day, toDay: day, days: 1, clamped: false });
    expect(model.summary.comparison).toEqual({
      fromDay: '2026-03-09',
      toDay: '2026-03-09',
      sessions: 0,
      episodes: 1,
      firstDay: '2026-03-09',
    });
    expect(model.summary.totals).toEqual({ days: 1, sessions: 1, episodes: 2, daysWithEpisodes: 1, sampleEntries: 0 });
    expect(model.summary.sensations).toMatchObject([{ sensation: 'tingling', episodes: 2, previousEpisodes: 1 }]);
    expect(logTimes(model)).toEqual([[day, ['symptom 06:00', 'session 00:10', 'symptom 23:50']]]);
    expectConsistent(model);
  });
});

describe('buildReportModel: a range across a daylight-saving change', () => {
  // Berlin moves from +01:00 to +02:00 on 2026-03-29.
  const workout = sessionAt('2026-03-28T23:00', BERLIN_WINTER);
  const symptoms = [
    symptomAt('2026-03-22T23:30', BERLIN_WINTER, { severity: 1 }),
    symptomAt('2026-03-28T23:30', BERLIN_WINTER, { severity: 2, sessionId: workout.id }),
    symptomAt('2026-03-29T23:30', BERLIN_SUMMER, { severity: 3 }),
    symptomAt('2026-03-30T00:30', BERLIN_SUMMER, { severity: 4 }),
    symptomAt('2026-04-05T23:59', BERLIN_SUMMER, { severity: 5 }),
    symptomAt('2026-04-06T00:01', BERLIN_SUMMER, { severity: 6 }),
  ];

  it('keeps every entry on its own local day and clock time on both sides of the change', () => {
    // The 00:30 entry is on the 29th in UTC; the 00:01 one is on the 5th.
    expect(symptoms[3]?.notedAt.slice(0, 10)).toBe('2026-03-29');
    expect(symptoms[5]?.notedAt.slice(0, 10)).toBe('2026-04-05');
    const model = report([workout], symptoms, '2026-03-23', '2026-04-05');
    expect(model.range.days).toBe(14);
    expect(model.summary.comparison).toEqual({
      fromDay: '2026-03-09',
      toDay: '2026-03-22',
      sessions: 0,
      episodes: 1,
      firstDay: '2026-03-22',
    });
    expect(model.summary.totals).toMatchObject({ sessions: 1, episodes: 4, daysWithEpisodes: 4 });
    expect(model.summary.sensations).toEqual([
      {
        sensation: 'tingling',
        episodes: 4,
        medianSeverity: 3.5,
        worstSeverity: 5,
        previousEpisodes: 1,
        previousMedianSeverity: 1,
        trend: 'more',
      },
    ]);
    expect(logTimes(model)).toEqual([
      ['2026-03-28', ['session 23:00', 'symptom 23:30']],
      ['2026-03-29', ['symptom 23:30']],
      ['2026-03-30', ['symptom 00:30']],
      ['2026-04-05', ['symptom 23:59']],
    ]);
    expectConsistent(model);
  });
});

describe('buildReportModel: the range given', () => {
  it('swaps days given the wrong way round', () => {
    const entry = symptomAt('2026-03-10T10:00', BERLIN_WINTER);
    const model = report([], [entry], '2026-03-15', '2026-03-01');
    expect(model.range).toMatchObject({ fromDay: '2026-03-01', toDay: '2026-03-15', days: 15 });
    expect(model.summary.totals.episodes).toBe(1);
  });

  it('refuses a day that is not a real YYYY-MM-DD day', () => {
    expect(() => report([], [], '', '2026-03-15')).toThrow(RangeError);
    expect(() => report([], [], '2026-03-01', '2026-02-30')).toThrow(RangeError);
  });

  it('ignores entries whose time cannot be read', () => {
    const broken = symptomAt('2026-03-10T10:00', BERLIN_WINTER, { notedAt: 'not a time' });
    const fine = symptomAt('2026-03-10T11:00', BERLIN_WINTER);
    const model = report([], [broken, fine], '2026-03-01', '2026-03-15');
    expect(model.summary.totals.episodes).toBe(1);
    expect(model.log.flatMap((day) => day.entries)).toHaveLength(1);
  });
});

describe('buildReportModel: the sample half year', () => {
  const { sessions, symptoms } = generateSampleJournal(sixMonthSample(new Date('2026-05-15T16:20:00.000Z')));
  const range = defaultReportRange('2026-05-15', '2026-03-02');
  const load = reportLoadRange(range);
  const loaded = <T>(rows: readonly T[], dayOf: (row: T) => string) =>
    rows.filter((row) => dayOf(row) >= load.fromDay && dayOf(row) <= load.toDay);
  const inRange = (day: string) => day >= range.fromDay && day <= range.toDay;

  it('agrees with the journal and with its own charts', () => {
    const model = report(loaded(sessions, dayOfSession), loaded(symptoms, dayOfSymptom), range.fromDay, range.toDay);
    expect(model.range).toMatchObject({ fromDay: '2026-03-02', toDay: '2026-05-15', days: 75 });
    expect(model.summary.totals.episodes).toBe(symptoms.filter((entry) => inRange(dayOfSymptom(entry))).length);
    expect(model.summary.totals.sessions).toBe(sessions.filter((entry) => inRange(dayOfSession(entry))).length);
    expect(model.summary.totals.sampleEntries).toBe(model.summary.totals.sessions + model.summary.totals.episodes);
    for (const row of model.summary.sensations) {
      const expected = symptoms.filter(
        (entry) => inRange(dayOfSymptom(entry)) && entry.sensations.includes(row.sensation),
      );
      expect([row.sensation, row.episodes]).toEqual([row.sensation, expected.length]);
      expect(row.worstSeverity).toBe(Math.max(...expected.map((entry) => entry.severity)));
    }
    expect(model.summary.sensations.length).toBeGreaterThan(3);
    expect(model.summary.comparison.episodes).toBeGreaterThan(0);
    expectConsistent(model);
  });

  it('gives the same first page and log whatever order the rows come in, and for every row of the journal', () => {
    // The charts are Trends' own (its dose points keep input order on a tie), so they are left out here.
    const pages = ({ summary, log }: ReportModel) => ({ summary, log });
    const model = pages(report(sessions, symptoms, range.fromDay, range.toDay));
    expect(pages(report([...sessions].reverse(), [...symptoms].reverse(), range.fromDay, range.toDay))).toEqual(model);
    expect(
      pages(report(loaded(sessions, dayOfSession), loaded(symptoms, dayOfSymptom), range.fromDay, range.toDay)),
    ).toEqual(model);
  });
});

describe('buildReportModel: ten years of a heavy user', () => {
  it('reports the whole benchmark journal in one report', () => {
    const { sessions, symptoms } = generateSampleJournal(benchmarkSample(new Date('2026-11-21T19:00:00.000Z')));
    const model = report(sessions, symptoms, '2016-11-22', '2026-11-21');
    expect(model.summary.totals).toMatchObject({ sessions: 20_000, episodes: 60_000, sampleEntries: 80_000 });
    expect(sum(model.log.map((day) => day.entries.length))).toBe(80_000);
    expectConsistent(model);
  });
});
