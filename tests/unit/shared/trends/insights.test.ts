import { describe, expect, it } from 'vitest';
import {
  NO_FACTORS_RECORDED,
  type ExerciseSession,
  type SessionFactors,
  type SymptomEntry,
} from '../../../../shared/domain/records';
import { factorTagsOf } from '../../../../shared/guidance/ranking';
import { FACTOR_TAGS } from '../../../../shared/guidance/types';
import { generateSampleJournal, sixMonthSample } from '../../../../shared/sample-data';
import {
  INSIGHT_FACTORS,
  LAG_WINDOWS,
  MIN_SESSIONS_EACH_SIDE,
  computeInsights,
  factorExposure,
  type Insight,
  type InsightFactor,
  type InsightSet,
  type InsightSubject,
  type LagWindowId,
  type NotEnoughData,
} from '../../../../shared/trends/insights';
import { session, symptom } from '../fixtures';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-01-05T08:00:00.000Z');
const DURATION_MINUTES = 60;
const iso = (ms: number) => new Date(ms).toISOString();

/** Session number `slot` starts four days after the one before, so no two sessions' windows meet. */
function startOf(slot: number): number {
  return T0 + slot * 4 * DAY;
}

function endOf(slot: number): number {
  return startOf(slot) + DURATION_MINUTES * MINUTE;
}

function workout(
  slot: number,
  factors: Partial<SessionFactors> = {},
  activity = 'yoga',
  startMs = startOf(slot),
): ExerciseSession {
  return session({
    activity,
    startedAt: iso(startMs),
    durationMinutes: DURATION_MINUTES,
    factors: { ...NO_FACTORS_RECORDED, ...factors },
  });
}

/** A symptom noted `hours` after the end of session `slot` (negative: during it, or before). */
function felt(slot: number, hours: number, sensations: string[] = ['numbness'], sessionId: string | null = null) {
  return symptom({ notedAt: iso(endOf(slot) + hours * HOUR), sensations, sessionId });
}

const sameSubject = (a: InsightSubject, b: InsightSubject) => JSON.stringify(a) === JSON.stringify(b);
const factor = (id: InsightFactor): InsightSubject => ({ kind: 'factor', factor: id });
const activity = (id: string): InsightSubject => ({ kind: 'activity', activity: id });

function shown(set: InsightSet, subject: InsightSubject, window: LagWindowId): Insight {
  const found = set.insights.find((row) => sameSubject(row.subject, subject) && row.window === window);
  if (!found) throw new Error(`no insight for ${JSON.stringify(subject)} ${window}`);
  return found;
}

function hidden(set: InsightSet, subject: InsightSubject): NotEnoughData[] {
  return set.notEnoughData.filter((row) => sameSubject(row.subject, subject));
}

function isShown(set: InsightSet, subject: InsightSubject): boolean {
  return set.insights.some((row) => sameSubject(row.subject, subject));
}

/** The journal of the brief's example: 8 sessions with long holds (6 followed), 12 shorter (1 followed). */
function holdsJournal() {
  const sessions: ExerciseSession[] = [];
  const symptoms: SymptomEntry[] = [];
  for (let slot = 0; slot < 20; slot++) {
    const long = slot < 8;
    sessions.push(workout(slot, { longestHoldMinutes: long ? 5 : 1 }));
    if ((long && slot < 6) || slot === 8) symptoms.push(felt(slot, 2));
  }
  return { sessions, symptoms };
}

