import { describe, expect, it } from 'vitest';
import { printRouteHash, printRouteRange } from '../../../../shared/report/print-route';

describe('the report print route', () => {
  it('carries the range there and back', () => {
    const hash = printRouteHash({ fromDay: '2026-08-22', toDay: '2026-11-21' });
    expect(hash).toBe('#/report/print?from=2026-08-22&to=2026-11-21');
    expect(printRouteRange(hash)).toEqual({ fromDay: '2026-08-22', toDay: '2026-11-21' });
  });

  it.each([
    '#/report',
    '#/report/print',
    '#/journal?from=2026-08-22&to=2026-11-21',
    '#/report/print?from=2026-02-30&to=2026-11-21',
    '#/report/print?from=2026-08-22',
    '#/report/print?from=2026-11-21&to=2026-08-22',
    '#/report/print?from=<script>&to=2026-11-21',
  ])('%s is not a printable range', (hash) => {
    expect(printRouteRange(hash)).toBeNull();
  });
});
