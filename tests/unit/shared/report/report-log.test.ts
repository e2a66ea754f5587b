import { describe, expect, it } from 'vitest';
import type { ReportLogDay, ReportLogEntry } from '../../../../shared/report/report-log';
import { BERLIN_WINTER, JAKARTA, report, sessionAt, symptomAt } from './helpers';

const FROM = '2026-03-16';
const TO = '2026-03-22';

/** A readable line per entry: day, time, kind and what it is or is linked to. */
function lines(log: readonly ReportLogDay[]): string[] {
  const describe = (entry: ReportLogEntry) =>
    entry.kind === 'session'
      ? `${entry.time} session ${entry.session.activity}`
      : `${entry.time} symptom ${entry.symptom.notes}` +
        (entry.linkedSession === null ? '' : ` → ${entry.linkedSession.activity} ${entry.linkedSession.day}`);
  return log.flatMap((day) => day.entries.map((entry) => `${day.day} ${describe(entry)}`));
}

describe('report log', () => {
  const yogaBefore = sessionAt('2026-03-15T19:00', BERLIN_WINTER, { activity: 'yoga' });
  const run = sessionAt('2026-03-17T07:00', BERLIN_WINTER, { activity: 'running' });
  const lateRun = sessionAt('2026-03-22T20:00', BERLIN_WINTER, { activity: 'running' });
  const calvesNumb = symptomAt('2026-03-17T09:30', BERLIN_WINTER, { sessionId: run.id, notes: 'calves numb' });
  const symptoms = [
    calvesNumb,
    symptomAt('2026-03-16T07:00', BERLIN_WINTER, { sessionId: yogaBefore.id, notes: 'feet tingle' }),
    symptomAt('2026-03-19T13:00', BERLIN_WINTER, { sessionId: null, notes: 'at the desk' }),
    symptomAt('2026-03-20T08:00', BERLIN_WINTER, { sessionId: crypto.randomUUID(), notes: 'deleted workout' }),
    // The morning after the range: on the next report, not this one.
    symptomAt('2026-03-23T07:00', BERLIN_WINTER, { sessionId: lateRun.id, notes: 'next morning' }),
  ];

  it('lists every workout and symptom of the range by local day, oldest first, each symptom with its workout', () => {
    const { log } = report([lateRun, run, yogaBefore], symptoms, FROM, TO);
    expect(lines(log)).toEqual([
      '2026-03-16 07:00 symptom feet tingle → yoga 2026-03-15',
      '2026-03-17 07:00 session running',
      '2026-03-17 09:30 symptom calves numb → running 2026-03-17',
      '2026-03-19 13:00 symptom at the desk',
      '2026-03-20 08:00 symptom deleted workout',
      '2026-03-22 20:00 session running',
    ]);
  });

  it('names a linked workout by id, activity, local day and time, and says whether the log holds it', () => {
    const { log } = report([lateRun, run, yogaBefore], symptoms, FROM, TO);
    const symptomEntries = log.flatMap((day) => day.entries).filter((entry) => entry.kind === 'symptom');
    expect(symptomEntries.map((entry) => entry.linkedSession)).toEqual([
      { id: yogaBefore.id, activity: 'yoga', day: '2026-03-15', time: '19:00', inRange: false },
      { id: run.id, activity: 'running', day: '2026-03-17', time: '07:00', inRange: true },
      null,
      null,
    ]);
  });

  it('carries the stored records themselves, so nothing logged is dropped', () => {
    const { log } = report([run], [calvesNumb], FROM, TO);
    expect(log).toEqual([
      {
        day: '2026-03-17',
        entries: [
          { kind: 'session', time: '07:00', session: run },
          {
            kind: 'symptom',
            time: '09:30',
            symptom: calvesNumb,
            linkedSession: { id: run.id, activity: 'running', day: '2026-03-17', time: '07:00', inRange: true },
          },
        ],
      },
    ]);
    const [first, second] = log[0]?.entries ?? [];
    expect(first?.kind === 'session' ? first.session : null).toBe(run);
    expect(second?.kind === 'symptom' ? second.symptom : null).toBe(calvesNumb);
  });

  it('orders a day by the real instant, even when its entries were logged at different UTC offsets', () => {
    // Flying home from Jakarta: 06:30 there is 00:30 in Berlin, so it comes before 01:00 at home.
    const jakartaMorning = symptomAt('2026-03-18T06:30', JAKARTA, { notes: 'in Jakarta' });
    const homeRun = sessionAt('2026-03-18T07:00', BERLIN_WINTER);
    const homeNight = symptomAt('2026-03-18T01:00', BERLIN_WINTER, { notes: 'at home' });
    const { log } = report([homeRun], [homeNight, jakartaMorning], FROM, TO);
    expect(lines(log)).toEqual([
      '2026-03-18 06:30 symptom in Jakarta',
      '2026-03-18 01:00 symptom at home',
      '2026-03-18 07:00 session running',
    ]);
  });

  it('breaks ties: a workout before a symptom at the same minute, then the one logged first, then the id', () => {
    const start = '2026-03-18T07:00';
    const workout = sessionAt(start, BERLIN_WINTER);
    const loggedLater = symptomAt(start, BERLIN_WINTER, {
      notes: 'logged later',
      createdAt: '2026-03-18T08:00:00.000Z',
    });
    const loggedFirst = symptomAt(start, BERLIN_WINTER, {
      notes: 'logged first',
      createdAt: '2026-03-18T07:30:00.000Z',
    });
    const twinA = symptomAt(start, BERLIN_WINTER, { id: '00000000-0000-4000-8000-00000000000a', notes: 'twin a' });
    const twinB = symptomAt(start, BERLIN_WINTER, { id: '00000000-0000-4000-8000-00000000000b', notes: 'twin b' });
    const expected = [
      '2026-03-18 07:00 session running',
      '2026-03-18 07:00 symptom logged first',
      '2026-03-18 07:00 symptom logged later',
      '2026-03-18 07:00 symptom twin a',
      '2026-03-18 07:00 symptom twin b',
    ];
    // The fixture's createdAt (11:00Z) is later than both explicit ones.
    expect(lines(report([workout], [twinB, loggedLater, twinA, loggedFirst], FROM, TO).log)).toEqual(expected);
    expect(lines(report([workout], [loggedFirst, twinA, twinB, loggedLater], FROM, TO).log)).toEqual(expected);
  });
});
