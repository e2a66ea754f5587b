import { formatMegabytes } from '../../i18n/format';
import type { TFunction } from 'i18next';
import type { ExportFileProblem } from '../../../shared/exchange/export-import';
import { csvValueKind, MAX_EXPORT_FILE_BYTES } from '../../../shared/exchange/export-import';
import type { JournalCsvProblem } from '../../../shared/exchange/journal-csv';
import { formattingLocale, translateKey } from '../../i18n';
import { formatCount } from './backup-file-messages';

/** Why the chosen files can't be brought back, in plain words; every code has its own message. */
export function exportProblemText(t: TFunction, problem: ExportFileProblem): string {
  switch (problem.code) {
    case 'no-file':
    case 'too-many-files':
    case 'bundle-with-other':
    case 'no-entries':
      return t(`exportImport.problem.${problem.code}`);
    case 'csv-missing':
      return t(`exportImport.problem.csv-missing-${problem.missing}`);
    case 'same-csv-twice':
      return t(`exportImport.problem.same-csv-twice-${problem.kind}`);
    case 'too-large':
      return t('exportImport.problem.too-large', {
        file: problem.name,
        size: formatMegabytes(MAX_EXPORT_FILE_BYTES, formattingLocale()),
      });
    case 'empty':
    case 'not-text':
    case 'not-an-export':
    case 'not-json':
    case 'backup-file':
    case 'not-a-bundle':
    case 'fhir-damaged':
      return t(`exportImport.problem.${problem.code}`, { file: problem.name });
    case 'fhir-foreign-entry':
    case 'fhir-unknown-session':
      return t(`exportImport.problem.${problem.code}`, { file: problem.name, entry: formatCount(problem.entry) });
    case 'fhir-duplicate-id':
      return t('exportImport.problem.fhir-duplicate-id', {
        file: problem.name,
        entry: formatCount(problem.entry),
        kind: t(`exportImport.kind.${problem.kind}`),
      });
    case 'fhir-unreadable':
      return t('exportImport.problem.fhir-unreadable', {
        file: problem.name,
        entry: formatCount(problem.entry),
        kind: t(`exportImport.kind.${problem.kind}`),
        part: t(`exportImport.part.${problem.part ?? 'unknown'}`),
      });
    case 'fhir-invalid':
      return t('exportImport.problem.fhir-invalid', {
        file: problem.name,
        entry: formatCount(problem.entry),
        kind: t(`exportImport.kind.${problem.kind}`),
        field: problem.field,
      });
  }
}

/**
 * Why a line of a CSV file was not read: for a value that breaks a journal rule, the message the
 * journal's own forms show for that field; else what the cell should hold.
 */
export function csvProblemText(t: TFunction, problem: JournalCsvProblem): string {
  switch (problem.code) {
    case 'invalid-record':
      return translateKey(problem.validation ?? 'validation.invalid');
    case 'invalid-value':
      return t(`exportImport.csv.value.${csvValueKind(problem.column ?? '')}`);
    case 'missing-column':
    case 'malformed-row':
    case 'offset-mismatch':
    case 'duplicate-id':
    case 'unknown-session':
      return t(`exportImport.csv.${problem.code}`);
  }
}

/** "sessions.csv and symptoms.csv", in the person's language. */
export function fileList(names: readonly string[]): string {
  return new Intl.ListFormat(formattingLocale(), { type: 'conjunction' }).format(names);
}
