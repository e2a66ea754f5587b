import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import {
  AS_THEY_ARE,
  TREND_MONTH_LAYOUT,
  monthOfInstant,
  monthText,
  monthsBetween,
  parseMonthText,
  parseYearText,
  yearOfMonth,
  yearText,
  fileByMonth,
  trendSessionOf,
  type TrendRows,
  type TrendSession,
} from '../../shared/trends/trend-rows';
import type { JournalDatabase } from './database';
import { LINKED_SPAN_MS, linkedSessionsMissing, readTableInPages, shiftedInstant, type InstantSpan } from './queries';

/**
 * The Trends worker's copy of the journal: one record per month holding that month's workouts and
 * symptoms as one JSON text (see `shared/trends/trend-rows.ts` for why), except that when every
 * month is built at once (a restore, or a read of "All" after many rows were written), each year
 * before the latest is kept as one record of its months: reading a record costs IndexedDB about as
 * much as reading a megabyte of it, so ten years read as 10 years and 11 months rather than 121
 * months. Kept honest by a middleware on every connection of this app: each write to the workouts
 * or symptoms marks the months it touches as stale *in the same transaction*, before it writes, so
 * a record that isn't stale matches the rows. A stale month's record speaks for it over its year's
 * record; stale months are rebuilt from the rows when Trends next reads them.
 *
 * Only this app's own connections run the middleware. An older release of the app, run against
 * the same journal after this one (a downgrade), would write without marking; its months would
 * look fresh until a write touched them again.
 */

export const TREND_MONTHS = 'trendMonths';

export interface TrendMonthRecord {
  /** `YYYY-MM` for a month, `YYYY` for a year past, or `ALL_MONTHS` or `JOURNAL_EPOCH`. */
  readonly month: string;
  readonly layout: number;
  /**
   * The month's rows as `monthText` writes them (a year's months as `yearText` does); null when a
   * write has made them stale. For `JOURNAL_EPOCH`, the stamp of the latest write.
   */
  readonly text: string | null;
}

/**
 * Present while every month that holds rows has a record (stale or not), or is in its year's. A write that touches
 * many rows removes every record, this one included, and the next read of "All" rebuilds them all;
 * a restore stores them again itself (`storeTrendMonthsOf`). Sorts after every `YYYY-MM`, so a
 * range of months never includes it.
 */
const ALL_MONTHS = 'all-months';

/**
 * Given a new stamp by every write to the workouts or symptoms. A rebuild reads the rows in one
 * transaction and stores the texts in another, only the month records: it stores them only if the
 * stamp is still the one it read with the rows, so a write in between leaves its months stale.
 * (A read-write transaction over the rows would also hold up every read of the journal, the
 * screens' own, for the second or two a full rebuild takes; a read-only one holds up only saves.)
 * Sorts after every `YYYY-MM`, like `ALL_MONTHS`.
 */
const JOURNAL_EPOCH = 'journal-epoch';

/**
 * Above this many rows written in one transaction (a restore, an import, removing the sample data),
 * every month is dropped rather than each row's month looked up (a restore then stores them all).
 */
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

function newEpoch(): TrendMonthRecord {
  return { month: JOURNAL_EPOCH, layout: TREND_MONTH_LAYOUT, text: crypto.randomUUID() };
}

/**
 * The months a write touches: those of the rows it writes and of the rows it replaces or deletes
 * (read first, in the same transaction). 'all' when it covers a range of keys or a row without a
 * readable time.
 */
async function monthsTouched(
  table: DBCoreTable,
  request: DBCoreMutateRequest,
  timeField: string,
): Promise<Set<string> | 'all'> {
  if (request.type === 'deleteRange') return 'all';
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

function rowsIn(request: DBCoreMutateRequest): number {
  if (request.type === 'deleteRange') return 0;
  return request.type === 'delete' ? request.keys.length : request.values.length;
}

/**
 * Rows each write transaction has sent so far; 'all' once every month was dropped, which happens
 * past `BULK_WRITE_ROWS` in one transaction (Dexie sends big changes in chunks of a few hundred).
 */
const writtenRows = new WeakMap<DBCoreTransaction, number | 'all'>();

/**
 * Dexie reports a failed request in a batch by counting it rather than by failing: a mark that did
 * not land must stop the write, or its months would look fresh.
 */
function marked(response: DBCoreMutateResponse): void {
  if (response.numFailures > 0) throw new Error('The Trends copy of the journal could not be marked out of date');
}

export const trendMonthsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'trendMonths',
  // Right above IndexedDB itself, below Dexie's own middlewares (hooks, cache, observability):
  // nothing under it needs Dexie's transaction zone, which is lost across its awaits, and its own
  // writes to the month records are not reported to live queries as changes.
  level: -2,
  create(down) {
    // Before version 4 (while an older journal is being upgraded) there are no month records.
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
            const { trans } = request;
            const before = writtenRows.get(trans) ?? 0;
            if (before === 'all') return table.mutate(request);
            // Counted before any await, so requests sent together in one transaction all count.
            const total = before + rowsIn(request);
            const bulk = request.type === 'deleteRange' || total > BULK_WRITE_ROWS;
            writtenRows.set(trans, bulk ? 'all' : total);
            const touched = bulk ? 'all' : await monthsTouched(table, request, TIME_FIELD[name]);
            // Marked before the write, so a write that fails half-way leaves its months stale too.
            if (touched === 'all') {
              writtenRows.set(trans, 'all');
              marked(await months.mutate({ type: 'deleteRange', trans, range: EVERY_KEY }));
              marked(await months.mutate({ type: 'put', trans, values: [newEpoch()] }));
            } else {
              const values = [...[...touched].map(staleRecord), newEpoch()];
              marked(await months.mutate({ type: 'put', trans, values }));
            }
            return table.mutate(request);
          },
        };
      },
    };
  },
};

