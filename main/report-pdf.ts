import type { PaperSize } from '../shared/paper-size';
import type { SaveFileResult, SaveReportPdfRequest } from '../shared/ipc-contract';
import { writeFileAtomic } from './atomic-write';
import type { AskSavePath } from './file-save';
import { join } from 'node:path';

/** The printable report in a window nobody sees, as far as this module needs to know it. */
export interface HiddenReportPage {
  /**
   * Whatever the page's `<html data-report-state>` says now: 'ready' once every chart has drawn,
   * 'failed' when the report (or the app under it) could not be drawn.
   */
  reportState(): Promise<string>;
  printToPdf(paperSize: PaperSize): Promise<Uint8Array>;
  close(): void;
}

export interface ReportPdfDeps {
  readonly documentsDir: string;
  readonly askSavePath: AskSavePath;
  /** Opens the report's print route for these days in a hidden window. */
  readonly openHiddenReport: (range: { readonly fromDay: string; readonly toDay: string }) => Promise<HiddenReportPage>;
  readonly wait?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

/** The sample journal's report (ten years, every chart) is ready in about two seconds; a minute is a fault. */
export const REPORT_READY_TIMEOUT_MS = 60_000;
const POLL_INTERVAL_MS = 100;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A page that stopped answering (busy or crashed) must not hold the save forever. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReportNotReadyError('no answer')), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

export class ReportNotReadyError extends Error {
  constructor(readonly state: string) {
    super(state === 'failed' ? 'The report could not be drawn.' : 'The report took too long to draw.');
    this.name = 'ReportNotReadyError';
  }
}

/**
 * Asks where to save first, so a cancelled dialog costs nothing; then draws the report in a hidden
 * window, prints it to PDF with the person's paper size and writes the file atomically. The window
 * is closed whatever happens.
 */
export async function saveReportPdf(request: SaveReportPdfRequest, deps: ReportPdfDeps): Promise<SaveFileResult> {
  const location = await deps.askSavePath({
    defaultPath: join(deps.documentsDir, request.suggestedName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (location === null) return { status: 'cancelled' };
  const wait = deps.wait ?? delay;
  const now = deps.now ?? Date.now;
  const deadline = now() + REPORT_READY_TIMEOUT_MS;
  const page = await deps.openHiddenReport({ fromDay: request.fromDay, toDay: request.toDay });
  try {
    const stateNow = () => within(page.reportState(), Math.max(deadline - now(), 0));
    let state = await stateNow();
    while (state !== 'ready' && state !== 'failed') {
      if (now() >= deadline) throw new ReportNotReadyError(state);
      await wait(POLL_INTERVAL_MS);
      state = await stateNow();
    }
    if (state === 'failed') throw new ReportNotReadyError(state);
    await writeFileAtomic(location, await page.printToPdf(request.paperSize));
    return { status: 'saved', location };
  } finally {
    page.close();
  }
}
