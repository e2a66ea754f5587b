import Papa from 'papaparse';

/** One record of a CSV file. */
export interface CsvRecord {
  /** The 1-based line the record starts on, as a text editor numbers it. */
  readonly line: number;
  readonly cells: readonly string[];
  /** The CSV syntax broke inside this record (an unterminated quote), so its cells can't be trusted. */
  readonly malformed: boolean;
}

export const BYTE_ORDER_MARK = '\uFEFF';

const LINE_BREAK = /\r\n|\r|\n/g;

function countLineBreaks(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0;
}

/**
 * Reads CSV text as rows of cells, header included, never renaming or merging columns. A leading
 * byte-order mark is dropped and blank lines are skipped.
 *
 * Line numbers come from papaparse's cursor (where each record ends), counting every line break
 * before the record, so a quoted field that spans lines does not shift the numbers that follow.
 */
export function readCsvRecords(text: string): CsvRecord[] {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
  const records: CsvRecord[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(body, {
    delimiter: ',',
    // Blank lines are skipped below instead: papaparse's own skipping would hide where a record starts.
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      const cells = result.data;
      if (cells.some((cell) => cell.trim() !== '')) {
        records.push({ line, cells, malformed: result.errors.length > 0 });
      }
      line += countLineBreaks(body.slice(start, end));
      start = end;
    },
  });
  return records;
}