/** A year record's key is its year, `2025`: it sorts before its own months and after the year before's. */
const isYearKey = (key: string): boolean => /^\d{4}$/.test(key);

/**
 * Parses month and year records, each text once however often it is asked for: a read that finds
 * a stale month rebuilds it and reuses the records it had already parsed.
 */
function recordReader() {
  const parsed = new Map<string, { readonly text: string; readonly rows: TrendRows | Map<string, TrendRows> | null }>();
  const parse = <T extends TrendRows | Map<string, TrendRows>>(
    record: TrendMonthRecord,
    text: string,
    parseText: (text: string) => T | null,
  ): T | null => {
    const known = parsed.get(record.month);
    if (known?.text === text) return known.rows as T | null;
    const rows = parseText(text);
    parsed.set(record.month, { text, rows });
    return rows;
  };
  const usable = (record: TrendMonthRecord): record is TrendMonthRecord & { text: string } =>
    record.layout === TREND_MONTH_LAYOUT && record.text !== null;
  return {
    /** A month record's rows, or null when stale or damaged. */
    month: (record: TrendMonthRecord): TrendRows | null =>
      usable(record) ? parse(record, record.text, parseMonthText) : null,
    /** A year record's months, or null when damaged. */
    year: (record: TrendMonthRecord): Map<string, TrendRows> | null =>
      usable(record) ? parse(record, record.text, (text) => parseYearText(text, record.month)) : null,
  };
}

/**
 * What the records read say of each month. A month record, fresh or stale, speaks for its month; a
 * year record for every month of its year that has no month record of its own (a write to such a
 * month puts a stale month record, which then speaks for it), and a month of a covered year it
 * doesn't hold has no rows.
 */
interface MonthsKnown {
  /** Each month's rows, or null when stale or damaged. */
  readonly months: Map<string, TrendRows | null>;
  /** Years whose year record is fresh. */
  readonly coveredYears: Set<string>;
  /** Whether a year record was damaged, so which months it held is unknown. */
  readonly yearDamaged: boolean;
  /** Whether the records cover every month that holds rows (`ALL_MONTHS`). */
  readonly complete: boolean;
}

function monthsKnown(records: readonly TrendMonthRecord[], reader: ReturnType<typeof recordReader>): MonthsKnown {
  const months = new Map<string, TrendRows | null>();
  const coveredYears = new Set<string>();
  let yearDamaged = false;
  let complete = false;
  const years: TrendMonthRecord[] = [];
  for (const record of records) {
    if (record.month === JOURNAL_EPOCH) continue;
    if (record.month === ALL_MONTHS) complete = record.layout === TREND_MONTH_LAYOUT;
    else if (isYearKey(record.month)) years.push(record);
    else months.set(record.month, reader.month(record));
  }
  for (const record of years) {
    const yearMonths = reader.year(record);
    if (yearMonths === null) {
      yearDamaged = true;
      continue;
    }
    coveredYears.add(record.month);
    for (const [month, rows] of yearMonths) if (!months.has(month)) months.set(month, rows);
  }
  return { months, coveredYears, yearDamaged, complete };
}

/** A covered year's month that its year record doesn't hold: no rows. */
const NO_ROWS: TrendRows = { sessions: [], symptoms: [] };

/**
 * The rows of `month` as the records know them: undefined when stale, damaged or unknown (to be
 * read from the rows again).
 */
function rowsKnown(known: MonthsKnown, month: string): TrendRows | undefined {
  const rows = known.months.get(month);
  if (rows !== undefined) return rows ?? undefined;
  return known.coveredYears.has(yearOfMonth(month)) ? NO_ROWS : undefined;
}