describe('computeInsights: exact counts', () => {
  it('finds "numbness followed 6 of 8 sessions with long holds, and 1 of 12 without"', () => {
    const { sessions, symptoms } = holdsJournal();
    const set = computeInsights(sessions, symptoms, { sensation: 'numbness' });
    const insight = shown(set, factor('held-positions'), '0-6h');
    expect(insight).toEqual({
      subject: { kind: 'factor', factor: 'held-positions' },
      window: '0-6h',
      sensation: 'numbness',
      with: { followed: 6, total: 8 },
      without: { followed: 1, total: 12 },
      rateWith: 6 / 8,
      rateWithout: 1 / 12,
      difference: 6 / 8 - 1 / 12,
    });
    expect(set.sensation).toBe('numbness');
    // The later windows see the same sessions, and no symptoms there.
    for (const window of ['6-24h', '24-72h'] as const) {
      const later = shown(set, factor('held-positions'), window);
      expect(later.with).toEqual({ followed: 0, total: 8 });
      expect(later.without).toEqual({ followed: 0, total: 12 });
      expect(later.difference).toBe(0);
    }
    expect(set.insights[0]).toBe(insight);
  });

  it('counts a session once per window however many symptoms follow it there', () => {
    const { sessions, symptoms } = holdsJournal();
    const extra = [felt(0, 1), felt(0, 3), felt(0, 5.5, ['numbness', 'tingling'])];
    const set = computeInsights(sessions, [...symptoms, ...extra]);
    expect(shown(set, factor('held-positions'), '0-6h').with).toEqual({ followed: 6, total: 8 });
  });

  it('counts symptoms whether or not they are linked, and only by time', () => {
    const { sessions, symptoms } = holdsJournal();
    const linked = symptoms.map((entry, i) => (i % 2 === 0 ? { ...entry, sessionId: sessions[0]?.id ?? null } : entry));
    // Linked to session 19, but noted ten days after it: follows nothing.
    const farAway = felt(19, 240, ['numbness'], sessions[19]?.id ?? null);
    const set = computeInsights(sessions, [...linked, farAway]);
    const insight = shown(set, factor('held-positions'), '0-6h');
    expect(insight.with).toEqual({ followed: 6, total: 8 });
    expect(insight.without).toEqual({ followed: 1, total: 12 });
  });
});

describe('computeInsights: lag windows', () => {
  /** Three running sessions each followed by one symptom `hours` after its end, three yoga with none. */
  function followedPerWindow(hours: number): number[] {
    const sessions: ExerciseSession[] = [];
    const symptoms: SymptomEntry[] = [];
    for (let slot = 0; slot < 6; slot++) {
      const running = slot < 3;
      sessions.push(workout(slot, {}, running ? 'running' : 'yoga'));
      if (running) symptoms.push(felt(slot, hours));
    }
    const set = computeInsights(sessions, symptoms);
    return LAG_WINDOWS.map(({ id }) => shown(set, activity('running'), id).with.followed);
  }

  it('are the three windows of the brief', () => {
    expect(LAG_WINDOWS.map((window) => [window.id, window.fromHours, window.toHours])).toEqual([
      ['0-6h', 0, 6],
      ['6-24h', 6, 24],
      ['24-72h', 24, 72],
    ]);
    expect(MIN_SESSIONS_EACH_SIDE).toBe(3);
  });

  it('put a symptom in the window that holds its delay after the session end, including the start', () => {
    expect(followedPerWindow(0)).toEqual([3, 0, 0]);
    expect(followedPerWindow(2)).toEqual([3, 0, 0]);
    expect(followedPerWindow(6 - 1 / HOUR)).toEqual([3, 0, 0]);
    expect(followedPerWindow(12)).toEqual([0, 3, 0]);
    expect(followedPerWindow(24)).toEqual([0, 0, 3]);
    expect(followedPerWindow(48)).toEqual([0, 0, 3]);
  });

  it('put exactly 6 h after the end in 6–24 h, not 0–6 h', () => {
    expect(followedPerWindow(6)).toEqual([0, 3, 0]);
  });

  it('count a symptom noted during the session for 0–6 h', () => {
    expect(followedPerWindow(-0.5)).toEqual([3, 0, 0]);
    // At the very start of the session.
    expect(followedPerWindow(-DURATION_MINUTES / 60)).toEqual([3, 0, 0]);
  });

  it('leave out symptoms before the session starts or 72 h and more after its end', () => {
    expect(followedPerWindow(-DURATION_MINUTES / 60 - 1 / 60)).toEqual([0, 0, 0]);
    expect(followedPerWindow(-20)).toEqual([0, 0, 0]);
    expect(followedPerWindow(72)).toEqual([0, 0, 0]);
    expect(followedPerWindow(80)).toEqual([0, 0, 0]);
  });

  it('let one symptom follow two overlapping sessions, counting for both', () => {
    const sessions: ExerciseSession[] = [];
    const symptoms: SymptomEntry[] = [];
    for (let slot = 0; slot < 3; slot++) {
      // A run, and a ride that began half an hour into it and ended with it.
      sessions.push(workout(slot, {}, 'running'));
      sessions.push(
        session({
          activity: 'cycling',
          startedAt: iso(startOf(slot) + 30 * MINUTE),
          durationMinutes: DURATION_MINUTES - 30,
          factors: NO_FACTORS_RECORDED,
        }),
      );
      symptoms.push(felt(slot, 1));
    }
    const set = computeInsights(sessions, symptoms);
    const running = shown(set, activity('running'), '0-6h');
    expect(running.with).toEqual({ followed: 3, total: 3 });
    expect(running.without).toEqual({ followed: 3, total: 3 });
    expect(shown(set, activity('cycling'), '0-6h').with).toEqual({ followed: 3, total: 3 });
  });
});

