import { describe, expect, it } from 'vitest';
import {
  exerciseSessionSchema,
  symptomEntrySchema,
  type ExerciseSession,
  type SymptomEntry,
} from '../../../shared/domain/records';
import { localDayOf } from '../../../shared/domain/local-time';
import { SENSATIONS, WARNING_SIGNS, type WarningSign } from '../../../shared/domain/vocabulary';
import {
  benchmarkSample,
  generateSampleJournal,
  sixMonthSample,
  type SampleJournal,
  type SampleOptions,
} from '../../../shared/sample-data';

/** Mid-May 2026 in Berlin: the half year before it spans the end of March clock change. */
const END = new Date('2026-05-15T16:20:00.000Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const SEE_A_DOCTOR: readonly WarningSign[] = ['muscle-weakness', 'clumsiness', 'loss-of-balance'];
const URGENT: readonly WarningSign[] = [
  'leg-paralysis',
  'bowel-bladder-control',
  'slurred-speech',
  'vision-changes',
  'difficulty-breathing',
  'loss-of-consciousness',
  'chest-pain',
];

const journals = new Map<string, SampleJournal>();
/** Generating is deterministic, so tests that only read share one journal per set of options. */
function journal(options: SampleOptions): SampleJournal {
  const key = JSON.stringify(options);
  let result = journals.get(key);
  if (!result) {
    result = generateSampleJournal(options);
    journals.set(key, result);
  }
  return result;
}

const sixMonths = (seed?: number) => journal({ ...sixMonthSample(END), ...(seed === undefined ? {} : { seed }) });

const ms = (instant: string) => Date.parse(instant);
const sessionEnd = (session: ExerciseSession) => ms(session.startedAt) + session.durationMinutes * MINUTE;
const localDay = (instant: string, utcOffsetMinutes: number) => localDayOf({ instant, utcOffsetMinutes });
const localMinute = (instant: string, utcOffsetMinutes: number) => {
  const wall = new Date(ms(instant) + utcOffsetMinutes * MINUTE);
  return wall.getUTCHours() * 60 + wall.getUTCMinutes();
};

/** The zone's offset at an instant, worked out from its wall clock rather than its offset name. */
function realOffset(instant: string, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((wall - Math.floor(ms(instant) / MINUTE) * MINUTE) / MINUTE);
}

function linkedTo(symptoms: readonly SymptomEntry[], test: (symptom: SymptomEntry) => boolean): Set<string> {
  const ids = new Set<string>();
  for (const symptom of symptoms) if (symptom.sessionId !== null && test(symptom)) ids.add(symptom.sessionId);
  return ids;
}

function rate(sessions: readonly ExerciseSession[], followed: Set<string>): number {
  return sessions.filter((session) => followed.has(session.id)).length / sessions.length;
}

describe('generateSampleJournal', () => {
  it('gives byte-identical output for the same options, and different output for another seed', () => {
    const options = sixMonthSample(END);
    const first = generateSampleJournal(options);
    const second = generateSampleJournal({ ...options, end: new Date(END.getTime()) });
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));

    const other = generateSampleJournal({ ...options, seed: options.seed + 1 });
    expect(other).not.toEqual(first);
    const firstIds = new Set(first.sessions.map((s) => s.id));
    expect(other.sessions.some((s) => firstIds.has(s.id))).toBe(false);
  });

  it('refuses options it cannot honour', () => {
    const options = sixMonthSample(END);
    expect(() => generateSampleJournal({ ...options, days: 0 })).toThrow(RangeError);
    expect(() => generateSampleJournal({ ...options, seed: 1.5 })).toThrow(RangeError);
    expect(() => generateSampleJournal({ ...options, end: new Date(Number.NaN) })).toThrow(RangeError);
    expect(() => generateSampleJournal({ ...options, timeZone: 'Not/AZone' })).toThrow(RangeError);
    expect(() => generateSampleJournal({ ...options, days: 1, sessionsPerWeek: 7 * 200 })).toThrow(RangeError);
  });

  it('makes exactly the counts asked for, and nothing when no sessions are asked for', () => {
    const small = generateSampleJournal({
      ...sixMonthSample(END),
      days: 30,
      sessionsPerWeek: 3.5,
      symptomsPerSession: 2,
    });
    expect(small.sessions).toHaveLength(15);
    expect(small.symptoms).toHaveLength(30);
    const empty = generateSampleJournal({ ...sixMonthSample(END), sessionsPerWeek: 0 });
    expect(empty).toEqual({ sessions: [], symptoms: [] });
  });

  it('keeps everything before an end early in the morning, with next-day symptoms still consistent', () => {
    const end = new Date('2026-01-10T05:30:00.000Z');
    const { sessions, symptoms } = generateSampleJournal({ ...sixMonthSample(end), days: 20, sessionsPerWeek: 14 });
    expect(sessions).toHaveLength(40);
    for (const session of sessions) expect(sessionEnd(session)).toBeLessThanOrEqual(end.getTime());
    for (const symptom of symptoms) {
      expect(ms(symptom.notedAt)).toBeLessThanOrEqual(end.getTime());
      expect(ms(symptom.updatedAt)).toBeLessThanOrEqual(end.getTime());
    }
  });
});

