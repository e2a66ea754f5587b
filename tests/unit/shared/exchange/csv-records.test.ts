import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../../../shared/exchange/csv-records';

describe('readCsvRecords', () => {
  it.each([
    ['CRLF records, LF and CR inside quotes', '\r\n', 'one\ntwo\rthree'],
    ['LF records, CRLF inside quotes', '\n', 'one\r\ntwo\r\nthree'],
    ['CR records, LF inside quotes', '\r', 'one\ntwo\nthree'],
  ])('numbers records by the line they start on (%s)', (_name, end, note) => {
    const text = ['a,b', `"${note}",x`, 'last,"y"'].join(end);
    expect(readCsvRecords(text)).toEqual([
      { line: 1, cells: ['a', 'b'], malformed: false },
      { line: 2, cells: [note, 'x'], malformed: false },
      { line: 5, cells: ['last', 'y'], malformed: false },
    ]);
  });

  it('skips blank lines but still counts them', () => {
    expect(readCsvRecords('\uFEFFa,b\n\n   \n1,2\n\n').map(({ line, cells }) => [line, cells])).toEqual([
      [1, ['a', 'b']],
      [4, ['1', '2']],
    ]);
  });

  it('keeps repeated header names as they are', () => {
    expect(readCsvRecords('Elapsed Time,Distance,Elapsed Time,Distance')[0]?.cells).toEqual([
      'Elapsed Time',
      'Distance',
      'Elapsed Time',
      'Distance',
    ]);
  });

  it('marks a record whose quote never closes', () => {
    expect(readCsvRecords('a,b\n1,"open\n2,3\n')).toEqual([
      { line: 1, cells: ['a', 'b'], malformed: false },
      { line: 2, cells: ['1', 'open\n2,3\n'], malformed: true },
    ]);
  });

  it('reads nothing from empty text', () => {
    expect(readCsvRecords('')).toEqual([]);
  });
});
