import { ONSET_AFTER_MAX_MINUTES } from '../../shared/domain/record-defaults';
import type { ExerciseSession, SettingKey, SettingValue, SymptomEntry } from '../../shared/domain/records';
import { localDayOf } from '../../shared/domain/local-time';
import { HISTORY_WINDOW_DAYS } from '../../shared/guidance/triage';
import type { IndexableType, Table } from 'dexie';
import type { JournalDatabase } from './database';

/** Read-only queries: the screens' live queries, the timeline's window and the rows Trends keeps up to date. */

export async function readSetting<K extends SettingKey>(
  db: JournalDatabase,
  key: K,
): Promise<SettingValue<K> | undefined> {
  const row = await db.settings.get(key);
  return row?.value as SettingValue<K> | undefined;
}

/** The first local day with a workout or a symptom, read from the time indexes; null for an empty journal. */
export async function firstDayWithData(db: JournalDatabase): Promise<string | null> {
  const [session, symptom] = await Promise.all([
    db.sessions.orderBy('startedAt').first(),
    db.symptoms.orderBy('notedAt').first(),
  ]);
  const days = [
    session === undefined
      ? null
      : localDayOf({ instant: session.startedAt, utcOffsetMinutes: session.utcOffsetMinutes }),
    symptom === undefined ? null : localDayOf({ instant: symptom.notedAt, utcOffsetMinutes: symptom.utcOffsetMinutes }),
  ].filter((day): day is string => day !== null);
  return days.length === 0 ? null : (days.sort()[0] ?? null);
}

/** The newest workouts, for the symptom form's "Workout" choice. */
export function recentSessions(db: JournalDatabase, limit: number): Promise<ExerciseSession[]> {
  return db.sessions.orderBy('startedAt').reverse().limit(limit).toArray();
}

/**
 * The activities the person has logged, most recent first: offered before the full list. Reads the
 * activity index's distinct keys, so a rare activity from years ago is still remembered.
 */
export async function yourActivities(db: JournalDatabase): Promise<string[]> {
  const [recent, all] = await Promise.all([recentSessions(db, 200), distinctTextKeys(db.sessions, 'activity')]);
  const ordered = [...new Set(recent.map((session) => session.activity))];
  for (const key of all) if (!ordered.includes(key)) ordered.push(key);
  return ordered;
}

/**
 * The distinct text keys of an index, in order, one seek each. Dexie's `uniqueKeys` uses
 * IndexedDB's "nextunique" cursor, which Chromium serves by stepping over every duplicate: over ten
 * years of entries the activity and sensation lists took about 0.6 s, and held up every other read
 * of the journal (the Trends worker's among them) while they ran, each time the screen opened and
 * after every write.
 */
async function distinctTextKeys<Row>(table: Table<Row, string>, index: string): Promise<string[]> {
  const keys: string[] = [];
  // Strings sort after numbers and dates in IndexedDB: start at the first string.
  let next = await table.where(index).aboveOrEqual('').limit(1).keys();
  for (;;) {
    const [key] = next;
    if (typeof key !== 'string') return keys;
    keys.push(key);
    next = await table.where(index).above(key).limit(1).keys();
  }
}

/** The latest workout of an activity, for "Same as last time". */
export async function lastSessionOf(
  db: JournalDatabase,
  activity: string,
  excludeId?: string,
): Promise<ExerciseSession | undefined> {
  const sessions = await db.sessions.where('activity').equals(activity).sortBy('startedAt');
  return sessions.reverse().find((session) => session.id !== excludeId);
}

/**
 * Every row of `table` in pages of `pageRows`, in primary-key order, each page handed to `visit`
 * before the next is read, so a reader of ten years of entries never holds all of them as objects.
 * Inside a transaction, the pages are one consistent copy.
 */
export async function readTableInPages<Row, Key, Insert>(
  table: Pick<Table<Row, Key, Insert>, 'orderBy' | 'where' | 'schema'>,
  pageRows: number,
  visit: (page: readonly Row[]) => void,
): Promise<void> {
  const keyPath = String(table.schema.primKey.keyPath);
  for (let after: IndexableType | null = null; ;) {
    const page: Row[] = await (after === null ? table.orderBy(':id') : table.where(':id').above(after))
      .limit(pageRows)
      .toArray();
    visit(page);
    const last = page.at(-1) as Record<string, IndexableType> | undefined;
    if (page.length < pageRows || last === undefined) return;
    after = last[keyPath] ?? null;
  }
}

/** Local days can be up to 14 hours either side of UTC; the index range is widened by that much. */
const LOCAL_DAY_MARGIN_MS = 14 * 60 * 60 * 1000;

