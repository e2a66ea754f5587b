import 'fake-indexeddb/auto';
import { testDatabase } from './test-database';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { JournalRepository } from '../../renderer/db/repository';
import type { JournalSnapshot } from '../../shared/backup-format';
import {
  parseJournalCsv,
  SESSION_CSV_COLUMNS,
  sessionsToCsv,
  SYMPTOM_CSV_COLUMNS,
  symptomsToCsv,
} from '../../shared/exchange/journal-csv';
import { generateSampleJournal, sixMonthSample } from '../../shared/sample-data';
import { NOW, sessionInput, symptomInput } from '../unit/shared/fixtures';

function freshJournal(): JournalRepository {
  const db = testDatabase();
  return new JournalRepository(db);
}

const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

/** Notes no CSV writer may trip over. */
const AWKWARD_NOTES = [
  'She said "stop", so I did',
  'Calves, then hamstrings, then back',
  'Line one\nline two',
  'Windows line\r\nand an old Mac one\rtoo',
  'Kesemutan di kaki 🦶🏽 — ça brûle, 痺れ',
  '<script>alert("x")</script><img src=x onerror=alert(1)>',
  '=HYPERLINK("http://example.com","click")',
  '-2 degrees, ran anyway',
  "'already quoted",
  '  leading and trailing spaces  ',
  'semi; colons; and \\ backslashes',
  '\uFEFFa byte-order mark inside',
  '',
];

async function seededJournal(): Promise<JournalRepository> {
  const repository = freshJournal();
  const sample = generateSampleJournal({ ...sixMonthSample(new Date('2026-03-01T12:00:00.000Z')), days: 60 });
  await repository.addSampleEntries(sample);

  const sessions = [];
  for (const [i, notes] of AWKWARD_NOTES.entries()) {
    const startedAt = new Date(Date.parse('2026-03-10T06:00:00.000Z') + i * 3_600_000).toISOString();
    sessions.push(
      await repository.addSession(
        sessionInput({
          activity: i % 2 === 0 ? 'yoga' : 'Aqua jogging, deep end; with belt',
          startedAt,
          utcOffsetMinutes: [60, 120, -300, 345, 0, -210, 840, -720][i % 8] ?? 0,
          durationMinutes: 1 + i * 97,
          intensity: i % 3 === 0 ? null : i % 10 || 1,
          factors: {
            longestHoldMinutes: i % 2 === 0 ? null : i * 5,
            repeatedMovements: i % 3 === 0 ? null : i % 3 === 1,
            warmUp: true,
            stretching: false,
            waterMl: i % 4 === 0 ? null : 250 * i,
            electrolytes: null,
            tightClothing: i % 2 === 0,
            cold: null,
            gripTrainer: i % 5 === 0,
            sittingHours: i % 3 === 0 ? 24 : null,
          },
          notes,
        }),
        NOW,
      ),
    );
  }

  const [first, second] = sessions;
  await repository.addSymptom(
    symptomInput({
      sessionId: first?.id ?? null,
      sensations: ['numbness', 'pins; needles', 'a\\b', '=SUM(A1)', 'Kesemutan 🦶'],
      locations: [
        { region: 'sole', side: 'left' },
        { region: 'toes', side: 'both' },
        { region: 'lower-back', side: 'right' },
      ],
      severity: 7,
      onset: { kind: 'after', afterMinutes: 45 },
      durationMinutes: 90,
      ongoing: false,
      worseWithActivity: true,
      warningSigns: ['dizziness', 'loss-of-balance'],
      helped: ['legs-raised', 'loosened-clothing'],
      notes: AWKWARD_NOTES.slice(0, 6).join(' | '),
    }),
    NOW,
  );
  await repository.addSymptom(
    symptomInput({
      sessionId: second?.id ?? null,
      notedAt: '2026-03-28T22:15:00.000Z',
      utcOffsetMinutes: -300,
      sensations: ['twitching'],
      onset: { kind: 'during', afterMinutes: null },
      ongoing: true,
      worseWithActivity: null,
      notes: '<b>still</b> twitching, "on and off"',
    }),
    NOW,
  );
  // Unlinked, at rest, with no onset, duration or warning signs recorded.
  await repository.addSymptom(
    symptomInput({ sessionId: null, notedAt: '2026-03-29T03:00:00.123Z', severity: 0, onset: null }),
    NOW,
  );
  return repository;
}