/**
 * The stamp every write of workouts or symptoms renews (`JOURNAL_EPOCH`), null before the first:
 * two equal readings mean nothing was written in between.
 */
export async function journalStamp(db: JournalDatabase): Promise<string | null> {
  return (await db.trendMonths.get(JOURNAL_EPOCH))?.text ?? null;
}

/**
 * Every workout and symptom whose time could fall in `span`, with the fields Trends reads: the
 * months that hold the span and the week either side (for workouts linked to symptoms in it and
 * the other way round), plus any linked workout further back. The result holds more rows than the
 * span; every reader filters by local day. A span open at either end (Trends asks that only for
 * "All") reads the whole journal.
 *
 * When every month needed is up to date this reads the month and year records alone, with no
 * transaction; otherwise the stale months are rebuilt (`rebuild`).
 */
export async function readTrendRows(db: JournalDatabase, { lower, upper }: InstantSpan): Promise<TrendRows> {
  const months =
    lower === '' || upper === '\uffff'
      ? null
      : monthsBetween(shiftedInstant(lower, -LINKED_SPAN_MS), shiftedInstant(upper, LINKED_SPAN_MS));
  const read = async (): Promise<TrendMonthRecord[]> => {
    if (months === null) return db.trendMonths.toArray();
    const years = [...new Set(months.map(yearOfMonth))];
    const [monthRecords, yearRecords] = await Promise.all([
      db.trendMonths
        .where('month')
        .between(months[0] ?? '', months.at(-1) ?? '', true, true)
        .toArray(),
      db.trendMonths.where('month').anyOf(years).toArray(),
    ]);
    // A range across a new year holds that year's record too.
    return [...monthRecords.filter((record) => !isYearKey(record.month)), ...yearRecords];
  };
  const reader = recordReader();
  const rows = assemble(await read(), months, reader) ?? (await rebuild(db, read, months, reader));
  return months === null ? rows : withFarSessions(db, rows);
}

/** The rows of the months asked for, or null when one of them (or, for "All", the set) isn't up to date. */
function assemble(
  records: readonly TrendMonthRecord[],
  months: readonly string[] | null,
  reader: ReturnType<typeof recordReader>,
): TrendRows | null {
  const known = monthsKnown(records, reader);
  if (months === null && (!known.complete || known.yearDamaged)) return null;
  const parts: TrendRows[] = [];
  for (const month of months ?? known.months.keys()) {
    const rows = rowsKnown(known, month);
    if (rows === undefined) return null;
    parts.push(rows);
  }
  return joined(parts);
}

function joined(parts: Iterable<TrendRows>): TrendRows {
  const sessions: TrendSession[] = [];
  const symptoms: TrendRows['symptoms'] = [];
  for (const rows of parts) {
    for (const session of rows.sessions) sessions.push(session);
    for (const symptom of rows.symptoms) symptoms.push(symptom);
  }
  return { sessions, symptoms };
}

/**
 * The stale or missing months rebuilt from the rows. The records, the rows and the epoch are read
 * in one read-only transaction, so they agree; the texts are stored afterwards, in a transaction
 * over the month records alone, unless a write has changed the epoch since (see `JOURNAL_EPOCH`).
 */
async function rebuild(
  db: JournalDatabase,
  read: () => Promise<TrendMonthRecord[]>,
  months: readonly string[] | null,
  reader: ReturnType<typeof recordReader>,
): Promise<TrendRows> {
  const snapshot = await db.transaction('r', db.sessions, db.symptoms, db.trendMonths, async () => {
    const epoch = await journalStamp(db);
    const known = monthsKnown(await read(), reader);
    const fresh = new Map<string, TrendRows>();
    if (months === null && (!known.complete || known.yearDamaged)) {
      // Which months hold rows is unknown: file every row, a page at a time (the texts are not read).
      return { epoch, fresh, rebuilt: await everyRowByMonth(db), everyMonth: true, replaces: true };
    }
    const rebuilt = new Map<string, TrendRows>();
    for (const month of months ?? known.months.keys()) {
      const rows = rowsKnown(known, month);
      if (rows !== undefined) {
        fresh.set(month, rows);
        continue;
      }
      const [sessions, symptoms] = await Promise.all([
        db.sessions.where('startedAt').startsWith(month).toArray(),
        db.symptoms.where('notedAt').startsWith(month).toArray(),
      ]);
      fileByMonth(rebuilt, sessions, symptoms);
      // A month with no rows left is stored empty, so it isn't looked at again.
      if (!rebuilt.has(month)) rebuilt.set(month, { sessions: [], symptoms: [] });
    }
    return { epoch, fresh, rebuilt, everyMonth: months === null, replaces: false };
  });

  // Rebuilt one by one, months are stored as months (over their year's copy); rebuilt all at once,
  // years past are stored as years.
  const written = snapshot.replaces
    ? recordsOf(snapshot.rebuilt)
    : [...snapshot.rebuilt].map(([month, rows]): TrendMonthRecord => monthRecord(month, rows));
  for (const [month, rows] of snapshot.rebuilt) snapshot.fresh.set(month, rows);
  if (snapshot.everyMonth) written.push({ month: ALL_MONTHS, layout: TREND_MONTH_LAYOUT, text: null });
  try {
    await db.transaction('rw', db.trendMonths, async () => {
      if ((await journalStamp(db)) !== snapshot.epoch) return;
      // A rebuild from every row replaces every record, so a month that has no rows any more goes too.
      if (snapshot.replaces) await db.trendMonths.where('month').notEqual(JOURNAL_EPOCH).delete();
      await db.trendMonths.bulkPut(written);
    });
  } catch {
    // Only the copy could not be stored (a full disk, say): the rows read are right, and the
    // months stay stale for the next read to try again.
  }
  return joined(snapshot.fresh.values());
}

