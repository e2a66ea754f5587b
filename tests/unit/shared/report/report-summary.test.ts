import { describe, expect, it } from 'vitest';
import type { Onset, SymptomEntry } from '../../../../shared/domain/records';
import type { Relief, WarningSign } from '../../../../shared/domain/vocabulary';
import { onsetDelayMinutes, trendDirection } from '../../../../shared/report/report-summary';
import { BERLIN_WINTER, report, sessionAt, symptomAt } from './helpers';

/** A fortnight in March (Berlin winter time throughout); the previous period is the fortnight before. */
const FROM = '2026-03-16';
const TO = '2026-03-29';

/** One episode per day from `firstDay` on, one for each severity. */
function daily(firstDay: string, sensation: string, severities: readonly number[]): SymptomEntry[] {
  return severities.map((severity, index) => {
    const day = new Date(Date.parse(firstDay) + index * 86_400_000).toISOString().slice(0, 10);
    return symptomAt(`${day}T18:00`, BERLIN_WINTER, { sensations: [sensation], severity });
  });
}

describe('report first page: sensations against the previous period', () => {
  const previous = [
    ...daily('2026-03-02', 'numbness', [5, 6]),
    ...daily('2026-03-02', 'tingling', [3, 3, 3, 3, 3, 3, 3, 3]),
    ...daily('2026-03-02', 'cramp', [2, 2, 2, 2]),
    ...daily('2026-03-02', 'twitching', [1]),
    ...daily('2026-03-05', 'soreness', [4, 6, 5]),
  ];
  const current = [
    ...daily('2026-03-16', 'numbness', [2, 3, 7, 4, 9]),
    ...daily('2026-03-16', 'tingling', [3, 3, 4, 4]),
    ...daily('2026-03-16', 'cramp', [2, 2, 3, 2, 2]),
    ...daily('2026-03-20', 'twitching', [1, 1, 2]),
    ...daily('2026-03-27', 'burning', [6]),
  ];

  it('gives count, median and worst severity, and the trend with the previous count and median', () => {
    const { summary } = report([], [...previous, ...current], FROM, TO);
    expect(summary.sensations).toEqual([
      {
        sensation: 'numbness',
        episodes: 5,
        medianSeverity: 4,
        worstSeverity: 9,
        previousEpisodes: 2,
        previousMedianSeverity: 5.5,
        trend: 'more',
      },
      // Five episodes as numbness: after it in vocabulary order.
      {
        sensation: 'cramp',
        episodes: 5,
        medianSeverity: 2,
        worstSeverity: 3,
        previousEpisodes: 4,
        previousMedianSeverity: 2,
        trend: 'same',
      },
      {
        sensation: 'tingling',
        episodes: 4,
        medianSeverity: 3.5,
        worstSeverity: 4,
        previousEpisodes: 8,
        previousMedianSeverity: 3,
        trend: 'fewer',
      },
      // 1 → 3 is too few to claim a change.
      {
        sensation: 'twitching',
        episodes: 3,
        medianSeverity: 1,
        worstSeverity: 2,
        previousEpisodes: 1,
        previousMedianSeverity: 1,
        trend: 'same',
      },
      {
        sensation: 'burning',
        episodes: 1,
        medianSeverity: 6,
        worstSeverity: 6,
        previousEpisodes: 0,
        previousMedianSeverity: null,
        trend: 'new',
      },
    ]);
    expect(summary.previousOnly).toEqual([{ sensation: 'soreness', previousEpisodes: 3, previousMedianSeverity: 5 }]);
    expect(summary.comparison).toEqual({
      fromDay: '2026-03-02',
      toDay: '2026-03-15',
      sessions: 0,
      episodes: 18,
      firstDay: '2026-03-02',
    });
  });

  it('says "none before" when the previous period holds no entry at all', () => {
    const { summary } = report([], current, FROM, TO);
    expect(summary.sensations.map((row) => [row.sensation, row.previousEpisodes, row.trend])).toEqual([
      ['numbness', 0, 'none-before'],
      ['cramp', 0, 'none-before'],
      ['tingling', 0, 'none-before'],
      ['twitching', 0, 'none-before'],
      ['burning', 0, 'none-before'],
    ]);
    expect(summary.previousOnly).toEqual([]);
    expect(summary.comparison).toMatchObject({ sessions: 0, episodes: 0, firstDay: null });
  });

  it('says "new" when the previous period had workouts but no symptoms', () => {
    const quietRun = sessionAt('2026-03-09T07:00', BERLIN_WINTER);
    const { summary } = report([quietRun], current, FROM, TO);
    expect(new Set(summary.sensations.map((row) => row.trend))).toEqual(new Set(['new']));
    expect(summary.comparison).toMatchObject({ sessions: 1, episodes: 0, firstDay: '2026-03-09' });
  });

  it('counts an entry with several sensations once for each, and a repeated label once', () => {
    const both = symptomAt('2026-03-20T10:00', BERLIN_WINTER, {
      sensations: ['numbness', 'tingling', 'numbness'],
      severity: 5,
    });
    const { summary } = report([], [both], FROM, TO);
    expect(summary.sensations.map((row) => [row.sensation, row.episodes, row.medianSeverity])).toEqual([
      ['numbness', 1, 5],
      ['tingling', 1, 5],
    ]);
    expect(summary.totals.episodes).toBe(1);
  });
});

