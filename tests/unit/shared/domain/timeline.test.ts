import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../../shared/domain/timeline';
import { session, symptom } from '../fixtures';

describe('buildTimeline', () => {
  it('is empty for an empty journal', () => {
    expect(buildTimeline([], [])).toEqual([]);
  });

  it('groups entries by local day, newest day and newest entry first', () => {
    const monday = session({ startedAt: '2026-03-23T07:00:00.000Z', utcOffsetMinutes: 60 });
    const wednesdayMorning = session({ startedAt: '2026-03-25T06:00:00.000Z', utcOffsetMinutes: 60 });
    const wednesdayEvening = session({ startedAt: '2026-03-25T17:00:00.000Z', utcOffsetMinutes: 60 });
    const timeline = buildTimeline([wednesdayMorning, monday, wednesdayEvening], []);
    expect(timeline.map((day) => day.day)).toEqual(['2026-03-25', '2026-03-23']);
    expect(timeline[0]?.sessions.map((entry) => entry.session.id)).toEqual([wednesdayEvening.id, wednesdayMorning.id]);
    expect(timeline[1]?.sessions.map((entry) => entry.session.id)).toEqual([monday.id]);
  });

  it('orders two workouts that started the same minute by when they were logged', () => {
    const startedAt = '2026-03-25T06:00:00.000Z';
    const loggedFirst = session({ startedAt, createdAt: '2026-03-25T07:00:00.000Z' });
    const loggedLast = session({ startedAt, createdAt: '2026-03-25T07:05:00.000Z' });
    for (const order of [
      [loggedFirst, loggedLast],
      [loggedLast, loggedFirst],
    ]) {
      const ids = buildTimeline(order, [])[0]?.sessions.map((entry) => entry.session.id);
      expect(ids).toEqual([loggedLast.id, loggedFirst.id]);
    }
  });

  it('nests symptoms under their workout, newest first, even when felt on a later day', () => {
    const run = session({ startedAt: '2026-03-28T20:00:00.000Z', utcOffsetMinutes: 60 });
    const evening = symptom({ sessionId: run.id, notedAt: '2026-03-28T21:30:00.000Z', utcOffsetMinutes: 60 });
    const nextMorning = symptom({ sessionId: run.id, notedAt: '2026-03-29T07:00:00.000Z', utcOffsetMinutes: 120 });
    const timeline = buildTimeline([run], [evening, nextMorning]);
    expect(timeline).toEqual([
      { day: '2026-03-28', sessions: [{ session: run, symptoms: [nextMorning, evening] }], unlinkedSymptoms: [] },
    ]);
  });

  it('puts unlinked symptoms, and symptoms of a workout not in the list, on the day they were felt', () => {
    const run = session({ startedAt: '2026-03-29T08:00:00.000Z', utcOffsetMinutes: 120 });
    const unlinked = symptom({ sessionId: null, notedAt: '2026-03-27T09:00:00.000Z', utcOffsetMinutes: 60 });
    const orphan = symptom({
      sessionId: crypto.randomUUID(),
      notedAt: '2026-03-29T10:00:00.000Z',
      utcOffsetMinutes: 120,
    });
    const timeline = buildTimeline([run], [unlinked, orphan]);
    expect(timeline).toEqual([
      { day: '2026-03-29', sessions: [{ session: run, symptoms: [] }], unlinkedSymptoms: [orphan] },
      { day: '2026-03-27', sessions: [], unlinkedSymptoms: [unlinked] },
    ]);
  });

  it('keeps a workout at 23:30 local (+01:00) on its local day although it is the next day in UTC', () => {
    const lateRun = session({ startedAt: '2026-03-10T22:30:00.000Z', utcOffsetMinutes: 60 });
    const afterMidnightUtc = session({ startedAt: '2026-03-10T23:30:00.000Z', utcOffsetMinutes: 60 });
    const earlySymptom = symptom({ sessionId: null, notedAt: '2026-03-10T23:45:00.000Z', utcOffsetMinutes: -300 });
    const timeline = buildTimeline([lateRun, afterMidnightUtc], [earlySymptom]);
    expect(timeline.map((day) => day.day)).toEqual(['2026-03-11', '2026-03-10']);
    expect(timeline[0]?.sessions.map((entry) => entry.session.id)).toEqual([afterMidnightUtc.id]);
    expect(timeline[1]?.sessions.map((entry) => entry.session.id)).toEqual([lateRun.id]);
    expect(timeline[1]?.unlinkedSymptoms).toEqual([earlySymptom]);
  });

  it('does not reorder the arrays it was given', () => {
    const older = session({ startedAt: '2026-03-01T08:00:00.000Z' });
    const newer = session({ startedAt: '2026-03-02T08:00:00.000Z' });
    const sessions = [older, newer];
    buildTimeline(sessions, []);
    expect(sessions).toEqual([older, newer]);
  });
});