/** Rows read a page at a time when every month is rebuilt, so ten years of whole rows are never held at once. */
const REBUILD_PAGE_ROWS = 5_000;

/** Every row of the journal, slim and filed by month; inside the rebuild's read-only transaction. */
async function everyRowByMonth(db: JournalDatabase): Promise<Map<string, TrendRows>> {
  const months = new Map<string, TrendRows>();
  await readTableInPages(db.sessions, REBUILD_PAGE_ROWS, (page) => fileByMonth(months, page, []));
  await readTableInPages(db.symptoms, REBUILD_PAGE_ROWS, (page) => fileByMonth(months, [], page));
  return months;
}

function monthRecord(month: string, rows: TrendRows): TrendMonthRecord {
  return { month, layout: TREND_MONTH_LAYOUT, text: monthText(rows) };
}

/**
 * The records of a whole journal's months: each year before the latest that holds rows as one year
 * record, the latest year's months one by one (they are the ones written to most).
 */
function recordsOf(months: ReadonlyMap<string, TrendRows>): TrendMonthRecord[] {
  const latestYear = [...months.keys()].map(yearOfMonth).reduce((latest, year) => (year > latest ? year : latest), '');
  const byYear = new Map<string, Map<string, TrendRows>>();
  const records: TrendMonthRecord[] = [];
  for (const [month, rows] of months) {
    const year = yearOfMonth(month);
    if (year === latestYear) {
      records.push(monthRecord(month, rows));
      continue;
    }
    let yearMonths = byYear.get(year);
    if (yearMonths === undefined) {
      yearMonths = new Map();
      byYear.set(year, yearMonths);
    }
    yearMonths.set(month, rows);
  }
  for (const [year, yearMonths] of byYear)
    records.push({ month: year, layout: TREND_MONTH_LAYOUT, text: yearText(yearMonths) });
  return records;
}

/**
 * Stores the month texts of a whole journal just written (a restore), so Trends finds every month
 * that holds rows up to date instead of rebuilding all of them from the tables on its first read,
 * which took two seconds and most of the memory Trends used at ten years of entries. The rows are in
 * memory already. Stored in a transaction of their own, after the restore's, and only if nothing was
 * written since `epoch` (the stamp the restore's transaction ended with): the texts are a cache, so
 * failing to store them (a disk nearly full) leaves the months to be rebuilt rather than the journal
 * unrestored.
 */
export async function storeTrendMonthsOf(db: JournalDatabase, rows: TrendRows, epoch: string | null): Promise<void> {
  const records = recordsOf(fileByMonth(new Map(), rows.sessions, rows.symptoms, AS_THEY_ARE));
  records.push({ month: ALL_MONTHS, layout: TREND_MONTH_LAYOUT, text: null });
  try {
    await db.transaction('rw', db.trendMonths, async () => {
      if ((await journalStamp(db)) !== epoch) return;
      await db.trendMonths.bulkPut(records);
    });
  } catch {
    // Only the copy could not be stored: the months are rebuilt from the rows when next read.
  }
}

/** Workouts further back than a week that a symptom read here names, kept slim like the rest. */
async function withFarSessions(db: JournalDatabase, rows: TrendRows): Promise<TrendRows> {
  const known = new Set(rows.sessions.map((session) => session.id));
  for (const session of await linkedSessionsMissing(db, rows.symptoms, known)) {
    rows.sessions.push(trendSessionOf(session));
  }
  return rows;
}