/** The file as papaparse alone reads it: proof the text is plain RFC 4180 any spreadsheet opens. */
function readIndependently(csv: string, columns: readonly string[], rows: number) {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  const body = csv.slice(1);
  // Forcing CRLF as the record separator only reads this right if every record ends in CRLF.
  const strict = Papa.parse<string[]>(body, { newline: '\r\n', skipEmptyLines: true });
  const guessed = Papa.parse<string[]>(body, { skipEmptyLines: true });
  expect(strict.errors).toEqual([]);
  expect(guessed.meta.linebreak).toBe('\r\n');
  expect(strict.data).toEqual(guessed.data);
  const [header, ...records] = strict.data;
  expect(header).toEqual(columns);
  expect(records).toHaveLength(rows);
  for (const record of records) expect(record).toHaveLength(columns.length);
  return records.map((record) => Object.fromEntries(columns.map((column, i) => [column, record[i]])));
}

describe('the CSV export of a real journal', () => {
  it('reads back exactly what the database holds, and opens as plain CSV', async () => {
    const repository = await seededJournal();
    const snapshot: JournalSnapshot = await repository.snapshot();
    expect(snapshot.sessions.length).toBeGreaterThan(AWKWARD_NOTES.length);
    expect(snapshot.symptoms.some((row) => row.source === 'sample')).toBe(true);

    const sessionsCsv = sessionsToCsv(snapshot.sessions);
    const symptomsCsv = symptomsToCsv(snapshot.symptoms);

    const sessionRows = readIndependently(sessionsCsv, SESSION_CSV_COLUMNS, snapshot.sessions.length);
    const symptomRows = readIndependently(symptomsCsv, SYMPTOM_CSV_COLUMNS, snapshot.symptoms.length);
    const startTimes = sessionRows.map((row) => Date.parse(row.startedAt ?? ''));
    expect(startTimes).toEqual([...startTimes].sort((a, b) => a - b));
    const notes = new Set(sessionRows.map((row) => row.notes));
    for (const note of [
      'She said "stop", so I did',
      'Line one\nline two',
      '<script>alert("x")</script><img src=x onerror=alert(1)>',
    ])
      expect(notes).toContain(note);
    expect(notes).toContain(`'=HYPERLINK("http://example.com","click")`);
    expect(symptomRows.map((row) => row.sensations)).toContain(
      'numbness; pins\\; needles; a\\\\b; =SUM(A1); Kesemutan 🦶',
    );

    const parsed = parseJournalCsv(sessionsCsv, symptomsCsv);
    expect(parsed.problems).toEqual([]);
    expect(byId(parsed.sessions)).toEqual(byId(snapshot.sessions));
    expect(byId(parsed.symptoms)).toEqual(byId(snapshot.symptoms));
  });

  it('restores into an empty journal and exports the same bytes again', async () => {
    const repository = await seededJournal();
    const snapshot = await repository.snapshot();
    const sessionsCsv = sessionsToCsv(snapshot.sessions);
    const symptomsCsv = symptomsToCsv(snapshot.symptoms);
    const parsed = parseJournalCsv(sessionsCsv, symptomsCsv);

    const restored = freshJournal();
    await restored.replaceAll({ ...parsed, settings: [], articles: [] });
    const again = await restored.snapshot();
    expect(sessionsToCsv(again.sessions)).toBe(sessionsCsv);
    expect(symptomsToCsv(again.symptoms)).toBe(symptomsCsv);
  });
});