describe('trendDirection', () => {
  it('claims a change only of at least 3 episodes and a quarter of the larger count', () => {
    const cases: [number, number, string][] = [
      [5, 2, 'more'],
      [3, 1, 'same'],
      [4, 1, 'more'],
      [0, 2, 'same'],
      [0, 3, 'fewer'],
      [50, 40, 'same'],
      [55, 40, 'more'],
      [40, 54, 'fewer'],
      [40, 52, 'same'],
      [7, 7, 'same'],
      [1, 0, 'new'],
    ];
    for (const [episodes, previous, expected] of cases) {
      expect([episodes, previous, trendDirection(episodes, previous, true)]).toEqual([episodes, previous, expected]);
    }
    expect(trendDirection(9, 0, false)).toBe('none-before');
  });
});

describe('report first page: where on the body', () => {
  it('counts each place once per episode, paired regions per side, most first and ties in body-map order', () => {
    const symptoms = [
      symptomAt('2026-03-17T10:00', BERLIN_WINTER, { locations: [{ region: 'calf', side: 'both' }] }),
      symptomAt('2026-03-18T10:00', BERLIN_WINTER, {
        locations: [
          { region: 'foot', side: 'left' },
          { region: 'calf', side: 'left' },
        ],
      }),
      symptomAt('2026-03-19T10:00', BERLIN_WINTER, { locations: [{ region: 'neck', side: 'left' }] }),
      symptomAt('2026-03-05T10:00', BERLIN_WINTER, { locations: [{ region: 'hand', side: 'right' }] }),
    ];
    expect(report([], symptoms, FROM, TO).summary.regions).toEqual([
      { region: 'calf', side: 'left', episodes: 2 },
      { region: 'neck', side: 'both', episodes: 1 },
      { region: 'calf', side: 'right', episodes: 1 },
      { region: 'foot', side: 'left', episodes: 1 },
    ]);
  });
});

