import type { ReportRange } from './report-range';
import { isReportRange } from './report-range';

/**
 * The address of the report alone, laid out for paper: `#/report/print?from=…&to=…`. The desktop
 * opens it in a hidden window to print a PDF, and the end-to-end tests print it with Chromium.
 */
const PRINT_ROUTE = '#/report/print';

export function printRouteHash(range: ReportRange): string {
  return `${PRINT_ROUTE}?${new URLSearchParams({ from: range.fromDay, to: range.toDay }).toString()}`;
}

/** The range a print address asks for; null when the hash is not the print route or its days aren't real. */
export function printRouteRange(hash: string): ReportRange | null {
  if (!hash.startsWith(`${PRINT_ROUTE}?`)) return null;
  const query = new URLSearchParams(hash.slice(PRINT_ROUTE.length + 1));
  const fromDay = query.get('from') ?? '';
  const toDay = query.get('to') ?? '';
  return isReportRange({ fromDay, toDay }) ? { fromDay, toDay } : null;
}