function instantBound(day: string, edge: 'start' | 'end'): string {
  const midnight = Date.parse(`${day}T00:00:00.000Z`);
  const bound = edge === 'start' ? midnight - LOCAL_DAY_MARGIN_MS : midnight + 24 * 3_600_000 + LOCAL_DAY_MARGIN_MS;
  return new Date(bound).toISOString();
}

/** How far a symptom can be noted after its workout started and still be read with it. */
export const LINKED_SPAN_MS = ONSET_AFTER_MAX_MINUTES * 60_000;

export function shiftedInstant(instant: string, ms: number): string {
  return new Date(Date.parse(instant) + ms).toISOString();
}

/**
 * Every workout and symptom whose time could fall in the local days given (either may be ''),
 * read through the time indexes, for the timeline's filters and the report. The exact local-day
 * check is the filter's. (No explicit transaction: in the Trends worker, which read this way
 * before it had month texts, waiting for one to complete added 0.2–0.3 s. A write landing between
 * the reads is reported by Dexie and brought in by `refreshEntries`.)
 *
 * A symptom noted up to a week after the range still belongs with a workout in it, and a symptom
 * early in the range with a workout up to a week before it. Both are found by reading that week
 * through the same time indexes and keeping the linked rows: a sequential read of a week's rows,
 * where looking each workout up in the workout index (random ids) took hundreds of milliseconds.
 */
export async function entriesBetween(
  db: JournalDatabase,
  fromDay: string,
  toDay: string,
): Promise<{ sessions: ExerciseSession[]; symptoms: SymptomEntry[] }> {
  const { lower, upper } = spanOfDays(fromDay, toDay);
  const [sessions, inRange, weekBefore, weekAfter] = await Promise.all([
    db.sessions.where('startedAt').between(lower, upper, true, true).toArray(),
    db.symptoms.where('notedAt').between(lower, upper, true, true).toArray(),
    lower === '' ? [] : db.sessions.where('startedAt').between(shiftedInstant(lower, -LINKED_SPAN_MS), lower).toArray(),
    upper === '\uffff'
      ? []
      : db.symptoms.where('notedAt').between(upper, shiftedInstant(upper, LINKED_SPAN_MS), false, true).toArray(),
  ]);
  const sessionIds = new Set(sessions.map((session) => session.id));
  const linkedIds = new Set(inRange.map((symptom) => symptom.sessionId));
  const earlier = weekBefore.filter((session) => linkedIds.has(session.id));
  for (const session of earlier) sessionIds.add(session.id);
  const far = await linkedSessionsMissing(db, inRange, sessionIds);
  return {
    sessions: [...sessions, ...earlier, ...far],
    symptoms: [
      ...inRange,
      ...weekAfter.filter((symptom) => symptom.sessionId !== null && sessionIds.has(symptom.sessionId)),
    ],
  };
}

/**
 * The workouts `symptoms` are linked to that are not among `known`, looked up by id: a workout moved
 * further back than a week after its symptom was logged is rare, so these are few.
 */
export async function linkedSessionsMissing(
  db: JournalDatabase,
  symptoms: Iterable<Pick<SymptomEntry, 'sessionId'>>,
  known: ReadonlySet<string>,
): Promise<ExerciseSession[]> {
  const missing = new Set<string>();
  for (const { sessionId } of symptoms) if (sessionId !== null && !known.has(sessionId)) missing.add(sessionId);
  const found = await rowsById(db.sessions, [...missing]);
  return found.filter((session): session is ExerciseSession => session !== undefined);
}

/** `bulkGet`, without a transaction to wait for when there is nothing to get. */
async function rowsById<Row>(
  table: { bulkGet(keys: string[]): PromiseLike<(Row | undefined)[]> },
  ids: readonly string[],
): Promise<(Row | undefined)[]> {
  return ids.length === 0 ? [] : table.bulkGet([...ids]);
}

/** The instants a reader of these local days holds rows for (either day may be '' for no bound). */
export interface InstantSpan {
  readonly lower: string;
  readonly upper: string;
}

export function spanOfDays(fromDay: string, toDay: string): InstantSpan {
  return {
    lower: fromDay === '' ? '' : instantBound(fromDay, 'start'),
    upper: toDay === '' ? '\uffff' : instantBound(toDay, 'end'),
  };
}

/** How a reader keeps rows read again: whole (the timeline), or only some fields (Trends). */
export interface RowShape<S, Y> {
  readonly session: (row: ExerciseSession) => S;
  readonly symptom: (row: SymptomEntry) => Y;
}