describe('report first page: relation to exercise', () => {
  const run1 = sessionAt('2026-03-17T07:00', BERLIN_WINTER, { activity: 'running' });
  const run2 = sessionAt('2026-03-19T07:00', BERLIN_WINTER, { activity: 'running' });
  const yoga = sessionAt('2026-03-18T18:00', BERLIN_WINTER, { activity: 'yoga' });
  const swim = sessionAt('2026-03-20T12:00', BERLIN_WINTER, { activity: 'swimming' });
  // The evening before the range: its symptom the next morning is in the range.
  const yogaBefore = sessionAt('2026-03-15T20:00', BERLIN_WINTER, { activity: 'yoga' });
  const onset = (kind: Onset['kind'], afterMinutes: number | null = null): Onset => ({ kind, afterMinutes });
  const symptoms = [
    symptomAt('2026-03-17T07:20', BERLIN_WINTER, { sessionId: run1.id, onset: onset('during') }),
    symptomAt('2026-03-17T08:00', BERLIN_WINTER, { sessionId: run1.id, onset: onset('right-after') }),
    symptomAt('2026-03-19T08:30', BERLIN_WINTER, { sessionId: run2.id, onset: onset('after', 45) }),
    symptomAt('2026-03-18T20:30', BERLIN_WINTER, { sessionId: yoga.id, onset: onset('after', 90) }),
    symptomAt('2026-03-16T07:30', BERLIN_WINTER, { sessionId: yogaBefore.id, onset: onset('next-day') }),
    symptomAt('2026-03-21T22:00', BERLIN_WINTER, { sessionId: null, onset: onset('at-rest') }),
    symptomAt('2026-03-22T10:00', BERLIN_WINTER, { sessionId: null, onset: null }),
    // Linked to a workout that was deleted since.
    symptomAt('2026-03-23T10:00', BERLIN_WINTER, { sessionId: crypto.randomUUID(), onset: onset('after', 120) }),
  ];

  it('gives the linked share, and per activity its workouts, episodes and episodes per workout', () => {
    const { exercise } = report([run1, run2, yoga, swim, yogaBefore], symptoms, FROM, TO).summary;
    expect(exercise.linkedEpisodes).toBe(5);
    expect(exercise.unlinkedEpisodes).toBe(3);
    expect(exercise.linkedPercent).toBe(63); // 5 of 8
    expect(exercise.activities).toEqual([
      { activity: 'running', sessions: 2, episodes: 3, episodesPerSession: 1.5 },
      // The workout before the range brings its episode, not itself.
      { activity: 'yoga', sessions: 1, episodes: 2, episodesPerSession: 2 },
      { activity: 'swimming', sessions: 1, episodes: 0, episodesPerSession: 0 },
    ]);
  });

  it('counts every onset kind, and takes the median delay over the episodes that have one', () => {
    const { exercise } = report([run1, run2, yoga, swim, yogaBefore], symptoms, FROM, TO).summary;
    expect(exercise.onset).toEqual([
      { kind: 'during', episodes: 1 },
      { kind: 'right-after', episodes: 1 },
      { kind: 'after', episodes: 3 },
      { kind: 'next-day', episodes: 1 },
      { kind: 'at-rest', episodes: 1 },
      { kind: 'not-recorded', episodes: 1 },
    ]);
    // 0, 0, 45, 90, 120, 1440: the middle two are 45 and 90.
    expect(exercise.delay).toEqual({ medianMinutes: 68, episodes: 6 });
  });

  it('maps each onset kind to minutes after the workout', () => {
    const cases: [Onset | null, number | null][] = [
      [onset('during'), 0],
      [onset('right-after'), 0],
      [onset('after', 1), 1],
      [onset('after', 10_080), 10_080],
      [onset('next-day'), 1440],
      [onset('at-rest'), null],
      [null, null],
    ];
    for (const [given, minutes] of cases) expect([given, onsetDelayMinutes(given)]).toEqual([given, minutes]);
  });

  it('has no share and no delay without episodes, and lists activities that brought none', () => {
    const { exercise } = report([swim], [], FROM, TO).summary;
    expect(exercise).toMatchObject({
      linkedEpisodes: 0,
      unlinkedEpisodes: 0,
      linkedPercent: null,
      activities: [{ activity: 'swimming', sessions: 1, episodes: 0, episodesPerSession: 0 }],
      delay: { medianMinutes: null, episodes: 0 },
    });
  });
});

describe('report first page: warning signs', () => {
  const signed = (
    local: string,
    sensations: string[],
    region: 'hand' | 'foot' | 'calf' | 'forearm',
    sign: WarningSign,
  ) => symptomAt(local, BERLIN_WINTER, { sensations, locations: [{ region, side: 'left' }], warningSigns: [sign] });
  const symptoms = [
    signed('2026-03-21T09:00', ['tingling'], 'hand', 'loss-of-balance'),
    signed('2026-03-21T19:00', ['tingling'], 'hand', 'loss-of-balance'),
    signed('2026-03-17T09:00', ['tingling'], 'hand', 'dizziness'),
    signed('2026-03-18T09:00', ['numbness'], 'calf', 'nausea'),
    signed('2026-03-20T09:00', ['tingling'], 'hand', 'rash'),
    signed('2026-03-19T09:00', ['twitching', 'weakness'], 'calf', 'muscle-weakness'),
    signed('2026-03-22T09:00', ['tingling'], 'foot', 'dizziness'),
    signed('2026-03-23T09:00', ['numbness'], 'forearm', 'chest-pain'),
    signed('2026-03-24T09:00', ['numbness'], 'calf', 'dizziness'),
    signed('2026-03-16T09:00', ['tingling'], 'foot', 'loss-of-balance'),
    // In the previous period: not on this report.
    signed('2026-03-10T09:00', ['numbness'], 'calf', 'leg-paralysis'),
  ];

  it('lists the most serious first, each with its episodes and the local days it was logged, oldest first', () => {
    expect(report([], symptoms, FROM, TO).summary.warningSigns).toEqual([
      // Dizziness with numbness calls for a doctor right away (000), so it heads the list.
      { sign: 'dizziness', level: 'urgent', episodes: 3, days: ['2026-03-17', '2026-03-22', '2026-03-24'] },
      { sign: 'nausea', level: 'urgent', episodes: 1, days: ['2026-03-18'] },
      { sign: 'chest-pain', level: 'urgent', episodes: 1, days: ['2026-03-23'] },
      { sign: 'loss-of-balance', level: 'see-doctor', episodes: 3, days: ['2026-03-16', '2026-03-21'] },
      { sign: 'rash', level: 'see-doctor', episodes: 1, days: ['2026-03-20'] },
      { sign: 'muscle-weakness', level: 'see-doctor', episodes: 1, days: ['2026-03-19'] },
    ]);
  });

  it('gives dizziness without numbness the "see a doctor" level', () => {
    const withoutNumbness = symptoms.filter((entry) => !entry.sensations.includes('numbness'));
    expect(report([], withoutNumbness, FROM, TO).summary.warningSigns.map((row) => [row.sign, row.level])).toEqual([
      ['dizziness', 'see-doctor'],
      ['loss-of-balance', 'see-doctor'],
      ['rash', 'see-doctor'],
      ['muscle-weakness', 'see-doctor'],
    ]);
  });

  it('counts an episode once for each of its signs', () => {
    const two = symptomAt('2026-03-18T09:00', BERLIN_WINTER, { warningSigns: ['rash', 'nausea'] });
    expect(report([], [two], FROM, TO).summary.warningSigns).toEqual([
      { sign: 'nausea', level: 'urgent', episodes: 1, days: ['2026-03-18'] },
      { sign: 'rash', level: 'see-doctor', episodes: 1, days: ['2026-03-18'] },
    ]);
  });
});