describe('computeInsights: factors', () => {
  it('leave sessions with the factor not recorded out of both sides', () => {
    const sessions: ExerciseSession[] = [];
    const symptoms: SymptomEntry[] = [];
    for (let slot = 0; slot < 13; slot++) {
      const cold = slot < 4 ? true : slot < 8 ? false : null;
      sessions.push(workout(slot, { cold }));
      // Every session without a recorded answer is followed; none of those may count anywhere.
      if (slot < 2 || cold === null) symptoms.push(felt(slot, 1));
    }
    const set = computeInsights(sessions, symptoms);
    const insight = shown(set, factor('cold'), '0-6h');
    expect(insight.with).toEqual({ followed: 2, total: 4 });
    expect(insight.without).toEqual({ followed: 0, total: 4 });
  });

  it('compare each factor in the direction of risk the articles name, agreeing with factorTagsOf', () => {
    const cases: [InsightFactor, Partial<SessionFactors>, boolean | null][] = [
      ['held-positions', { longestHoldMinutes: 2 }, true],
      ['held-positions', { longestHoldMinutes: 1 }, false],
      ['held-positions', { longestHoldMinutes: 0 }, false],
      ['held-positions', { longestHoldMinutes: null }, null],
      ['repeated-movements', { repeatedMovements: true }, true],
      ['repeated-movements', { repeatedMovements: false }, false],
      ['warm-up', { warmUp: false }, true],
      ['warm-up', { warmUp: true }, false],
      ['warm-up', { warmUp: null }, null],
      ['stretching', { stretching: false }, true],
      ['stretching', { stretching: true }, false],
      ['water', { waterMl: 499 }, true],
      ['water', { waterMl: 0 }, true],
      ['water', { waterMl: 500 }, false],
      ['water', { waterMl: null }, null],
      ['electrolytes', { electrolytes: false }, true],
      ['electrolytes', { electrolytes: true }, false],
      ['tight-clothing', { tightClothing: true }, true],
      ['tight-clothing', { tightClothing: false }, false],
      ['cold', { cold: true }, true],
      ['cold', { cold: false }, false],
      ['grip-trainer', { gripTrainer: true }, true],
      ['grip-trainer', { gripTrainer: false }, false],
      ['grip-trainer', { gripTrainer: null }, null],
      ['sitting', { sittingHours: 6 }, true],
      ['sitting', { sittingHours: 5 }, false],
      ['sitting', { sittingHours: null }, null],
    ];
    for (const [id, partial, expected] of cases) {
      const factors = { ...NO_FACTORS_RECORDED, ...partial };
      expect(factorExposure(id, factors), `${id} ${JSON.stringify(partial)}`).toBe(expected);
      if (id !== 'water' && expected !== null) {
        expect(factorTagsOf(workout(0, partial)).includes(id)).toBe(expected);
      }
    }
    for (const id of INSIGHT_FACTORS) {
      expect(FACTOR_TAGS).toContain(id);
      expect(factorExposure(id, NO_FACTORS_RECORDED)).toBeNull();
    }
  });

  it('need MIN_SESSIONS_EACH_SIDE sessions on both sides, else list the n behind it', () => {
    const journal = (withCount: number, withoutCount: number) =>
      Array.from({ length: withCount + withoutCount }, (_, slot) => workout(slot, { gripTrainer: slot < withCount }));
    const followedAll = (sessions: ExerciseSession[]) => sessions.map((_, slot) => felt(slot, 1));

    const enough = journal(3, 3);
    expect(shown(computeInsights(enough, followedAll(enough)), factor('grip-trainer'), '0-6h').with).toEqual({
      followed: 3,
      total: 3,
    });

    for (const [withCount, withoutCount] of [
      [2, 10],
      [10, 2],
      [0, 5],
    ] as const) {
      const sessions = journal(withCount, withoutCount);
      const set = computeInsights(sessions, followedAll(sessions));
      expect(isShown(set, factor('grip-trainer'))).toBe(false);
      expect(hidden(set, factor('grip-trainer'))).toEqual(
        LAG_WINDOWS.map(({ id }) => ({
          subject: factor('grip-trainer'),
          window: id,
          sensation: null,
          withSessions: withCount,
          withoutSessions: withoutCount,
        })),
      );
    }
  });
});

