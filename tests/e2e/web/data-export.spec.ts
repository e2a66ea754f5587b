import Papa from 'papaparse';
import { fhirBundleToJournal, type FhirBundle } from '../../../shared/exchange/fhir';
import { parseJournalCsv, SESSION_CSV_COLUMNS, SYMPTOM_CSV_COLUMNS } from '../../../shared/exchange/journal-csv';
import { compileFhirSchemaCheck } from '../../support/fhir-schema';
import { byId, downloadsOf, expect, loadSampleData, seriousAxeViolations, storedRows, test } from './fixtures';

test('the CSV and FHIR exports of the sample journal hold every stored row, field for field', async ({ app }) => {
  test.setTimeout(60_000);
  await loadSampleData(app);
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data in & out' }).click();
  expect(await seriousAxeViolations(app)).toEqual([]);
  const stored = await storedRows(app);
  expect(stored.sessions.length).toBeGreaterThan(50);

  const [sessionsCsv, symptomsCsv] = (await downloadsOf(app, 'Spreadsheet (CSV, 2 files)', 2)).map((file) => ({
    name: file.name,
    text: file.buffer.toString('utf8'),
  }));
  if (sessionsCsv === undefined || symptomsCsv === undefined) throw new Error('Two CSV files were expected');
  expect(sessionsCsv.name).toMatch(/^sessions-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(symptomsCsv.name).toMatch(/^symptoms-\d{4}-\d{2}-\d{2}\.csv$/);

  // RFC 4180 as a spreadsheet reads it: a header row, one record per row, CRLF line ends.
  const parsed = Papa.parse<string[]>(sessionsCsv.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data[0]).toEqual([...SESSION_CSV_COLUMNS]);
  expect(parsed.data.length - 1).toBe(stored.sessions.length);
  expect(sessionsCsv.text).toContain('\r\n');
  expect(symptomsCsv.text.split('\r\n')[0]).toBe(`\uFEFF${SYMPTOM_CSV_COLUMNS.join(',')}`);

  const fromCsv = parseJournalCsv(sessionsCsv.text, symptomsCsv.text);
  expect(fromCsv.problems).toEqual([]);
  expect(byId(fromCsv.sessions)).toEqual(byId(stored.sessions));
  expect(byId(fromCsv.symptoms)).toEqual(byId(stored.symptoms));

  const [fhirFile] = await downloadsOf(app, 'Health record (FHIR R4)', 1);
  if (fhirFile === undefined) throw new Error('A FHIR file was expected');
  const fhir = { name: fhirFile.name, text: fhirFile.buffer.toString('utf8') };
  expect(fhir.name).toMatch(/^journal-fhir-\d{4}-\d{2}-\d{2}\.json$/);
  const bundle = JSON.parse(fhir.text) as FhirBundle;
  expect(compileFhirSchemaCheck()(bundle)).toEqual([]);
  expect(bundle.type).toBe('collection');
  expect(bundle.entry?.length).toBe(stored.sessions.length + stored.symptoms.length);
  const fromFhir = fhirBundleToJournal(bundle);
  expect(byId(fromFhir.sessions)).toEqual(byId(stored.sessions));
  expect(byId(fromFhir.symptoms)).toEqual(byId(stored.symptoms));
  // The words a clinician's viewer shows are the person's language, not the journal's ids.
  expect(fhir.text).toContain('"text": "Numbness"');
});

test('an empty journal exports nothing and says why', async ({ app }) => {
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data in & out' }).click();
  await app.getByRole('button', { name: 'Spreadsheet (CSV, 2 files)' }).click();
  await expect(app.getByText('Your journal is empty, so there is nothing to export yet.')).toBeVisible();
  expect(await seriousAxeViolations(app)).toEqual([]);
});