describe('report first page: what helped, totals and ties', () => {
  it('counts what helped, most first, ties in vocabulary order whatever the input order', () => {
    const helped = (local: string, reliefs: Relief[]) => symptomAt(local, BERLIN_WINTER, { helped: reliefs });
    const symptoms = [
      helped('2026-03-17T10:00', ['water']),
      helped('2026-03-18T10:00', ['water', 'rest']),
      helped('2026-03-19T10:00', ['massage', 'rest']),
      helped('2026-03-20T10:00', []),
      helped('2026-03-10T10:00', ['massage', 'stretching']), // previous period
    ];
    expect(report([], symptoms, FROM, TO).summary.reliefs).toEqual([
      { relief: 'rest', episodes: 2 },
      { relief: 'water', episodes: 2 },
      { relief: 'massage', episodes: 1 },
    ]);
  });

  it('keeps the person’s own words as sensations, after the vocabulary ones on a tie, in code-unit order', () => {
    const own = (local: string, sensation: string) => symptomAt(local, BERLIN_WINTER, { sensations: [sensation] });
    const symptoms = [
      own('2026-03-16T10:00', 'achy'),
      own('2026-03-16T11:00', 'Heavy legs'),
      own('2026-03-17T10:00', 'tingling'),
      own('2026-03-17T11:00', 'achy'),
      own('2026-03-18T10:00', 'heavy legs'),
      own('2026-03-18T11:00', 'Heavy legs'),
      own('2026-03-19T10:00', 'numbness'),
      own('2026-03-19T11:00', 'tingling'),
      own('2026-03-20T10:00', 'numbness'),
    ];
    const { summary } = report([], symptoms, FROM, TO);
    expect(summary.sensations.map((row) => [row.sensation, row.episodes])).toEqual([
      ['numbness', 2],
      ['tingling', 2],
      ['Heavy legs', 2],
      ['achy', 2],
      // Labels are kept exactly as logged, as on the Trends screen.
      ['heavy legs', 1],
    ]);
  });

  it('lists the person’s own activities under their own words', () => {
    const reformer = sessionAt('2026-03-17T07:00', BERLIN_WINTER, { activity: 'Pilates reformer' });
    const after = symptomAt('2026-03-17T09:00', BERLIN_WINTER, { sessionId: reformer.id });
    expect(report([reformer], [after], FROM, TO).summary.exercise.activities).toEqual([
      { activity: 'Pilates reformer', sessions: 1, episodes: 1, episodesPerSession: 1 },
    ]);
  });

  it('totals workouts, episodes and days with episodes, and counts sample entries', () => {
    const sessions = [
      sessionAt('2026-03-16T07:00', BERLIN_WINTER),
      sessionAt('2026-03-18T07:00', BERLIN_WINTER, { source: 'sample' }),
      sessionAt('2026-03-12T07:00', BERLIN_WINTER, { source: 'sample' }), // previous period
    ];
    const symptoms = [
      symptomAt('2026-03-16T09:00', BERLIN_WINTER),
      symptomAt('2026-03-16T21:00', BERLIN_WINTER, { source: 'sample' }),
      symptomAt('2026-03-25T09:00', BERLIN_WINTER),
    ];
    expect(report(sessions, symptoms, FROM, TO).summary.totals).toEqual({
      days: 14,
      sessions: 2,
      episodes: 3,
      daysWithEpisodes: 2,
      sampleEntries: 2,
    });
  });
});
