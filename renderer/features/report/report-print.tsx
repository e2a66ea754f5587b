import { Component, useEffect, useRef, type ReactNode } from 'react';
import { paperSizeForLocale } from '../../../shared/paper-size';
import type { ReportRange } from '../../../shared/report/report-range';
import { formattingLocale } from '../../i18n';
import { ReportDocument } from './report-document';
import { useReport, useReportPreferences } from './use-report';

/** Recharts measures its container first and draws on the next pass; until then a chart has no svg. */
function everyChartDrawn(root: Element): boolean {
  for (const area of root.querySelectorAll('.chart-area')) {
    if (area.querySelector('svg') === null) return false;
    for (const container of area.querySelectorAll('.recharts-responsive-container')) {
      if (container.querySelector('svg') === null) return false;
    }
  }
  return true;
}

/** A report that throws while drawing says so, so the desktop stops waiting and reports it. */
export class ReportPrintBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(): void {
    document.documentElement.dataset.reportState = 'failed';
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * The report alone, for paper (`#/report/print?from=…&to=…`). `<html data-report-state>` becomes
 * "ready" once every chart has drawn, which is what the desktop waits for before printing the PDF.
 */
export function ReportPrint({ range }: { range: ReportRange }) {
  const preferences = useReportPreferences();
  const state = useReport(range);
  const rootRef = useRef<HTMLDivElement>(null);
  const paper = paperSizeForLocale(formattingLocale());

  useEffect(() => {
    const html = document.documentElement;
    if (state.kind === 'failed' || state.kind === 'invalid-range') {
      html.dataset.reportState = 'failed';
      return;
    }
    const root = rootRef.current;
    if (state.kind !== 'ready' || preferences === undefined || root === null) return;
    const check = () => {
      if (!everyChartDrawn(root)) return false;
      html.dataset.reportState = 'ready';
      return true;
    };
    if (check()) return;
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [state, preferences]);

  return (
    <div ref={rootRef} className="report-print">
      {state.kind === 'ready' && preferences !== undefined && (
        <ReportDocument model={state.model} preferences={preferences} paper={paper} />
      )}
    </div>
  );
}