describe('computeInsights: activities', () => {
  it('compare sessions of each activity with all other sessions, custom labels included', () => {
    const plan = ['running', 'running', 'running', 'running', 'yoga', 'yoga', 'yoga', 'Bouldering'];
    const sessions = plan.map((name, slot) => workout(slot, {}, name));
    // Runs 0 and 1 and yoga 4 are followed within 6 h; yoga 5 the next day.
    const symptoms = [felt(0, 1), felt(1, 3), felt(4, 2), felt(5, 20)];
    const set = computeInsights(sessions, symptoms);

    const running = shown(set, activity('running'), '0-6h');
    expect(running.with).toEqual({ followed: 2, total: 4 });
    expect(running.without).toEqual({ followed: 1, total: 4 });
    expect(running.difference).toBeCloseTo(0.25, 12);
    const yoga = shown(set, activity('yoga'), '6-24h');
    expect(yoga.with).toEqual({ followed: 1, total: 3 });
    expect(yoga.without).toEqual({ followed: 0, total: 5 });
    expect(hidden(set, activity('Bouldering')).map((row) => [row.withSessions, row.withoutSessions])).toEqual([
      [1, 7],
      [1, 7],
      [1, 7],
    ]);
    // Only activities in the log are subjects: vocabulary order, then the person's own labels.
    const unsorted = computeInsights(sessions, []);
    const activities = [...unsorted.insights, ...unsorted.notEnoughData]
      .map((row) => row.subject)
      .flatMap((subject) => (subject.kind === 'activity' ? [subject.activity] : []));
    expect([...new Set(activities)]).toEqual(['running', 'yoga', 'Bouldering']);
  });
});

describe('computeInsights: sensation', () => {
  it('counts only symptoms with that sensation, and any symptom without the option', () => {
    const { sessions } = holdsJournal();
    const symptoms = [
      felt(0, 1, ['numbness']),
      felt(1, 1, ['tingling']),
      felt(2, 1, ['tingling', 'numbness']),
      felt(9, 1, ['tingling']),
    ];
    const count = (sensation?: string) => {
      const insight = shown(computeInsights(sessions, symptoms, { sensation }), factor('held-positions'), '0-6h');
      return [insight.with.followed, insight.without.followed, insight.sensation];
    };
    expect(count('numbness')).toEqual([2, 0, 'numbness']);
    expect(count('tingling')).toEqual([2, 1, 'tingling']);
    expect(count('cramp')).toEqual([0, 0, 'cramp']);
    expect(count()).toEqual([3, 1, null]);
  });
});

