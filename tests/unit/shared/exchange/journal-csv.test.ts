import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  exerciseSessionSchema,
  NO_FACTORS_RECORDED,
  sessionFactorsSchema,
  symptomEntrySchema,
  type ExerciseSession,
  type SymptomEntry,
} from '../../../../shared/domain/records';
import {
  parseJournalCsv,
  SESSION_CSV_COLUMNS,
  sessionsToCsv,
  SYMPTOM_CSV_COLUMNS,
  symptomsToCsv,
} from '../../../../shared/exchange/journal-csv';
import { session, symptom } from '../fixtures';

const BOM = '\uFEFF';

/** The cells of a CSV text, read by papaparse alone. */
function cellsOf(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** A column's cell in each data row. */
function column(csv: string, name: string): string[] {
  const [header = [], ...rows] = cellsOf(csv);
  const index = header.indexOf(name);
  expect(index).toBeGreaterThanOrEqual(0);
  return rows.map((row) => row[index] ?? '');
}

/** The same CSV with one cell changed, written by papaparse as a spreadsheet would save it. */
function withCell(csv: string, row: number, name: string, value: string): string {
  const [header = [], ...rows] = cellsOf(csv);
  const target = rows[row];
  if (!target) throw new Error(`no row ${row}`);
  target[header.indexOf(name)] = value;
  return `${BOM}${Papa.unparse([header, ...rows], { newline: '\r\n' })}\r\n`;
}

const EMPTY_SYMPTOMS = symptomsToCsv([]);
const EMPTY_SESSIONS = sessionsToCsv([]);

describe('the columns', () => {
  it('has one column per session field, one per factor', () => {
    const fields = Object.keys(exerciseSessionSchema.shape).filter((key) => key !== 'factors');
    const factors = Object.keys(sessionFactorsSchema.shape).map((key) => `factors.${key}`);
    expect([...SESSION_CSV_COLUMNS].sort()).toEqual([...fields, ...factors].sort());
  });

  it('has one column per symptom field, onset split in two', () => {
    const fields = Object.keys(symptomEntrySchema.shape).filter((key) => key !== 'onset');
    expect([...SYMPTOM_CSV_COLUMNS].sort()).toEqual([...fields, 'onset.kind', 'onset.afterMinutes'].sort());
  });
});

describe('sessionsToCsv', () => {
  const run = session({
    id: '00000000-0000-4000-8000-000000000001',
    activity: 'running',
    startedAt: '2026-03-01T17:30:00.000Z',
    utcOffsetMinutes: 60,
    durationMinutes: 45,
    intensity: 6,
    factors: { ...NO_FACTORS_RECORDED, warmUp: true, cold: false, waterMl: 500 },
    notes: 'Easy, then "fast"',
  });

  it('writes a byte-order mark, a header and CRLF line ends, the last line included', () => {
    const csv = sessionsToCsv([run]);
    expect(csv.startsWith(`${BOM}id,startedAt,utcOffsetMinutes,activity,`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toHaveLength(3);
    expect(EMPTY_SESSIONS).toBe(`${BOM}${SESSION_CSV_COLUMNS.join(',')}\r\n`);
  });

  it('writes every field, local time with its offset, yes/no, and empty for not recorded', () => {
    const [header, row] = cellsOf(sessionsToCsv([run]));
    expect(Object.fromEntries((header ?? []).map((name, i) => [name, row?.[i]]))).toEqual({
      id: run.id,
      startedAt: '2026-03-01T18:30:00+01:00',
      utcOffsetMinutes: '60',
      activity: 'running',
      durationMinutes: '45',
      intensity: '6',
      'factors.longestHoldMinutes': '',
      'factors.repeatedMovements': '',
      'factors.warmUp': 'yes',
      'factors.stretching': '',
      'factors.waterMl': '500',
      'factors.electrolytes': '',
      'factors.tightClothing': '',
      'factors.cold': 'no',
      'factors.gripTrainer': '',
      'factors.sittingHours': '',
      notes: 'Easy, then "fast"',
      source: 'person',
      createdAt: run.createdAt,
      updatedAt: run.updatedAt,
    });
  });

  it.each([
    ['behind UTC by a half hour', '2026-03-01T17:30:00.000Z', -210, '2026-03-01T14:00:00-03:30'],
    ['at UTC', '2026-03-01T17:30:00.000Z', 0, '2026-03-01T17:30:00+00:00'],
    ['on the next local day', '2026-03-01T23:30:00.000Z', 345, '2026-03-02T05:15:00+05:45'],
    ['with milliseconds', '2026-03-01T17:30:00.250Z', 60, '2026-03-01T18:30:00.250+01:00'],
  ])('writes local time %s', (_name, startedAt, utcOffsetMinutes, local) => {
    expect(column(sessionsToCsv([session({ startedAt, utcOffsetMinutes })]), 'startedAt')).toEqual([local]);
  });

  it('sorts rows by time, oldest first', () => {
    const late = session({ startedAt: '2026-03-20T08:00:00.000Z' });
    const early = session({ startedAt: '2026-03-02T08:00:00.000Z', utcOffsetMinutes: -300 });
    const middle = session({ startedAt: '2026-03-10T08:00:00.000Z' });
    expect(column(sessionsToCsv([late, early, middle]), 'id')).toEqual([early.id, middle.id, late.id]);
  });

  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1', "'+1"],
    ['-felt fine', "'-felt fine"],
    ['@home', "'@home"],
    ['\tindented', "'\tindented"],
    ["'quoted", "''quoted"],
    ['fine = good', 'fine = good'],
  ])('keeps a spreadsheet from running typed text as a formula: %j', (text, cell) => {
    // Activities are stored trimmed, so only the notes can start with a tab.
    const typed = session({ notes: text, activity: text.trim() });
    const csv = sessionsToCsv([typed]);
    expect(column(csv, 'notes')).toEqual([cell]);
    expect(parseJournalCsv(csv, EMPTY_SYMPTOMS)).toEqual({ sessions: [typed], symptoms: [], problems: [] });
  });
});

describe('symptomsToCsv', () => {
  it('joins lists with "; " and escapes the separator and backslash inside an item', () => {
    const entry = symptom({
      sensations: ['pins; needles', 'back\\slash', 'tingling'],
      locations: [
        { region: 'foot', side: 'left' },
        { region: 'lower-back', side: 'both' },
      ],
      warningSigns: ['dizziness', 'nausea'],
      helped: [],
      onset: { kind: 'after', afterMinutes: 90 },
      ongoing: true,
      worseWithActivity: false,
    });
    const csv = symptomsToCsv([entry]);
    expect(column(csv, 'sensations')).toEqual(['pins\\; needles; back\\\\slash; tingling']);
    expect(column(csv, 'locations')).toEqual(['foot:left; lower-back:both']);
    expect(column(csv, 'warningSigns')).toEqual(['dizziness; nausea']);
    expect(column(csv, 'helped')).toEqual(['']);
    expect(column(csv, 'onset.kind')).toEqual(['after']);
    expect(column(csv, 'onset.afterMinutes')).toEqual(['90']);
    expect(column(csv, 'ongoing')).toEqual(['yes']);
    expect(column(csv, 'worseWithActivity')).toEqual(['no']);
    expect(parseJournalCsv(EMPTY_SESSIONS, csv)).toEqual({ sessions: [], symptoms: [entry], problems: [] });
  });

  it('escapes a list whose first item a spreadsheet would run as a formula', () => {
    const entry = symptom({ sensations: ['=odd', 'tingling'] });
    const csv = symptomsToCsv([entry]);
    expect(column(csv, 'sensations')).toEqual(["'=odd; tingling"]);
    expect(parseJournalCsv(EMPTY_SESSIONS, csv).symptoms).toEqual([entry]);
  });

  it('tells "no onset" from an onset without minutes', () => {
    const none = symptom({ onset: null, notedAt: '2026-03-28T10:00:00.000Z' });
    const during = symptom({ onset: { kind: 'during', afterMinutes: null } });
    const csv = symptomsToCsv([none, during]);
    expect(column(csv, 'onset.kind')).toEqual(['', 'during']);
    expect(parseJournalCsv(EMPTY_SESSIONS, csv).symptoms).toEqual([none, during]);
  });
});

describe('parseJournalCsv', () => {
  const first = session({ startedAt: '2026-03-20T08:00:00.000Z', notes: 'line one\r\nline two\nline three' });
  const second = session({ startedAt: '2026-03-21T08:00:00.000Z' });
  const sessionsCsv = sessionsToCsv([first, second]);
  const linked = symptom({ sessionId: first.id });
  const symptomsCsv = symptomsToCsv([linked]);

  it('reads back what was written', () => {
    expect(parseJournalCsv(sessionsCsv, symptomsCsv)).toEqual({
      sessions: [first, second],
      symptoms: [linked],
      problems: [],
    });
  });

  it('reads a file whose columns a spreadsheet reordered, ignoring extra columns', () => {
    const [header = [], ...rows] = cellsOf(sessionsCsv);
    const order = header.map((_, i) => i).reverse();
    const reordered = Papa.unparse([
      [...order.map((i) => header[i]), 'comment'],
      ...rows.map((row) => [...order.map((i) => row[i]), 'x']),
    ]);
    expect(parseJournalCsv(reordered, symptomsCsv).sessions).toEqual([first, second]);
  });

  it('reads an empty export as an empty journal', () => {
    expect(parseJournalCsv(EMPTY_SESSIONS, EMPTY_SYMPTOMS)).toEqual({ sessions: [], symptoms: [], problems: [] });
  });

  it('counts lines inside quoted notes, so a problem after them points at the right line', () => {
    // The first session's notes span lines 2–4, so the second session starts on line 5.
    const broken = withCell(sessionsCsv, 1, 'durationMinutes', 'long');
    expect(parseJournalCsv(broken, symptomsCsv).problems).toEqual([
      { file: 'sessions', line: 5, code: 'invalid-value', column: 'durationMinutes' },
    ]);
  });

  it.each([
    ['a number that is not one', 'severity', 'high', { code: 'invalid-value', column: 'severity' }],
    ['yes/no in another language', 'ongoing', 'ja', { code: 'invalid-value', column: 'ongoing' }],
    [
      'a date that does not exist',
      'notedAt',
      '2026-02-30T10:00:00+01:00',
      { code: 'invalid-value', column: 'notedAt' },
    ],
    ['a date without an offset', 'notedAt', '2026-03-29T12:30:00', { code: 'invalid-value', column: 'notedAt' }],
    ['a list ending in a lone backslash', 'sensations', 'tingling\\', { code: 'invalid-value', column: 'sensations' }],
    ['a location without a side', 'locations', 'foot', { code: 'invalid-value', column: 'locations' }],
    ['an offset that disagrees', 'utcOffsetMinutes', '60', { code: 'offset-mismatch', column: 'utcOffsetMinutes' }],
    [
      'a severity out of range',
      'severity',
      '11',
      { code: 'invalid-record', column: 'severity', validation: 'validation.severityRange' },
    ],
    [
      'an unknown body region',
      'locations',
      'elbow:left',
      { code: 'invalid-record', column: 'locations', validation: 'validation.locationRequired' },
    ],
    [
      'minutes without an onset',
      'onset.afterMinutes',
      '30',
      { code: 'invalid-record', column: 'onset.kind', validation: 'validation.invalid' },
    ],
    [
      'an unknown source',
      'source',
      'strava',
      { code: 'invalid-record', column: 'source', validation: expect.any(String) as unknown },
    ],
  ])('reports %s with its line and column, and reads the other rows', (_name, name, value, problem) => {
    const other = symptom({ notedAt: '2026-03-29T11:00:00.000Z' });
    const csv = withCell(symptomsToCsv([linked, other]), 0, name, value);
    const result = parseJournalCsv(sessionsCsv, csv);
    expect(result.problems).toEqual([{ file: 'symptoms', line: 2, ...problem }]);
    expect(result.symptoms).toEqual([other]);
  });

  it('reports a missing column once and reads nothing of that file', () => {
    const [header = [], ...rows] = cellsOf(symptomsCsv);
    const index = header.indexOf('severity');
    const without = Papa.unparse([header, ...rows].map((row) => row.filter((_, i) => i !== index)));
    expect(parseJournalCsv(sessionsCsv, without)).toEqual({
      sessions: [first, second],
      symptoms: [],
      problems: [{ file: 'symptoms', line: 1, code: 'missing-column', column: 'severity' }],
    });
  });

  it('reports an empty file as missing its first column', () => {
    expect(parseJournalCsv('', EMPTY_SYMPTOMS).problems).toEqual([
      { file: 'sessions', line: 1, code: 'missing-column', column: 'id' },
    ]);
  });

  it('reports rows with too few cells or broken quoting as malformed', () => {
    const csv = `${sessionsCsv}${second.id},2026\r\n"unterminated,`;
    expect(parseJournalCsv(csv, EMPTY_SYMPTOMS).problems).toEqual([
      { file: 'sessions', line: 6, code: 'malformed-row' },
      { file: 'sessions', line: 7, code: 'malformed-row' },
    ]);
  });

  it('reports a second row with the same id', () => {
    const csv = withCell(sessionsCsv, 1, 'id', first.id);
    expect(parseJournalCsv(csv, EMPTY_SYMPTOMS)).toEqual({
      sessions: [first],
      symptoms: [],
      problems: [{ file: 'sessions', line: 5, code: 'duplicate-id', column: 'id' }],
    });
  });

  it('leaves out a symptom whose workout is not among those read', () => {
    const orphan = symptom({ sessionId: crypto.randomUUID(), notedAt: '2026-03-29T10:45:00.000Z' });
    const unlinked = symptom({ sessionId: null, notedAt: '2026-03-29T11:00:00.000Z' });
    const result = parseJournalCsv(sessionsCsv, symptomsToCsv([linked, orphan, unlinked]));
    expect(result.symptoms).toEqual([linked, unlinked]);
    expect(result.problems).toEqual([{ file: 'symptoms', line: 3, code: 'unknown-session', column: 'sessionId' }]);
  });

  it('gives instants back in the canonical UTC form', () => {
    const bare = session({ startedAt: '2026-03-20T08:00:00Z' });
    expect(parseJournalCsv(sessionsToCsv([bare]), EMPTY_SYMPTOMS).sessions).toEqual([
      { ...bare, startedAt: '2026-03-20T08:00:00.000Z' },
    ]);
  });
});

describe('a journal as a whole', () => {
  it('round-trips sessions and symptoms that fill every field', () => {
    const full: ExerciseSession = session({
      activity: 'Aqua jogging; deep end',
      intensity: 9,
      factors: {
        longestHoldMinutes: 3,
        repeatedMovements: true,
        warmUp: false,
        stretching: true,
        waterMl: 750,
        electrolytes: false,
        tightClothing: true,
        cold: false,
        gripTrainer: true,
        sittingHours: 9,
      },
      notes: 'Ça va 👍 <b>bold</b>, "quoted"',
    });
    const entry: SymptomEntry = symptom({
      sessionId: full.id,
      sensations: ['numbness', 'Kesemutan; berat', '=odd'],
      locations: [{ region: 'sole', side: 'right' }],
      severity: 0,
      onset: { kind: 'after', afterMinutes: 10_080 },
      durationMinutes: 43_200,
      ongoing: false,
      worseWithActivity: true,
      warningSigns: ['chest-pain'],
      helped: ['rest', 'legs-raised'],
      notes: 'x'.repeat(10_000),
      source: 'sample',
    });
    expect(parseJournalCsv(sessionsToCsv([full]), symptomsToCsv([entry]))).toEqual({
      sessions: [full],
      symptoms: [entry],
      problems: [],
    });
  });
});
