import { describe, expect, it } from 'vitest';
import { NO_FILTER, filterJournal, foldForSearch, isFiltering } from '../../../../shared/domain/journal-filter';
import { session, symptom } from '../fixtures';

const yoga = session({ activity: 'yoga', startedAt: '2026-03-20T17:00:00.000Z', notes: 'Long pigeon holds' });
const run = session({ activity: 'running', startedAt: '2026-03-25T06:00:00.000Z', notes: 'Cold, café stop' });
const calf = symptom({
  sessionId: yoga.id,
  notedAt: '2026-03-20T18:00:00.000Z',
  sensations: ['numbness'],
  locations: [{ region: 'calf', side: 'left' }],
  severity: 5,
});
const hand = symptom({
  sessionId: run.id,
  notedAt: '2026-03-25T06:30:00.000Z',
  sensations: ['tingling'],
  locations: [{ region: 'hand', side: 'right' }],
  severity: 2,
  notes: 'Fingers went white',
});
const atRest = symptom({
  sessionId: null,
  notedAt: '2026-03-27T21:00:00.000Z',
  sensations: ['twitching'],
  severity: 1,
});

const all = () => filterJournal([yoga, run], [calf, hand, atRest], NO_FILTER);
const ids = (result: ReturnType<typeof all>) => [...result.sessions, ...result.symptoms].map((row) => row.id).sort();

describe('filterJournal', () => {
  it('keeps everything without a filter', () => {
    expect(ids(all())).toEqual([yoga.id, run.id, calf.id, hand.id, atRest.id].sort());
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it('keeps the workouts of an activity with their symptoms, and drops unlinked symptoms', () => {
    const result = filterJournal([yoga, run], [calf, hand, atRest], { ...NO_FILTER, activity: 'yoga' });
    expect(ids(result)).toEqual([yoga.id, calf.id].sort());
  });

  it('keeps matching symptoms and the workouts they belong to, by sensation, region or severity', () => {
    const bySensation = filterJournal([yoga, run], [calf, hand, atRest], { ...NO_FILTER, sensation: 'tingling' });
    expect(ids(bySensation)).toEqual([run.id, hand.id].sort());
    const byRegion = filterJournal([yoga, run], [calf, hand, atRest], { ...NO_FILTER, region: 'calf' });
    expect(ids(byRegion)).toEqual([yoga.id, calf.id].sort());
    const bySeverity = filterJournal([yoga, run], [calf, hand, atRest], { ...NO_FILTER, minSeverity: 2 });
    expect(ids(bySeverity)).toEqual([yoga.id, run.id, calf.id, hand.id].sort());
  });

  it('filters by local day, inclusive, in each entry’s own offset', () => {
    const lateEvening = session({ startedAt: '2026-03-20T23:30:00.000Z', utcOffsetMinutes: -300 });
    const result = filterJournal([yoga, run, lateEvening], [], {
      ...NO_FILTER,
      fromDay: '2026-03-20',
      toDay: '2026-03-20',
    });
    // 23:30 UTC at −05:00 is 18:30 on the 20th, so it is in; the run on the 25th is out.
    expect(result.sessions.map((row) => row.id).sort()).toEqual([yoga.id, lateEvening.id].sort());
  });

  it('finds words in notes ignoring case and accents, and a workout’s match brings its symptoms', () => {
    const byWorkoutNotes = filterJournal([yoga, run], [calf, hand, atRest], { ...NO_FILTER, text: 'PIGEON' });
    expect(ids(byWorkoutNotes)).toEqual([yoga.id, calf.id].sort());
    const accents = filterJournal([yoga, run], [calf, hand, atRest], { ...NO_FILTER, text: 'cafe' });
    expect(ids(accents)).toEqual([run.id, hand.id].sort());
    const bySymptomNotes = filterJournal([yoga, run], [calf, hand, atRest], { ...NO_FILTER, text: 'white fingers' });
    expect(ids(bySymptomNotes)).toEqual([run.id, hand.id].sort());
    const nothing = filterJournal([yoga, run], [calf, hand, atRest], { ...NO_FILTER, text: 'swimming' });
    expect(ids(nothing)).toEqual([]);
  });

  it('folds text for search', () => {
    expect(foldForSearch('Kesemutan Pégase')).toBe('kesemutan pegase');
  });
});
