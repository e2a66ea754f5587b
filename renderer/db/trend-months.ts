import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { ONSET_AFTER_MAX_MINUTES } from '../../shared/domain/records';
import {
  TREND_MONTH_LAYOUT,
  monthOfInstant,
  monthText,
  monthsBetween,
  parseMonthText,
  rowsByMonth,
  slimRows,
  type TrendRows,
  type TrendSession,
} from '../../shared/trends/trend-rows';
import type { JournalDatabase } from './database';
import { allEntries, type InstantSpan } from './queries';

/**
 * The Trends worker's copy of the journal: one record per month holding that month's workouts and
 * symptoms as one JSON text (see `shared/trends/trend-rows.ts` for why). Kept honest by a
 * middleware on every connection: each write to the workouts or symptoms marks the months it
 * touched as stale *in the same transaction*, so a record that isn't stale always matches the rows.
 * Stale months are rebuilt from the rows when Trends next reads them.
 */

export const TREND_MONTHS = 'trendMonths';

export interface TrendMonthRecord {
  /** `YYYY-MM`, or `ALL_MONTHS` for the marker. */
  readonly month: string;
  readonly layout: number;
  /** The month's rows as `monthText` writes them; null when a write has made them stale. */
  readonly text: string | null;
}

/**
 * Present while every month that holds rows has a record (stale or not). A write that touches
 * many rows removes every record, this one included, and the next read of "All" rebuilds them all.
 * Sorts after every `YYYY-MM`, so a range of months never includes it.
 */
const ALL_MONTHS = 'all-months';

/** Above this many rows in one request (a restore, an import), every month is dropped, not looked up. */
const BULK_WRITE_ROWS = 500;

const TIME_FIELD = { sessions: 'startedAt', symptoms: 'notedAt' } as const;
type JournalTableName = keyof typeof TIME_FIELD;

function isJournalTable(name: string): name is JournalTableName {
  return name === 'sessions' || name === 'symptoms';
}

/** DBCoreRangeType.Any: a const enum, which isolated modules can't import. */
const EVERY_KEY: DBCoreKeyRange = { type: 3 as DBCoreKeyRange['type'], lower: undefined, upper: undefined };

function staleRecord(month: string): TrendMonthRecord {
  return { month, layout: TREND_MONTH_LAYOUT, text: null };
}

/**
 * The months a write touches: those of the rows it writes and of the rows it replaces or deletes
 * (read first, in the same transaction). 'all' when it covers a range of keys or many rows.
 */
async function monthsTouched(
  table: DBCoreTable,
  request: DBCoreMutateRequest,
  timeField: string,
): Promise<Set<string> | 'all'> {
  if (request.type === 'deleteRange') return 'all';
  const rows = request.type === 'delete' ? request.keys.length : request.values.length;
  if (rows > BULK_WRITE_ROWS) return 'all';
  const months = new Set<string>();
  const add = (row: unknown): boolean => {
    const instant = (row as Record<string, unknown> | undefined)?.[timeField];
    if (typeof instant !== 'string') return false;
    months.add(monthOfInstant(instant));
    return true;
  };
  if (request.type !== 'delete' && !request.values.every(add)) return 'all';
  if (request.type === 'add') return months;
  const keys =
    request.type === 'delete'
      ? request.keys
      : (request.keys ?? request.values.map((value: unknown) => table.schema.primaryKey.extractKey?.(value)));
  const before: unknown[] = await table.getMany({ trans: request.trans, keys });
  for (const row of before) if (row !== undefined) add(row);
  return months;
}

/** Whether this transaction can write the month records (an upgrade to an older schema can't). */
function holdsMonths(trans: DBCoreTransaction): boolean {
  const names = (trans as Partial<Pick<IDBTransaction, 'objectStoreNames'>>).objectStoreNames;
  // Dexie's transactions are IndexedDB's own; if that ever changes, writing fails loudly rather
  // than leaving the months unmarked.
  return names === undefined || names.contains(TREND_MONTHS);
}

export const trendMonthsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'trendMonths',
  // Right above IndexedDB itself, below Dexie's own middlewares (hooks, cache, observability):
  // nothing under it needs Dexie's transaction zone, which is lost across its awaits, and writes
  // to the month records are not reported to live queries and Trends as journal changes.
  level: -2,
  create(down) {
    if (!down.schema.tables.some((table) => table.name === TREND_MONTHS)) return down;
    const months = down.table(TREND_MONTHS);
    return {
      ...down,
      // Every write transaction over the workouts or symptoms also covers the month records.
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.some(isJournalTable) && !stores.includes(TREND_MONTHS)
            ? [...stores, TREND_MONTHS]
            : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!isJournalTable(name)) return table;
        return {
          ...table,
          async mutate(request) {
            if (!holdsMonths(request.trans)) return table.mutate(request);
            const touched = await monthsTouched(table, request, TIME_FIELD[name]);
            const result = await table.mutate(request);
            if (touched === 'all') {
              await months.mutate({ type: 'deleteRange', trans: request.trans, range: EVERY_KEY });
            } else if (touched.size > 0) {
              await months.mutate({ type: 'put', trans: request.trans, values: [...touched].map(staleRecord) });
            }
            return result;
          },
        };
      },
    };
  },
};

/** A week either side: a symptom noted up to a week after its workout is read with it. */
const LINKED_SPAN_MS = ONSET_AFTER_MAX_MINUTES * 60_000;

