import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REPORT_READY_TIMEOUT_MS, saveReportPdf, type HiddenReportPage } from '../../../main/report-pdf';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journal-report-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n% the visit report');

/** A hidden page that reports the given states in turn, then stays on the last one. */
function pageWithStates(states: readonly string[]) {
  let calls = 0;
  const page = {
    reportState: vi.fn(() => Promise.resolve(states[Math.min(calls++, states.length - 1)] ?? '')),
    printToPdf: vi.fn(() => Promise.resolve(PDF_BYTES)),
    close: vi.fn(),
  } satisfies HiddenReportPage;
  return page;
}

const noWait = () => Promise.resolve();

/** A clock that moves only when the code under test waits. */
function fakeClock() {
  let time = 0;
  return { now: () => time, wait: (ms: number) => ((time += ms), Promise.resolve()) };
}

describe('saveReportPdf', () => {
  it('waits until every chart has drawn, prints on the paper asked for and writes the PDF', async () => {
    const page = pageWithStates(['', 'loading', 'loading', 'ready']);
    const location = join(dir, 'visit.pdf');
    const result = await saveReportPdf(
      { suggestedName: 'visit.pdf', paperSize: 'Letter', fromDay: '2026-08-22', toDay: '2026-11-21' },
      {
        documentsDir: dir,
        askSavePath: () => Promise.resolve(location),
        openHiddenReport: () => Promise.resolve(page),
        wait: noWait,
      },
    );
    expect(result).toEqual({ status: 'saved', location });
    expect(page.reportState).toHaveBeenCalledTimes(4);
    expect(page.printToPdf).toHaveBeenCalledWith('Letter');
    expect(new Uint8Array(await readFile(location))).toEqual(PDF_BYTES);
    expect(page.close).toHaveBeenCalledTimes(1);
  });

  it('opens no window when the person cancels the dialog', async () => {
    const openHiddenReport = vi.fn(() => Promise.resolve(pageWithStates(['ready'])));
    const result = await saveReportPdf(
      { suggestedName: 'visit.pdf', paperSize: 'A4', fromDay: '2026-08-22', toDay: '2026-11-21' },
      { documentsDir: dir, askSavePath: () => Promise.resolve(null), openHiddenReport, wait: noWait },
    );
    expect(result).toEqual({ status: 'cancelled' });
    expect(openHiddenReport).not.toHaveBeenCalled();
  });

  it('gives up on a report that never draws, closes the window and leaves no file', async () => {
    const page = pageWithStates(['loading']);
    const location = join(dir, 'visit.pdf');
    await expect(
      saveReportPdf(
        { suggestedName: 'visit.pdf', paperSize: 'A4', fromDay: '2026-08-22', toDay: '2026-11-21' },
        {
          documentsDir: dir,
          askSavePath: () => Promise.resolve(location),
          openHiddenReport: () => Promise.resolve(page),
          ...fakeClock(),
        },
      ),
    ).rejects.toThrow('took too long');
    // Polled every 100 ms for a minute of the page's time.
    expect(page.reportState.mock.calls.length).toBe(REPORT_READY_TIMEOUT_MS / 100 + 1);
    expect(page.printToPdf).not.toHaveBeenCalled();
    expect(page.close).toHaveBeenCalledTimes(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('gives up on a page that stops answering', async () => {
    vi.useFakeTimers();
    try {
      const page = { ...pageWithStates(['loading']), reportState: vi.fn(() => new Promise<string>(() => undefined)) };
      const saving = saveReportPdf(
        { suggestedName: 'visit.pdf', paperSize: 'A4', fromDay: '2026-08-22', toDay: '2026-11-21' },
        {
          documentsDir: dir,
          askSavePath: () => Promise.resolve(join(dir, 'visit.pdf')),
          openHiddenReport: () => Promise.resolve(page),
        },
      );
      const outcome = expect(saving).rejects.toThrow('took too long');
      await vi.advanceTimersByTimeAsync(REPORT_READY_TIMEOUT_MS);
      await outcome;
      expect(page.close).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops at once when the page says the report failed', async () => {
    const page = pageWithStates(['loading', 'failed']);
    await expect(
      saveReportPdf(
        { suggestedName: 'visit.pdf', paperSize: 'A4', fromDay: '2026-08-22', toDay: '2026-11-21' },
        {
          documentsDir: dir,
          askSavePath: () => Promise.resolve(join(dir, 'visit.pdf')),
          openHiddenReport: () => Promise.resolve(page),
          wait: noWait,
        },
      ),
    ).rejects.toThrow('could not be drawn');
    expect(page.printToPdf).not.toHaveBeenCalled();
    expect(page.close).toHaveBeenCalledTimes(1);
  });
});
