import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { stampFromDate } from '../../../shared/domain/local-time';
import { buildReportModel, type ReportModel } from '../../../shared/report/report-model';
import { DEFAULT_REPORT_PREFERENCES, type ReportPreferences } from '../../../shared/report/report-preferences';
import { isReportRange, reportLoadRange, type ReportRange } from '../../../shared/report/report-range';
import { useServices } from '../../app-services';
import { entriesBetween, readSetting } from '../../db/queries';

export type ReportState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'invalid-range' }
  | { readonly kind: 'ready'; readonly model: ReportModel }
  | { readonly kind: 'failed'; readonly message: string };

/** What the person chose for their report, or the defaults before they chose anything. */
export function useReportPreferences(): ReportPreferences | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (await readSetting(db, 'reportPreferences')) ?? DEFAULT_REPORT_PREFERENCES, [db]);
}

/**
 * The report for a range, built from the range and the period of equal length before it (the
 * first page compares the two). It is read again whenever the journal changes, so the preview is
 * never older than the entries.
 */
export function useReport(range: ReportRange): ReportState {
  const { db } = useServices();
  const valid = isReportRange(range);
  const rows = useLiveQuery(async () => {
    if (!valid) return null;
    const load = reportLoadRange(range);
    return { ...(await entriesBetween(db, load.fromDay, range.toDay)), fromDay: range.fromDay, toDay: range.toDay };
  }, [db, valid, range.fromDay, range.toDay]);
  return useMemo((): ReportState => {
    if (!valid) return { kind: 'invalid-range' };
    // Until the new range's rows arrive, the hook may still hold the previous range's.
    if (rows === undefined || rows === null || rows.fromDay !== range.fromDay || rows.toDay !== range.toDay)
      return { kind: 'loading' };
    try {
      return { kind: 'ready', model: buildReportModel({ ...rows, generatedAt: stampFromDate(new Date()) }) };
    } catch (error) {
      return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }, [valid, rows, range.fromDay, range.toDay]);
}