function shiftedInstant(instant: string, ms: number): string {
  return new Date(Date.parse(instant) + ms).toISOString();
}

function usableRows(record: TrendMonthRecord | undefined): TrendRows | null {
  if (record === undefined || record.layout !== TREND_MONTH_LAYOUT || record.text === null) return null;
  return parseMonthText(record.text);
}

/**
 * Every workout and symptom whose time could fall in `span` (an unbounded span is the whole
 * journal), with the fields Trends reads: the months that hold the span and the week either side
 * (for workouts linked to symptoms in it and the other way round), plus any linked workout further
 * back. The result holds more rows than the span; every reader filters by local day.
 *
 * When every month needed is up to date this is one read of small records and no transaction.
 * Otherwise the months are read again and the stale ones rebuilt from the rows, in one transaction
 * over the rows and the months, so no write can land between reading a month's rows and storing
 * its text.
 */
export async function readTrendRows(db: JournalDatabase, { lower, upper }: InstantSpan): Promise<TrendRows> {
  const months =
    lower === '' || upper === '\uffff'
      ? null
      : monthsBetween(shiftedInstant(lower, -LINKED_SPAN_MS), shiftedInstant(upper, LINKED_SPAN_MS));
  const read = (): Promise<TrendMonthRecord[]> =>
    months === null
      ? db.trendMonths.toArray()
      : db.trendMonths
          .where('month')
          .between(months[0] ?? '', months.at(-1) ?? '', true, true)
          .toArray();

  const parts = assemble(await read(), months);
  const rows =
    parts ??
    (await db.transaction('rw', db.sessions, db.symptoms, db.trendMonths, async () =>
      rebuild(db, await read(), months),
    ));
  return months === null ? rows : withFarSessions(db, rows);
}

/** The rows of the months asked for, or null when one of them (or, for "All", the set) isn't up to date. */
function assemble(records: readonly TrendMonthRecord[], months: readonly string[] | null): TrendRows | null {
  const byMonth = new Map(records.map((record) => [record.month, record]));
  if (months === null) {
    const marker = byMonth.get(ALL_MONTHS);
    if (marker?.layout !== TREND_MONTH_LAYOUT) return null;
    byMonth.delete(ALL_MONTHS);
  }
  const sessions: TrendSession[] = [];
  const symptoms: TrendRows['symptoms'] = [];
  for (const month of months ?? byMonth.keys()) {
    const rows = usableRows(byMonth.get(month));
    if (rows === null) return null;
    for (const session of rows.sessions) sessions.push(session);
    for (const symptom of rows.symptoms) symptoms.push(symptom);
  }
  return { sessions, symptoms };
}

/** Inside a read-write transaction: the stale or missing months rebuilt from the rows and stored. */
async function rebuild(
  db: JournalDatabase,
  records: readonly TrendMonthRecord[],
  months: readonly string[] | null,
): Promise<TrendRows> {
  const byMonth = new Map(records.map((record) => [record.month, record]));
  const complete = byMonth.get(ALL_MONTHS)?.layout === TREND_MONTH_LAYOUT;
  byMonth.delete(ALL_MONTHS);
  const wanted = months ?? [...byMonth.keys()];
  const fresh = new Map<string, TrendRows>();
  const stale: string[] = [];
  for (const month of wanted) {
    const rows = usableRows(byMonth.get(month));
    if (rows === null) stale.push(month);
    else fresh.set(month, rows);
  }
  let rebuilt: Map<string, TrendRows>;
  if (months === null && !complete) {
    // Which months hold rows is unknown: read them all once.
    const { sessions, symptoms } = await allEntries(db);
    rebuilt = rowsByMonth(sessions, symptoms);
    fresh.clear();
    await db.trendMonths.clear();
  } else {
    rebuilt = new Map();
    for (const month of stale) {
      const [sessions, symptoms] = await Promise.all([
        db.sessions.where('startedAt').startsWith(month).toArray(),
        db.symptoms.where('notedAt').startsWith(month).toArray(),
      ]);
      rebuilt.set(month, { sessions, symptoms });
    }
  }
  const written: TrendMonthRecord[] = [];
  for (const [month, rows] of rebuilt) {
    // Kept as the slim rows the text holds, not the whole rows read.
    const slim = slimRows(rows);
    written.push({ month, layout: TREND_MONTH_LAYOUT, text: monthText(slim) });
    fresh.set(month, slim);
  }
  if (months === null) written.push({ month: ALL_MONTHS, layout: TREND_MONTH_LAYOUT, text: null });
  await db.trendMonths.bulkPut(written);
  const sessions: TrendSession[] = [];
  const symptoms: TrendRows['symptoms'] = [];
  for (const rows of fresh.values()) {
    for (const session of rows.sessions) sessions.push(session);
    for (const symptom of rows.symptoms) symptoms.push(symptom);
  }
  return { sessions, symptoms };
}

/** Workouts further back than a week that a symptom read here names: rare, so looked up by id. */
async function withFarSessions(db: JournalDatabase, rows: TrendRows): Promise<TrendRows> {
  const known = new Set(rows.sessions.map((session) => session.id));
  const far = [
    ...new Set(
      rows.symptoms.map((symptom) => symptom.sessionId).filter((id): id is string => id !== null && !known.has(id)),
    ),
  ];
  if (far.length === 0) return rows;
  const found = await db.sessions.bulkGet(far);
  for (const session of found) if (session !== undefined) rows.sessions.push(session);
  return rows;
}