describe('the six-month sample', () => {
  it('passes the record schemas, row by row', () => {
    const { sessions, symptoms } = sixMonths();
    for (const session of sessions) {
      const parsed = exerciseSessionSchema.safeParse(session);
      expect(parsed.error?.issues ?? [], session.id).toEqual([]);
      expect(parsed.data).toEqual(session);
    }
    for (const symptom of symptoms) {
      const parsed = symptomEntrySchema.safeParse(symptom);
      expect(parsed.error?.issues ?? [], symptom.id).toEqual([]);
      expect(parsed.data).toEqual(symptom);
    }
  });

  it('is one person’s half year: 80–130 sessions, a few hundred symptoms at most, all marked sample', () => {
    const { sessions, symptoms } = sixMonths();
    expect(sessions.length).toBeGreaterThanOrEqual(80);
    expect(sessions.length).toBeLessThanOrEqual(130);
    expect(symptoms.length).toBe(Math.round(sessions.length * 1.5));
    expect(symptoms.length).toBeLessThanOrEqual(300);
    for (const row of [...sessions, ...symptoms]) expect(row.source).toBe('sample');

    const perSession = new Map<string, number>();
    for (const s of symptoms) if (s.sessionId) perSession.set(s.sessionId, (perSession.get(s.sessionId) ?? 0) + 1);
    const withNone = sessions.filter((s) => !perSession.has(s.id)).length;
    const withSeveral = [...perSession.values()].filter((n) => n >= 2).length;
    expect(withNone).toBeGreaterThan(sessions.length / 5);
    expect(withSeveral).toBeGreaterThan(5);
  });

  it('gives every row a unique version-4 UUID', () => {
    const { sessions, symptoms } = sixMonths();
    const ids = [...sessions, ...symptoms].map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('links symptoms only to its own sessions, at times that fit the onset', () => {
    const { sessions, symptoms } = sixMonths();
    const byId = new Map(sessions.map((session) => [session.id, session]));
    let linked = 0;
    for (const symptom of symptoms) {
      if (symptom.sessionId === null) {
        expect(symptom.onset).toEqual({ kind: 'at-rest', afterMinutes: null });
        continue;
      }
      linked += 1;
      const session = byId.get(symptom.sessionId);
      expect(session, symptom.id).toBeDefined();
      if (!session) continue;
      const noted = ms(symptom.notedAt);
      const started = ms(session.startedAt);
      const ended = sessionEnd(session);
      expect(noted).toBeGreaterThanOrEqual(started);
      switch (symptom.onset?.kind) {
        case 'during':
          expect(noted).toBeLessThanOrEqual(ended);
          break;
        case 'right-after':
          expect(noted).toBeGreaterThanOrEqual(ended);
          expect(noted).toBeLessThanOrEqual(ended + 15 * MINUTE);
          break;
        case 'after':
          expect(noted).toBe(ended + (symptom.onset.afterMinutes ?? Number.NaN) * MINUTE);
          break;
        case 'next-day': {
          const sessionDay = Date.parse(localDay(session.startedAt, session.utcOffsetMinutes));
          expect(Date.parse(localDay(symptom.notedAt, symptom.utcOffsetMinutes)) - sessionDay).toBe(DAY);
          const minute = localMinute(symptom.notedAt, symptom.utcOffsetMinutes);
          expect(minute).toBeGreaterThanOrEqual(7 * 60);
          expect(minute).toBeLessThanOrEqual(9 * 60 + 30);
          break;
        }
        case 'at-rest':
          throw new Error(`linked symptom ${symptom.id} is marked at rest`);
        case undefined:
          break;
      }
      if (symptom.onset?.kind !== 'after') expect(symptom.onset?.afterMinutes ?? null).toBeNull();
    }
    expect(linked).toBeGreaterThan(0);
    expect(linked).toBeLessThan(symptoms.length);
  });

  it('stamps nothing after the end, and logs each entry shortly after the event', () => {
    const { sessions, symptoms } = sixMonths();
    const end = END.getTime();
    for (const session of sessions) {
      expect(sessionEnd(session)).toBeLessThanOrEqual(end);
      expect(ms(session.createdAt)).toBeGreaterThanOrEqual(sessionEnd(session));
      expect(ms(session.createdAt) - sessionEnd(session)).toBeLessThanOrEqual(46 * MINUTE);
      expect(ms(session.updatedAt)).toBeGreaterThanOrEqual(ms(session.createdAt));
      expect(ms(session.updatedAt)).toBeLessThanOrEqual(end);
      expect(session.startedAt).toBe(new Date(session.startedAt).toISOString());
    }
    for (const symptom of symptoms) {
      expect(ms(symptom.notedAt)).toBeLessThanOrEqual(end);
      expect(ms(symptom.createdAt)).toBeGreaterThanOrEqual(ms(symptom.notedAt));
      expect(ms(symptom.updatedAt)).toBeGreaterThanOrEqual(ms(symptom.createdAt));
      expect(ms(symptom.updatedAt)).toBeLessThanOrEqual(end);
      expect(symptom.notedAt).toBe(new Date(symptom.notedAt).toISOString());
    }
    const first = ms(sessions[0]?.startedAt ?? '');
    expect(end - first).toBeGreaterThan(170 * DAY);
    expect(end - first).toBeLessThanOrEqual(182 * DAY);
  });

  it('stores each zone’s real offset: Berlin on both sides of the clock change, Jakarta on the trip', () => {
    const options = sixMonthSample(END);
    const { sessions, symptoms } = sixMonths();
    const offsets = new Set(sessions.map((s) => s.utcOffsetMinutes));
    expect(offsets).toEqual(new Set([60, 120, 420]));

    // The journal's first local day is 181 days before the end's; the trip starts 120 days in.
    const firstDay = Date.parse('2026-05-15') - 181 * DAY;
    const tripDays = new Set<string>();
    for (let i = 0; i < 7; i++) tripDays.add(new Date(firstDay + (120 + i) * DAY).toISOString().slice(0, 10));

    const rows = [
      ...sessions.map((s) => ({ instant: s.startedAt, offset: s.utcOffsetMinutes })),
      ...symptoms.map((s) => ({ instant: s.notedAt, offset: s.utcOffsetMinutes })),
    ];
    let onTrip = 0;
    for (const { instant, offset } of rows) {
      const day = localDay(instant, offset);
      const zone = tripDays.has(day) && offset === 420 ? 'Asia/Jakarta' : options.timeZone;
      expect(offset, instant).toBe(realOffset(instant, zone));
      if (offset === 420) {
        onTrip += 1;
        expect(tripDays.has(day), day).toBe(true);
      }
    }
    expect(onTrip).toBeGreaterThan(0);
    for (const session of sessions) {
      if (tripDays.has(localDay(session.startedAt, session.utcOffsetMinutes)))
        expect(session.utcOffsetMinutes).toBe(420);
    }
  });

  it('starts workouts at believable local times', () => {
    for (const session of sixMonths().sessions) {
      const minute = localMinute(session.startedAt, session.utcOffsetMinutes);
      expect(minute).toBeGreaterThanOrEqual(5 * 60 + 45);
      expect(minute + session.durationMinutes).toBeLessThanOrEqual(22 * 60 + 30);
    }
  });

  it('records factors on most sessions and leaves some unrecorded, only where they apply', () => {
    const { sessions } = sixMonths();
    const factorValues = sessions.flatMap((s) => Object.values(s.factors));
    const recorded = factorValues.filter((value) => value !== null).length;
    expect(recorded / factorValues.length).toBeGreaterThan(0.5);
    expect(recorded).toBeLessThan(factorValues.length);
    for (const session of sessions) {
      if (!['yoga', 'squats-holds'].includes(session.activity)) expect(session.factors.longestHoldMinutes).toBeNull();
      if (!['running', 'trail-running'].includes(session.activity)) expect(session.factors.gripTrainer).toBeNull();
    }
    const activities = new Set(sessions.map((s) => s.activity));
    for (const activity of ['running', 'yoga', 'weight-lifting', 'trail-running'])
      expect(activities).toContain(activity);
    const running = sessions.filter((s) => s.activity === 'running' || s.activity === 'trail-running').length;
    const yoga = sessions.filter((s) => s.activity === 'yoga').length;
    expect(running).toBeGreaterThan(yoga);
    expect(yoga).toBeGreaterThan(sessions.length / 10);
  });

  it('keeps warning signs rare and never urgent, and severities mostly mild', () => {
    const { symptoms } = sixMonths();
    const warned = symptoms.filter((s) => s.warningSigns.length > 0);
    expect(warned.length).toBeGreaterThanOrEqual(1);
    expect(warned.length).toBeLessThanOrEqual(3);
    for (const symptom of warned) {
      for (const sign of symptom.warningSigns) {
        expect(SEE_A_DOCTOR).toContain(sign);
        expect(URGENT).not.toContain(sign);
      }
    }
    expect(WARNING_SIGNS).toEqual(expect.arrayContaining([...SEE_A_DOCTOR, ...URGENT]));
    const mild = symptoms.filter((s) => s.severity <= 5).length;
    expect(mild / symptoms.length).toBeGreaterThan(0.85);
  });

  it('uses the vocabulary, sides that fit the body, and plain short notes', () => {
    const { sessions, symptoms } = sixMonths();
    const sensations = symptoms.flatMap((s) => s.sensations);
    const custom = sensations.filter((s) => !(SENSATIONS as readonly string[]).includes(s));
    expect(custom.length / sensations.length).toBeLessThan(0.05);
    for (const symptom of symptoms) {
      for (const { region, side } of symptom.locations) {
        if (region === 'neck' || region === 'lower-back') expect(side).toBe('both');
        else expect(side).not.toBe('both');
      }
    }
    const notes = [...sessions, ...symptoms].map((row) => row.notes);
    expect(notes.filter((n) => n === '').length).toBeGreaterThan(notes.length / 4);
    expect(new Set(notes).size).toBeGreaterThan(20);
    for (const note of notes) {
      expect(note.length).toBeLessThanOrEqual(80);
      expect(note).not.toMatch(/[<>&*_#`[\]]/);
    }
  });

  it.each([undefined, 1, 2, 3])(
    'tells the story (seed %s): long yoga holds bring numbness, grip trainers hand tingling',
    (seed) => {
      const { sessions, symptoms } = sixMonths(seed);
      const yoga = sessions.filter((s) => s.activity === 'yoga' && s.factors.longestHoldMinutes !== null);
      const longHolds = yoga.filter((s) => (s.factors.longestHoldMinutes ?? 0) >= 3);
      const shortHolds = yoga.filter((s) => (s.factors.longestHoldMinutes ?? 0) < 3);
      const numbLegs = linkedTo(
        symptoms,
        (s) =>
          s.sensations.includes('numbness') &&
          s.locations.some((l) => ['calf', 'foot', 'toes', 'below-knee'].includes(l.region)),
      );
      expect(longHolds.length).toBeGreaterThanOrEqual(5);
      expect(shortHolds.length).toBeGreaterThanOrEqual(3);
      expect(rate(longHolds, numbLegs)).toBeGreaterThan(0.5);
      expect(rate(longHolds, numbLegs)).toBeGreaterThan(2 * rate(shortHolds, numbLegs));

      const runs = sessions.filter((s) => s.activity === 'running' || s.activity === 'trail-running');
      const withGrip = runs.filter((s) => s.factors.gripTrainer === true);
      const withoutGrip = runs.filter((s) => s.factors.gripTrainer === false);
      const tinglyHands = linkedTo(
        symptoms,
        (s) =>
          s.sensations.includes('tingling') && s.locations.some((l) => l.region === 'hand' || l.region === 'fingers'),
      );
      expect(withGrip.length).toBeGreaterThanOrEqual(5);
      expect(rate(withGrip, tinglyHands)).toBeGreaterThan(2 * rate(withoutGrip, tinglyHands));
    },
  );

  it('gets better over the months: more warm-ups, fewer and milder symptoms later on', () => {
    const { sessions, symptoms } = sixMonths();
    const middle = (ms(sessions[0]?.startedAt ?? '') + END.getTime()) / 2;
    const early = sessions.filter((s) => ms(s.startedAt) < middle);
    const late = sessions.filter((s) => ms(s.startedAt) >= middle);
    const warmUpRate = (list: ExerciseSession[]) =>
      list.filter((s) => s.factors.warmUp === true).length / list.filter((s) => s.factors.warmUp !== null).length;
    expect(warmUpRate(late)).toBeGreaterThan(warmUpRate(early));

    const earlySymptoms = symptoms.filter((s) => ms(s.notedAt) < middle);
    const lateSymptoms = symptoms.filter((s) => ms(s.notedAt) >= middle);
    expect(earlySymptoms.length / early.length).toBeGreaterThan(lateSymptoms.length / late.length);
    const mean = (list: SymptomEntry[]) => list.reduce((sum, s) => sum + s.severity, 0) / list.length;
    expect(mean(earlySymptoms)).toBeGreaterThan(mean(lateSymptoms));
  });
});

describe('the benchmark sample', () => {
  const end = new Date('2026-03-29T12:00:00.000Z');
  const bench = () => journal(benchmarkSample(end));

  it('has exactly 20,000 sessions and 60,000 symptoms spanning ten years', () => {
    const { sessions, symptoms } = bench();
    expect(sessions).toHaveLength(20_000);
    expect(symptoms).toHaveLength(60_000);
    const first = ms(sessions[0]?.startedAt ?? '');
    const last = ms(sessions[sessions.length - 1]?.startedAt ?? '');
    expect(last - first).toBeGreaterThan(9.9 * 365.25 * DAY);
    expect(end.getTime() - first).toBeLessThanOrEqual(3652 * DAY);
  });

  it('keeps ids unique, links valid and nothing after the end', () => {
    const { sessions, symptoms } = bench();
    const sessionIds = new Set(sessions.map((s) => s.id));
    const allIds = new Set([...sessionIds, ...symptoms.map((s) => s.id)]);
    expect(allIds.size).toBe(80_000);
    const startById = new Map(sessions.map((s) => [s.id, ms(s.startedAt)]));
    const endMs = end.getTime();
    const late = [
      ...sessions.filter((s) => ms(s.updatedAt) > endMs || sessionEnd(s) > endMs),
      ...symptoms.filter((s) => ms(s.updatedAt) > endMs || ms(s.notedAt) > endMs),
    ].map((row) => row.id);
    expect(late).toEqual([]);
    const badLinks = symptoms
      .filter((s) => s.sessionId !== null && !(ms(s.notedAt) >= (startById.get(s.sessionId) ?? Number.NaN)))
      .map((s) => s.id);
    expect(badLinks).toEqual([]);
    expect(symptoms.filter((s) => s.sessionId === null).length).toBe(3000);
  });

  it('passes the record schemas on a spread of rows', () => {
    const { sessions, symptoms } = bench();
    for (let i = 0; i < sessions.length; i += 97) {
      expect(exerciseSessionSchema.safeParse(sessions[i]).error?.issues ?? []).toEqual([]);
    }
    for (let i = 0; i < symptoms.length; i += 97) {
      expect(symptomEntrySchema.safeParse(symptoms[i]).error?.issues ?? []).toEqual([]);
    }
  });
});