describe('computeInsights: edge cases', () => {
  const factorRowsHidden = (withSessions: number, withoutSessions: number) =>
    INSIGHT_FACTORS.flatMap((id) =>
      LAG_WINDOWS.map(({ id: window }) => ({
        subject: factor(id),
        window,
        sensation: null,
        withSessions,
        withoutSessions,
      })),
    );

  it('no sessions and no symptoms: nothing shown, every factor listed with 0 and 0', () => {
    const set = computeInsights([], []);
    expect(set.insights).toEqual([]);
    expect(set.notEnoughData).toEqual(factorRowsHidden(0, 0));
    expect(set.sensation).toBeNull();
  });

  it('symptoms with no session at all', () => {
    const symptoms = [felt(0, 1), felt(3, -50), symptom()];
    const set = computeInsights([], symptoms, { sensation: 'numbness' });
    expect(set.insights).toEqual([]);
    expect(set.notEnoughData).toHaveLength(INSIGHT_FACTORS.length * LAG_WINDOWS.length);
  });

  it('no symptoms: every shown rate is 0', () => {
    const { sessions } = holdsJournal();
    const set = computeInsights(sessions, []);
    expect(set.insights.length).toBeGreaterThan(0);
    for (const insight of set.insights) {
      expect([insight.with.followed, insight.without.followed, insight.rateWith, insight.difference]).toEqual([
        0, 0, 0, 0,
      ]);
    }
  });

  it('all sessions with the factor: no "without" side, so not shown but listed', () => {
    const sessions = Array.from({ length: 6 }, (_, slot) => workout(slot, { cold: true }));
    const set = computeInsights(sessions, [felt(0, 1)]);
    expect(isShown(set, factor('cold'))).toBe(false);
    expect(hidden(set, factor('cold')).map((row) => [row.window, row.withSessions, row.withoutSessions])).toEqual([
      ['0-6h', 6, 0],
      ['6-24h', 6, 0],
      ['24-72h', 6, 0],
    ]);
    // One activity for all: it has no "other sessions" either.
    expect(hidden(set, activity('yoga'))[0]).toMatchObject({ withSessions: 6, withoutSessions: 0 });
  });

  it('sessions where every factor is null are on neither side of any factor', () => {
    const sessions = Array.from({ length: 10 }, (_, slot) => workout(slot, {}, slot < 5 ? 'running' : 'walking'));
    const set = computeInsights(
      sessions,
      sessions.map((_, slot) => felt(slot, 1)),
    );
    expect(set.notEnoughData.filter((row) => row.subject.kind === 'factor')).toEqual(factorRowsHidden(0, 0));
    expect(shown(set, activity('running'), '0-6h').with).toEqual({ followed: 5, total: 5 });
  });

  it('symptoms before any session follow nothing', () => {
    const { sessions, symptoms } = holdsJournal();
    const early = [felt(0, -100), felt(0, -5), symptom({ notedAt: '2020-01-01T00:00:00.000Z' })];
    const plain = computeInsights(sessions, symptoms);
    expect(computeInsights(sessions, [...early, ...symptoms])).toEqual(plain);
  });

  it('does not depend on the order of its input, and reads other ISO forms of an instant', () => {
    const { sessions, symptoms } = holdsJournal();
    const plain = computeInsights(sessions, symptoms);
    const shortForm = symptoms.map((entry) => ({ ...entry, notedAt: entry.notedAt.replace('.000Z', 'Z') }));
    expect(computeInsights([...sessions].reverse(), [...shortForm].reverse())).toEqual(plain);
  });

  it('sorts by difference, largest first, ties in subject and window order', () => {
    const { sessions, symptoms } = holdsJournal();
    const mixed = sessions.map((entry, slot) => ({
      ...entry,
      activity: slot % 2 === 0 ? 'yoga' : 'running',
      factors: { ...entry.factors, cold: slot % 3 === 0, warmUp: slot % 4 === 0 },
    }));
    const set = computeInsights(mixed, [...symptoms, felt(3, 30), felt(10, 8)]);
    const differences = set.insights.map((row) => row.difference);
    expect(differences).toEqual([...differences].sort((a, b) => b - a));

    // With no symptoms every difference is 0: the natural order is kept.
    const still = computeInsights(mixed, []).insights.map((row) => `${JSON.stringify(row.subject)} ${row.window}`);
    const natural = [
      ...INSIGHT_FACTORS.filter((id) => ['held-positions', 'warm-up', 'cold'].includes(id)).map(factor),
      activity('running'),
      activity('yoga'),
    ].flatMap((subject) => LAG_WINDOWS.map(({ id }) => `${JSON.stringify(subject)} ${id}`));
    expect(still).toEqual(natural);
  });

  it('words nothing: the output holds ids and counts, no sentences', () => {
    const { sessions, symptoms } = holdsJournal();
    const text = JSON.stringify(computeInsights(sessions, symptoms));
    expect(text).not.toMatch(/caus|because|trigger|bring|lead|result|due/i);
  });
});