export const WHOLE_ROWS: RowShape<ExerciseSession, SymptomEntry> = { session: (row) => row, symptom: (row) => row };

type SessionKeys = Pick<ExerciseSession, 'id' | 'startedAt'>;
type SymptomKeys = Pick<SymptomEntry, 'id' | 'notedAt' | 'sessionId'>;

/**
 * Rows read for a span (by `entriesBetween`, `newestEntries` or `readTrendRows`), brought up to
 * date after a write by reading again only the rows it changed: a new symptom costs one lookup, not
 * the whole span. Rows read again are kept in the `shape` of the rows held. The result may hold a
 * few rows more than a fresh read would (a workout's symptoms from just outside the span); every
 * reader filters by time, so what it shows is the same.
 */
export async function refreshEntries<S extends SessionKeys, Y extends SymptomKeys>(
  db: JournalDatabase,
  entries: { readonly sessions: readonly S[]; readonly symptoms: readonly Y[] },
  { lower, upper }: InstantSpan,
  changed: { readonly sessions: readonly string[]; readonly symptoms: readonly string[] },
  shape: RowShape<S, Y>,
): Promise<{ sessions: S[]; symptoms: Y[] }> {
  const inSpan = (instant: string) => instant >= lower && instant <= upper;
  const changedSessions = new Set(changed.sessions);
  const changedSymptoms = new Set(changed.symptoms);
  const [sessionRows, symptomRows] = await Promise.all([
    rowsById(db.sessions, [...changedSessions]),
    rowsById(db.symptoms, [...changedSymptoms]),
  ]);
  const sessions = entries.sessions.filter((session) => !changedSessions.has(session.id));
  const symptoms = entries.symptoms.filter((symptom) => !changedSymptoms.has(symptom.id));
  const freshSymptoms = symptomRows.filter((symptom): symptom is SymptomEntry => symptom !== undefined);
  const linkedTo = new Set([...symptoms, ...freshSymptoms].map((symptom) => symptom.sessionId));
  for (const session of sessionRows) {
    if (session !== undefined && (inSpan(session.startedAt) || linkedTo.has(session.id))) {
      sessions.push(shape.session(session));
    }
  }
  const known = new Set(sessions.map((session) => session.id));
  for (const symptom of freshSymptoms) {
    if (inSpan(symptom.notedAt) || (symptom.sessionId !== null && known.has(symptom.sessionId))) {
      symptoms.push(shape.symptom(symptom));
    }
  }
  // A symptom in the days may belong to a workout just before them, as in entriesBetween.
  for (const session of await linkedSessionsMissing(db, freshSymptoms, known)) sessions.push(shape.session(session));
  return { sessions, symptoms };
}

export function countSampleEntries(db: JournalDatabase): Promise<number> {
  return Promise.all([
    db.sessions.where('source').equals('sample').count(),
    db.symptoms.where('source').equals('sample').count(),
  ]).then(([sessions, symptoms]) => sessions + symptoms);
}

/**
 * The newest `limit` workouts and every symptom since the oldest of them: the part of the journal
 * the timeline shows before the person scrolls further back. Reads through the time indexes, so
 * opening a ten-year journal costs the same as opening a new one. `span` is what it covers, for
 * `refreshEntries`.
 */
export async function newestEntries(
  db: JournalDatabase,
  limit: number,
): Promise<{ sessions: ExerciseSession[]; symptoms: SymptomEntry[]; hasOlder: boolean; span: InstantSpan }> {
  const sessions = await db.sessions.orderBy('startedAt').reverse().limit(limit).toArray();
  const oldest = sessions.at(-1);
  if (sessions.length < limit || oldest === undefined) {
    return { sessions, symptoms: await db.symptoms.toArray(), hasOlder: false, span: spanOfDays('', '') };
  }
  const symptoms = await db.symptoms.where('notedAt').aboveOrEqual(oldest.startedAt).toArray();
  return { sessions, symptoms, hasOlder: true, span: { lower: oldest.startedAt, upper: '\uffff' } };
}

/** The symptoms triage reads as history: those of the last eight weeks. */
export function recentSymptoms(db: JournalDatabase, now: Date): Promise<SymptomEntry[]> {
  const since = new Date(now.getTime() - HISTORY_WINDOW_DAYS * 24 * 60 * 60 * 1000).toISOString();
  return db.symptoms.where('notedAt').aboveOrEqual(since).toArray();
}

/** Every sensation the person has logged, through the multi-entry index: their own words included. */
export async function loggedSensations(db: JournalDatabase): Promise<string[]> {
  return distinctTextKeys(db.symptoms, 'sensations');
}