describe('computeInsights on the six-month sample', () => {
  const END = new Date('2026-05-15T16:20:00.000Z');
  const journal = generateSampleJournal(sixMonthSample(END));

  it('finds the same counts as checking every session against every symptom', () => {
    const set = computeInsights(journal.sessions, journal.symptoms, { sensation: 'numbness' });
    const times = journal.symptoms
      .filter((entry) => entry.sensations.includes('numbness'))
      .map((entry) => Date.parse(entry.notedAt));
    const followed = (entry: ExerciseSession, window: (typeof LAG_WINDOWS)[number]) => {
      const start = Date.parse(entry.startedAt);
      const end = start + entry.durationMinutes * MINUTE;
      return times.some((time) => {
        const hours = (time - end) / HOUR;
        if (window.id === '0-6h' && time >= start && time < end) return true;
        return hours >= window.fromHours && hours < window.toHours;
      });
    };
    for (const insight of set.insights) {
      const window = LAG_WINDOWS.find(({ id }) => id === insight.window) as (typeof LAG_WINDOWS)[number];
      const side = (exposed: boolean) =>
        journal.sessions.filter((entry) =>
          insight.subject.kind === 'factor'
            ? factorExposure(insight.subject.factor, entry.factors) === exposed
            : (entry.activity === insight.subject.activity) === exposed,
        );
      for (const [exposed, counts] of [
        [true, insight.with],
        [false, insight.without],
      ] as const) {
        const rows = side(exposed);
        expect(counts).toEqual({
          followed: rows.filter((entry) => followed(entry, window)).length,
          total: rows.length,
        });
      }
    }
  });

  it('finds the generator’s story: long holds and numbness, a grip trainer and tingling', () => {
    const numbness = computeInsights(journal.sessions, journal.symptoms, { sensation: 'numbness' });
    const holds = shown(numbness, factor('held-positions'), '0-6h');
    expect(holds.with.total).toBeGreaterThanOrEqual(10);
    expect(holds.rateWith).toBeGreaterThan(holds.rateWithout + 0.25);
    expect(holds.rateWith).toBeGreaterThan(2 * holds.rateWithout);

    const tingling = computeInsights(journal.sessions, journal.symptoms, { sensation: 'tingling' });
    const grip = shown(tingling, factor('grip-trainer'), '0-6h');
    expect(grip.with.total).toBeGreaterThanOrEqual(10);
    expect(grip.rateWith).toBeGreaterThan(grip.rateWithout + 0.3);
    expect(grip.rateWith).toBeGreaterThan(2 * grip.rateWithout);
    // Among all the tingling comparisons, the grip trainer's comes near the top.
    expect(tingling.insights.slice(0, 3)).toContain(grip);
  });
});
