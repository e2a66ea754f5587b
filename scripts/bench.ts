/**
 * `npm run bench`: how the journal performs with ten years of data, measured in Chromium against the
 * production build. It prints every figure beside its budget and writes them to BENCHMARKS.md.
 *
 * This is a measurement, not a test: a missed budget is reported (MISS), never turned into a failed
 * run. The exit code is 0 whenever the bench ran to the end and non-zero only when it crashed.
 *
 * What it does, in order:
 *  1. builds the renderer for production into out/bench (its own folder, so a bench run never
 *     empties the out/renderer that the end-to-end tests may be serving at the same moment), serves
 *     it with `vite preview` in a child process and launches Chromium with playwright.config.ts's
 *     flags on a fresh profile folder on disk;
 *  2. generates the benchmark journal (20,000 workouts, 60,000 symptoms, ten years, fixed seed and end
 *     date) and writes it as a backup file into the page's private file storage, where the browser
 *     build keeps its backups;
 *  3. restores it through Settings → Your data, the app's own import path, and times that;
 *  4. measures the Trends screen, a range change, logging a symptom, a backup, peak memory, and the
 *     app's read of every row against raw IndexedDB `getAll`;
 *  5. prints the figures and rewrites the results section of BENCHMARKS.md.
 *
 * Every timing is taken inside the page (event and DOM timestamps), not from this process, so the
 * cost of driving the browser over its debugging protocol is never counted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import * as prettier from 'prettier';
import type { Plugin } from 'vite';
import packageJson from '../package.json';
import type { createJournalDatabase, DB_NAME } from '../renderer/db/database';
import type { spanOfDays } from '../renderer/db/queries';
import type { readTrendRows } from '../renderer/db/trend-months';
import { CURRENT_SCHEMA_VERSION } from '../renderer/db/schema';
import { createBackup, serializeBackup } from '../shared/backup-format';
import { backupFileNameFor } from '../shared/backup-files';
import { localDayOf } from '../shared/domain/local-time';
import { benchmarkSample, generateSampleJournal } from '../shared/sample-data';

// ---------------------------------------------------------------------------------------------
// Settings of the run

const ROOT = resolve(__dirname, '..');
const OUT_DIR = resolve(ROOT, 'out/bench');
/** The read probe (see `readProbeWorker`) is built next to the app, so the preview server serves both. */
const PROBE_DIR = resolve(OUT_DIR, 'bench-probe');
const PROBE_URL = 'bench-probe/read-probe.js';
const BENCHMARKS_FILE = resolve(ROOT, 'BENCHMARKS.md');

/**
 * The dataset ends here, and the page's calendar is set to this moment too (see `shiftPageClock`):
 * with a fixed end but the real date, "3 months" would hold less of the data every week, and runs
 * a month apart would not measure the same thing.
 */
const DATASET_END = new Date('2026-11-21T19:00:00.000Z');
/** The backup file is dated a minute before, so the app sees a recent backup and takes no daily one. */
const BACKUP_CREATED_AT = new Date(DATASET_END.getTime() - 60_000);
/** The IndexedDB database of the app (renderer/db/database.ts); its name never changes. */
const JOURNAL_DB: typeof DB_NAME = 'exercise-symptom-journal';

/** Repeatable steps run this many times; the median is reported, every run is shown. */
const REPEATS = 3;
/**
 * Logging a symptom is short and shares two busy tabs with a 2-core machine, so its runs scatter
 * most: it runs five times.
 */
const LOG_REPEATS = 5;
/** A pause between runs, so one run's leftover work (garbage collection, disk flushes) isn't timed in the next. */
const SETTLE_MS = 500;
/** The dataset goes to the page in pieces this long: one protocol message of tens of MB is needlessly heavy. */
const UPLOAD_CHUNK = 4 * 1024 * 1024;
const WAIT_TIMEOUT_MS = 120_000;
/** Beside `npm run web` (4173) and the end-to-end tests (4174). Not 4190: browsers refuse that port (ManageSieve). */
const PREFERRED_PORT = 4180;

/** The budgets of issue 5, on its 2-core reference machine. */
const BUDGET = {
  trendsOpenMs: 1_000,
  rangeChangeMs: 200,
  newEntryMs: 100,
  memoryMb: 300,
  loadRatio: 2,
} as const;

const RANGE_LABEL = { threeMonths: '3 months', oneYear: '1 year', all: 'All' } as const;

// ---------------------------------------------------------------------------------------------
// Figures

type Unit = 'ms' | 'MB' | '×';

interface Figure {
  readonly name: string;
  /** The reported value: the median of `runs`, or a peak. */
  readonly value: number;
  readonly unit: Unit;
  readonly runs: readonly number[];
  /** The most the figure may be; null where the issue sets none. */
  readonly budget: number | null;
  /** Extra facts printed beside it (the inputs of a ratio, the peak's phase). */
  readonly note?: string;
  /** What would bring the figure within budget; written to BENCHMARKS.md when it is missed. */
  readonly remedy?: string;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

function formatValue(value: number, unit: Unit): string {
  const digits = unit === '×' ? 2 : 0;
  const number = value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return unit === '×' ? `${number}×` : `${number} ${unit}`;
}

function verdict(figure: Figure): 'PASS' | 'MISS' | '—' {
  if (figure.budget === null) return '—';
  return figure.value <= figure.budget ? 'PASS' : 'MISS';
}

function budgetText(figure: Figure): string {
  return figure.budget === null ? 'no budget' : `≤ ${formatValue(figure.budget, figure.unit)}`;
}

function runsText(figure: Figure): string {
  return figure.runs.length > 1 ? figure.runs.map((run) => formatValue(run, figure.unit)).join(' / ') : '';
}

// ---------------------------------------------------------------------------------------------
// Code that runs inside the page. Playwright sends these functions as source text; `tsx` wraps
// named inner functions in a `__name()` helper, which the context defines first (see `launchChromium`).

type WaitSpec =
  /** The Trends screen shows the requested view with every chart drawn. */
  | { readonly kind: 'charts'; readonly leaveFirst: boolean }
  /** A status message (role=status) contains `text`. */
  | { readonly kind: 'status'; readonly text: string; readonly leaveFirst: boolean }
  /** The journal's timeline shows, within its visible area, an entry whose notes read `text`. */
  | { readonly kind: 'note'; readonly text: string }
  /** The Trends totals line no longer reads `from`, and the charts are drawn again. */
  | { readonly kind: 'totals'; readonly from: string };

/** Wall-clock instants (ms since 1970, sub-millisecond), comparable between pages. */
interface Timing {
  /** The first trusted click after arming, from the event's own timestamp. */
  readonly clickAt: number | null;
  /** The DOM mutation that made the awaited state true. */
  readonly doneAt: number;
}

interface BenchProbe {
  /** On a page opened at #/trends: ms from the start of navigation until every chart was drawn. */
  readonly coldOpen: Promise<number> | null;
  /** The same page: until the insights, which follow the charts, were shown. */
  readonly coldOpenInsights: Promise<number> | null;
  arm(spec: WaitSpec): void;
  pending: Promise<Timing> | null;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
    __benchWritable?: FileSystemWritableFileStream;
  }
}

/**
 * Installed in every page before the app's own scripts. It watches the DOM with a MutationObserver,
 * so a state is timed at the mutation that produced it rather than whenever someone polls for it.
 */
function installProbe(timeoutMs: number): void {
  const chartsDrawn = (): boolean => {
    const root = document.querySelector('[data-trends-state]');
    if (root?.getAttribute('data-trends-state') !== 'ready') return false;
    const cards = root.querySelectorAll('.chart-card');
    if (cards.length === 0) return false;
    for (const card of cards) {
      const area = card.querySelector('.chart-area');
      if (area === null || area.querySelector('svg') === null) return false;
      // Recharts measures its container first and draws on the next pass; until then it has no svg.
      for (const container of area.querySelectorAll('.recharts-responsive-container')) {
        if (container.querySelector('svg') === null) return false;
      }
    }
    return true;
  };

  const insightsShown = (): boolean => document.querySelector('.insights[aria-busy="false"]') !== null;

  const statusShows = (text: string): boolean =>
    [...document.querySelectorAll('[role="status"]')].some((element) => element.textContent.includes(text));

  const noteVisible = (text: string): boolean => {
    const region = document.querySelector('[role="region"][aria-label="Journal entries"]');
    if (region === null) return false;
    const note = [...region.querySelectorAll('.entry-notes')].find((element) => element.textContent === text);
    if (note === undefined) return false;
    const box = region.getBoundingClientRect();
    const rect = note.getBoundingClientRect();
    return rect.height > 0 && rect.bottom > box.top && rect.top < box.bottom;
  };

  const totalsChanged = (from: string): boolean => {
    const totals = document.querySelector('.trends-totals');
    return totals !== null && totals.textContent !== from && chartsDrawn();
  };

  const conditionOf = (spec: WaitSpec): (() => boolean) => {
    switch (spec.kind) {
      case 'charts':
        return chartsDrawn;
      case 'status':
        return () => statusShows(spec.text);
      case 'note':
        return () => noteVisible(spec.text);
      case 'totals':
        return () => totalsChanged(spec.from);
    }
  };

  /**
   * Resolves with performance.now() at the first DOM mutation after which `isDone()` holds. With
   * `leaveFirst`, it must first stop holding: a range change starts from a screen that is already
   * "ready", and only a ready screen after the change counts.
   */
  const watch = (isDone: () => boolean, leaveFirst: boolean, label: string): Promise<number> =>
    new Promise((resolvePromise, reject) => {
      let left = !leaveFirst || !isDone();
      const observer = new MutationObserver(() => {
        if (!left) {
          left = !isDone();
          return;
        }
        if (!isDone()) return;
        const at = performance.now();
        observer.disconnect();
        clearTimeout(timer);
        resolvePromise(at);
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${label}`));
      }, timeoutMs);
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });

  const probe: BenchProbe = {
    coldOpen: location.hash.startsWith('#/trends') ? watch(chartsDrawn, false, 'the Trends charts') : null,
    coldOpenInsights: location.hash.startsWith('#/trends') ? watch(insightsShown, false, 'the insights') : null,
    pending: null,
    arm(spec) {
      let clickAt: number | null = null;
      const onClick = (event: Event) => {
        if (event.isTrusted && clickAt === null) clickAt = performance.timeOrigin + event.timeStamp;
      };
      document.addEventListener('click', onClick, { capture: true });
      const leaveFirst = spec.kind === 'charts' || spec.kind === 'status' ? spec.leaveFirst : false;
      probe.pending = watch(conditionOf(spec), leaveFirst, JSON.stringify(spec)).then((doneAt) => {
        document.removeEventListener('click', onClick, { capture: true });
        return { clickAt, doneAt: performance.timeOrigin + doneAt };
      });
      // A rejection is reported when the bench awaits `pending`, not as an unhandled one before.
      probe.pending.catch(() => undefined);
    },
  };
  window.__bench = probe;
}

/**
 * Sets the page's calendar to the dataset's end: `new Date()` and `Date.now()` run on from that
 * moment at real speed. Only Date is shifted; timers, animation frames and performance.now() are
 * the browser's own, so nothing that is timed changes. (Playwright's clock would also fake those.)
 */
function shiftPageClock(offsetMs: number): void {
  const RealDate = Date;
  const now = () => RealDate.now() + offsetMs;
  globalThis.Date = new Proxy(RealDate, {
    construct(target, args: unknown[], newTarget: new (...args: unknown[]) => unknown) {
      return Reflect.construct(
        target as new (...args: unknown[]) => object,
        args.length === 0 ? [now()] : args,
        newTarget,
      );
    },
    apply() {
      return new RealDate(now()).toString();
    },
    get(target, property, receiver) {
      return property === 'now' ? now : (Reflect.get(target, property, receiver) as unknown);
    },
  });
}

interface ReadRequest {
  readonly way: 'app' | 'raw';
}

interface ReadReply {
  readonly way: 'app' | 'raw';
  readonly ms: number;
  readonly sessions: number;
  readonly symptoms: number;
}

interface ReadProbeDeps {
  readonly createJournalDatabase: typeof createJournalDatabase;
  readonly readTrendRows: typeof readTrendRows;
  readonly spanOfDays: typeof spanOfDays;
  readonly dbName: string;
}

/**
 * A Web Worker, built with the app's own modules, that reads every row two ways and times each
 * inside the worker: `app` is exactly what the Trends worker runs for "All" (`readTrendRows` over
 * an unbounded span: the month texts, through Dexie), `raw` is IndexedDB `getAll` on both stores in
 * one transaction. Both keep their connection open between requests, as the app does, so only the
 * reading is timed.
 */
function readProbeWorker({ createJournalDatabase, readTrendRows, spanOfDays, dbName }: ReadProbeDeps): void {
  const db = createJournalDatabase();
  let raw: Promise<IDBDatabase> | null = null;
  const openRaw = (): Promise<IDBDatabase> =>
    (raw ??= new Promise((resolvePromise, reject) => {
      const request = indexedDB.open(dbName);
      request.onsuccess = () => resolvePromise(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    }));
  const getAll = (store: IDBObjectStore): Promise<unknown[]> =>
    new Promise((resolvePromise, reject) => {
      const request = store.getAll();
      request.onsuccess = () => resolvePromise(request.result);
      request.onerror = () => reject(request.error ?? new Error('getAll failed'));
    });

  self.onmessage = async (event: MessageEvent<ReadRequest>) => {
    const { way } = event.data;
    const started = performance.now();
    let sessions: number;
    let symptoms: number;
    if (way === 'app') {
      const rows = await readTrendRows(db, spanOfDays('', ''));
      sessions = rows.sessions.length;
      symptoms = rows.symptoms.length;
    } else {
      const transaction = (await openRaw()).transaction(['sessions', 'symptoms'], 'readonly');
      const [sessionRows, symptomRows] = await Promise.all([
        getAll(transaction.objectStore('sessions')),
        getAll(transaction.objectStore('symptoms')),
      ]);
      sessions = sessionRows.length;
      symptoms = symptomRows.length;
    }
    const reply: ReadReply = { way, ms: performance.now() - started, sessions, symptoms };
    self.postMessage(reply);
  };
}

// ---------------------------------------------------------------------------------------------
// Build, serve, launch

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
}

/** The Vite module that becomes the read probe: the app's own database code plus `readProbeWorker`. */
function readProbeEntry(): Plugin {
  const id = 'bench-read-probe';
  const source = [
    `import { createJournalDatabase } from ${JSON.stringify(resolve(ROOT, 'renderer/db/database.ts'))};`,
    `import { spanOfDays } from ${JSON.stringify(resolve(ROOT, 'renderer/db/queries.ts'))};`,
    `import { readTrendRows } from ${JSON.stringify(resolve(ROOT, 'renderer/db/trend-months.ts'))};`,
    'const __name = (fn) => fn;',
    `(${readProbeWorker.toString()})({ createJournalDatabase, readTrendRows, spanOfDays, dbName: ${JSON.stringify(JOURNAL_DB)} });`,
  ].join('\n');
  return {
    name: id,
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (loaded) => (loaded === `\0${id}` ? source : null),
  };
}

/** The same production build `npm run build` makes of the renderer, plus the read probe beside it. */
async function buildRenderer(): Promise<void> {
  // See scripts/web.mjs: the notice is about a future Vite default and doesn't affect the build.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  // Loaded as an ES module: required from this file (which tsx runs as CommonJS), Vite cannot
  // resolve its own modulepreload polyfill.
  const { build } = await import('vite');
  await build({
    configFile: resolve(ROOT, 'vite.web.config.ts'),
    logLevel: 'warn',
    build: { outDir: OUT_DIR, emptyOutDir: true },
  });
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    plugins: [readProbeEntry()],
    build: {
      outDir: PROBE_DIR,
      emptyOutDir: true,
      target: 'chrome130',
      rollupOptions: { input: 'bench-read-probe', output: { entryFileNames: 'read-probe.js', format: 'es' } },
    },
  });
}

/** The preferred port when it is free, otherwise any free one. */
function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolvePromise, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        const chosen = typeof address === 'object' && address !== null ? address.port : port;
        server.close(() => resolvePromise(chosen));
      });
    });
  return tryPort(preferred).catch(() => tryPort(0));
}

async function startPreview(port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      resolve(ROOT, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--config',
      'vite.web.config.ts',
      '--outDir',
      OUT_DIR,
      '--port',
      String(port),
      '--strictPort',
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  );
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}): ${errors}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  await stopChild(child);
  throw new Error(`vite preview did not answer on port ${port}: ${errors}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolvePromise) => child.once('exit', () => resolvePromise()));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(3_000)]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/**
 * Chromium as the end-to-end tests launch it (playwright.config.ts), but on a real profile folder:
 * a default Playwright context is off the record, and keeps IndexedDB and the private file storage
 * in memory, whereas the desktop app reads and writes them on disk.
 */
async function launchChromium(profileDir: string, timeZone: string): Promise<BrowserContext> {
  const executablePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const context = await chromium.launchPersistentContext(profileDir, {
    ...(executablePath === undefined ? {} : { executablePath }),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    // The person in the dataset lives in Berlin; their days and the app's days then agree.
    timezoneId: timeZone,
  });
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  // One offset for the whole run, so the calendar moves on from page to page instead of restarting.
  const clockOffsetMs = DATASET_END.getTime() - Date.now();
  await context.addInitScript(shiftPageClock, clockOffsetMs);
  // The page's workers share its calendar: init scripts don't run in workers, so the shift is put
  // in front of each worker's script as it is served.
  // The first response is kept, so later tabs don't wait for the bench to fetch it again.
  const shiftedWorkers = new Map<string, { headers: Record<string, string>; body: string }>();
  await context.route(/\/assets\/[^/]*\.worker-[^/]*\.js$/, async (route) => {
    let shifted = shiftedWorkers.get(route.request().url());
    if (shifted === undefined) {
      const response = await route.fetch();
      const shift = `globalThis.__name ??= (fn) => fn;\n(${shiftPageClock.toString()})(${clockOffsetMs});\n`;
      shifted = { headers: response.headers(), body: shift + (await response.text()) };
      shiftedWorkers.set(route.request().url(), shifted);
    }
    await route.fulfill({ status: 200, ...shifted });
  });
  await context.addInitScript(installProbe, WAIT_TIMEOUT_MS);
  return context;
}

async function chromiumVersion(context: BrowserContext): Promise<string> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const { product } = await cdp.send('Browser.getVersion');
  await cdp.detach();
  return product.replace(/^[^/]*\//, '');
}

// ---------------------------------------------------------------------------------------------
// Memory: the renderer processes' own memory from /proc, and each page's JS heap from the
// debugging protocol, every 100 ms for the whole run, kept per phase.

type Phase =
  | 'setup'
  | 'upload'
  | 'import'
  | 'Trends 3 months'
  | 'range change'
  | 'Trends All'
  | 'reads'
  | 'export'
  | 'log symptom';

/** Phases that are the bench's own work rather than the app's; they don't count towards the peak. */
const BENCH_ONLY_PHASES: readonly Phase[] = ['setup', 'upload', 'reads'];

interface PhasePeak {
  /** The largest renderer process's private memory (RssAnon), MB. */
  privateMb: number;
  /** All renderer processes together, MB. */
  totalPrivateMb: number;
  /** The largest main-thread JS heap of a page, MB. */
  heapMb: number;
}

function readKb(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match === null ? 0 : Number(match[1]);
}

class MemorySampler {
  phase: Phase = 'setup';
  readonly peaks = new Map<Phase, PhasePeak>();
  readonly procAvailable = existsSync('/proc/self/status');
  private readonly sessions = new Map<CDPSession, boolean>();
  private renderers: number[] = [];
  private lastScan = 0;
  private timer: NodeJS.Timeout | undefined;

  track(session: CDPSession): void {
    this.sessions.set(session, false);
  }

  untrack(session: CDPSession): void {
    this.sessions.delete(session);
  }

  start(): void {
    this.timer = setInterval(() => this.sample(), 100);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private peak(phase: Phase): PhasePeak {
    let peak = this.peaks.get(phase);
    if (peak === undefined) {
      peak = { privateMb: 0, totalPrivateMb: 0, heapMb: 0 };
      this.peaks.set(phase, peak);
    }
    return peak;
  }

  private sample(): void {
    const phase = this.phase;
    if (this.procAvailable) {
      // The process tree changes only when pages open and close; re-reading it twice a second is enough.
      if (Date.now() - this.lastScan > 500) {
        this.renderers = rendererPids();
        this.lastScan = Date.now();
      }
      let largest = 0;
      let total = 0;
      for (const pid of this.renderers) {
        try {
          const kb = readKb(readFileSync(`/proc/${pid}/status`, 'utf8'), 'RssAnon');
          largest = Math.max(largest, kb);
          total += kb;
        } catch {
          // The process ended since the last scan.
        }
      }
      const peak = this.peak(phase);
      peak.privateMb = Math.max(peak.privateMb, largest / 1024);
      peak.totalPrivateMb = Math.max(peak.totalPrivateMb, total / 1024);
    }
    // The heap is read on the page's main thread, which can be busy for a while: one request per
    // page at a time, and the process figures above never wait for it.
    for (const [session, busy] of this.sessions) {
      if (busy) continue;
      this.sessions.set(session, true);
      session.send('Runtime.getHeapUsage').then(
        ({ usedSize }) => {
          const peak = this.peak(phase);
          peak.heapMb = Math.max(peak.heapMb, usedSize / 1024 / 1024);
          if (this.sessions.has(session)) this.sessions.set(session, false);
        },
        () => this.sessions.delete(session),
      );
    }
  }
}

/** Chromium renderer processes started (through the browser) by this process. */
function rendererPids(): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (command) state ppid …": the command may hold spaces and parentheses.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const siblings = children.get(parent) ?? [];
      siblings.push(Number(name));
      children.set(parent, siblings);
    } catch {
      // Gone meanwhile.
    }
  }
  const found: number[] = [];
  const queue = [process.pid];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    for (const child of children.get(pid) ?? []) {
      queue.push(child);
      try {
        if (readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('--type=renderer')) found.push(child);
      } catch {
        // Gone meanwhile.
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Pages

class Session {
  /** Errors the app logged or threw while the bench ran; printed at the end. */
  readonly problems: string[] = [];

  constructor(
    private readonly context: BrowserContext,
    private readonly baseUrl: string,
    readonly memory: MemorySampler,
  ) {}

  url(hash: string): string {
    return `${this.baseUrl}/${hash}`;
  }

  /** A new tab, its heap sampled while it is open; not navigated yet. */
  async newPage(): Promise<Page> {
    const page = await this.context.newPage();
    const cdp = await this.context.newCDPSession(page);
    this.memory.track(cdp);
    page.on('close', () => this.memory.untrack(cdp));
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(`console error: ${message.text()}`);
    });
    return page;
  }

  /** A new tab at `hash`, once the app says it is ready. */
  async open(hash: string): Promise<Page> {
    const page = await this.newPage();
    await page.goto(this.url(hash));
    await page.locator('html[data-app-state="ready"]').waitFor({ state: 'attached', timeout: WAIT_TIMEOUT_MS });
    return page;
  }
}

async function arm(page: Page, spec: WaitSpec): Promise<void> {
  await page.evaluate((armed) => {
    if (window.__bench === undefined) throw new Error('The bench probe is not installed');
    window.__bench.arm(armed);
  }, spec);
}

async function outcome(page: Page): Promise<Timing> {
  return page.evaluate(() => {
    const pending = window.__bench?.pending;
    if (pending === null || pending === undefined) throw new Error('Nothing was armed');
    return pending;
  });
}

function sinceClick(timing: Timing, clickAt: number | null = timing.clickAt): number {
  if (clickAt === null) throw new Error('The click that starts the clock was not seen');
  return timing.doneAt - clickAt;
}

/** Resolves once the Trends screen of `page` shows every chart of the requested view. */
async function chartsDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const root = document.querySelector('[data-trends-state="ready"]');
      return (
        root !== null &&
        [...root.querySelectorAll('.chart-card .chart-area')].every((area) => area.querySelector('svg') !== null)
      );
    },
    undefined,
    { timeout: WAIT_TIMEOUT_MS, polling: 50 },
  );
}

async function chooseRange(page: Page, label: string): Promise<void> {
  await page.getByRole('radio', { name: label, exact: true }).click();
}

async function countRows(page: Page): Promise<{ sessions: number; symptoms: number }> {
  return page.evaluate(
    (name) =>
      new Promise<{ sessions: number; symptoms: number }>((resolvePromise, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction(['sessions', 'symptoms'], 'readonly');
          const sessions = transaction.objectStore('sessions').count();
          const symptoms = transaction.objectStore('symptoms').count();
          transaction.oncomplete = () => {
            db.close();
            resolvePromise({ sessions: sessions.result, symptoms: symptoms.result });
          };
          transaction.onerror = () => reject(transaction.error ?? new Error('count failed'));
        };
      }),
    JOURNAL_DB,
  );
}

// ---------------------------------------------------------------------------------------------
// The dataset

interface Dataset {
  readonly json: string;
  readonly fileName: string;
  readonly sessions: number;
  readonly symptoms: number;
  readonly days: number;
  readonly seed: number;
  readonly timeZone: string;
  /** The local days the Trends screen asks for under "All". */
  readonly firstDay: string;
  readonly lastDay: string;
}

function benchmarkDataset(): Dataset {
  const options = benchmarkSample(DATASET_END);
  const journal = generateSampleJournal(options);
  const backup = createBackup(
    { sessions: journal.sessions, symptoms: journal.symptoms, settings: [], articles: [] },
    {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: packageJson.version,
      createdAt: BACKUP_CREATED_AT,
      reason: 'manual',
    },
  );
  // As the Trends screen computes "All": from the first local day with an entry to today.
  const days = [
    ...journal.sessions.map((session) =>
      localDayOf({ instant: session.startedAt, utcOffsetMinutes: session.utcOffsetMinutes }),
    ),
    ...journal.symptoms.map((symptom) =>
      localDayOf({ instant: symptom.notedAt, utcOffsetMinutes: symptom.utcOffsetMinutes }),
    ),
  ].sort();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: options.timeZone }).format(DATASET_END);
  return {
    json: serializeBackup(backup),
    fileName: backupFileNameFor(BACKUP_CREATED_AT),
    sessions: journal.sessions.length,
    symptoms: journal.symptoms.length,
    days: options.days,
    seed: options.seed,
    timeZone: options.timeZone,
    firstDay: days[0] ?? today,
    lastDay: today,
  };
}

// ---------------------------------------------------------------------------------------------
// Measurements

/**
 * Import: the backup file is put where the browser build keeps its backups, then restored from
 * Settings → Your data. Timed from the click on "Restore" to the "was restored" message: reading
 * the file, validating every row, and writing them all in one strictly durable transaction.
 */
async function measureImport(session: Session, dataset: Dataset): Promise<Figure> {
  session.memory.phase = 'upload';
  const uploader = await session.open('#/settings');
  await uploader.evaluate(async (fileName) => {
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle('backups', { create: true });
    window.__benchWritable = await (await folder.getFileHandle(fileName, { create: true })).createWritable();
  }, dataset.fileName);
  for (let offset = 0; offset < dataset.json.length; offset += UPLOAD_CHUNK) {
    await uploader.evaluate(
      (chunk) => window.__benchWritable?.write(chunk),
      dataset.json.slice(offset, offset + UPLOAD_CHUNK),
    );
  }
  await uploader.evaluate(() => window.__benchWritable?.close());
  await uploader.close();

  session.memory.phase = 'import';
  const page = await session.open('#/settings');
  // An empty journal with a backup beside it makes the app offer that backup at start; the
  // measured path is the one in Settings, so the offer is declined.
  const offer = page.getByRole('dialog', { name: 'Restore your journal?' });
  if (
    await offer.waitFor({ state: 'visible', timeout: 5_000 }).then(
      () => true,
      () => false,
    )
  ) {
    await offer.getByRole('button', { name: 'Start with an empty journal' }).click();
  }
  await page.getByRole('button', { name: /^Restore the backup from / }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await arm(page, { kind: 'status', text: 'was restored', leaveFirst: false });
  await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
  const ms = sinceClick(await outcome(page));
  const rows = await countRows(page);
  if (rows.sessions !== dataset.sessions || rows.symptoms !== dataset.symptoms) {
    throw new Error(`The restore left ${rows.sessions} workouts and ${rows.symptoms} symptoms in the journal`);
  }
  await page.close();
  const total = (dataset.sessions + dataset.symptoms).toLocaleString('en-GB');
  return {
    name: `Import of ${total} rows (restore)`,
    value: ms,
    unit: 'ms',
    runs: [ms],
    budget: null,
  };
}

/**
 * Cold open: a new tab navigates to #/trends, with the journal already on disk. Timed from the start
 * of navigation (the document's own time origin) until the screen reports the requested view ready
 * and every chart card has drawn its chart.
 */
async function measureColdOpen(
  session: Session,
  rangeLabel: string,
): Promise<{ runs: number[]; insights: number[]; cards: number }> {
  const runs: number[] = [];
  const insights: number[] = [];
  let cards = 0;
  for (let run = 0; run < REPEATS; run++) {
    const page = await session.newPage();
    await page.goto(session.url('#/trends'), { waitUntil: 'commit' });
    runs.push(
      await page.evaluate(() => {
        const coldOpen = window.__bench?.coldOpen;
        if (coldOpen === null || coldOpen === undefined) throw new Error('Not a Trends page');
        return coldOpen;
      }),
    );
    insights.push(
      await page.evaluate(() => {
        const shown = window.__bench?.coldOpenInsights;
        if (shown === null || shown === undefined) throw new Error('Not a Trends page');
        return shown;
      }),
    );
    if (!(await page.getByRole('radio', { name: rangeLabel, exact: true }).isChecked())) {
      throw new Error(`Trends opened on another range than "${rangeLabel}"`);
    }
    cards = await page.locator('.chart-card').count();
    await page.close();
    await sleep(SETTLE_MS);
  }
  return { runs, insights, cards };
}

/**
 * Range change: on an open Trends screen showing 3 months, a click on another range, timed from
 * the click event until the screen is ready again with every chart drawn for the new range. The
 * screen stops being "ready" the moment the view changes, so waiting for it to leave that state
 * first guarantees the new view is the one timed. It goes back to 3 months between runs.
 */
async function measureRangeChange(session: Session, labels: readonly string[]): Promise<Map<string, number[]>> {
  const page = await session.open('#/trends');
  await chartsDrawn(page);
  const results = new Map<string, number[]>();
  for (const label of labels) {
    const runs: number[] = [];
    for (let run = 0; run < REPEATS; run++) {
      await arm(page, { kind: 'charts', leaveFirst: true });
      await chooseRange(page, label);
      runs.push(sinceClick(await outcome(page)));
      await arm(page, { kind: 'charts', leaveFirst: true });
      await chooseRange(page, RANGE_LABEL.threeMonths);
      await outcome(page);
      await sleep(SETTLE_MS);
    }
    results.set(label, runs);
  }
  await page.close();
  return results;
}

/** The Trends screen remembers its range; this sets it the way a person would. */
async function rememberRange(session: Session, label: string): Promise<void> {
  const page = await session.open('#/trends');
  await chartsDrawn(page);
  if (!(await page.getByRole('radio', { name: label, exact: true }).isChecked())) {
    await arm(page, { kind: 'charts', leaveFirst: true });
    await chooseRange(page, label);
    await outcome(page);
  }
  await page.close();
  await sleep(SETTLE_MS);
}

/**
 * The app's load against raw IndexedDB: the same rows (every workout and symptom, what "All"
 * shows) read in a worker by the app's own query, and by `getAll` on both stores. One untimed
 * round opens both connections first; then they alternate.
 */
async function measureReads(session: Session, dataset: Dataset): Promise<{ app: ReadReply[]; raw: ReadReply[] }> {
  const page = await session.open('#/settings');
  const result = await page.evaluate(
    async ({ url, rounds, timeoutMs }) => {
      const worker = new Worker(new URL(url, location.href), { type: 'module' });
      const ask = (way: 'app' | 'raw') =>
        new Promise<ReadReply>((resolvePromise, reject) => {
          const timer = setTimeout(() => reject(new Error(`The read probe did not answer (${way})`)), timeoutMs);
          worker.onmessage = (event: MessageEvent<ReadReply>) => {
            clearTimeout(timer);
            resolvePromise(event.data);
          };
          worker.onerror = (event) => {
            clearTimeout(timer);
            reject(new Error(`The read probe failed: ${event.message}`));
          };
          const request: ReadRequest = { way };
          worker.postMessage(request);
        });
      await ask('app');
      await ask('raw');
      const app: ReadReply[] = [];
      const raw: ReadReply[] = [];
      for (let round = 0; round < rounds; round++) {
        app.push(await ask('app'));
        raw.push(await ask('raw'));
      }
      worker.terminate();
      return { app, raw };
    },
    { url: PROBE_URL, rounds: REPEATS, timeoutMs: WAIT_TIMEOUT_MS },
  );
  await page.close();
  for (const reply of [...result.app, ...result.raw]) {
    if (reply.sessions !== dataset.sessions || reply.symptoms !== dataset.symptoms) {
      throw new Error(`The ${reply.way} read returned ${reply.sessions} workouts and ${reply.symptoms} symptoms`);
    }
  }
  return result;
}

/** Backup export: Settings → "Back up now", timed from the click until "Backup saved." shows. */
async function measureExport(session: Session): Promise<number[]> {
  const page = await session.open('#/settings');
  const runs: number[] = [];
  for (let run = 0; run < REPEATS; run++) {
    // After the first run the message is already there; it must go and come back.
    await arm(page, { kind: 'status', text: 'Backup saved.', leaveFirst: true });
    await page.getByRole('button', { name: 'Back up now' }).click();
    runs.push(sinceClick(await outcome(page)));
    await sleep(SETTLE_MS);
  }
  await page.close();
  return runs;
}

/**
 * Logging a symptom: the Journal in one tab, Trends (3 months) open in another. The form is filled
 * before the clock starts; it starts at the click on "Save symptom" and stops, separately, when the
 * new entry is inside the timeline's visible area and when the other tab's charts count it.
 */
async function measureLogSymptom(session: Session): Promise<{ timeline: number[]; charts: number[] }> {
  const journal = await session.open('#/journal');
  const trends = await session.open('#/trends');
  await chartsDrawn(trends);
  await journal.bringToFront();
  const timeline: number[] = [];
  const charts: number[] = [];
  const symptomsIn = (totals: string) => Number(/and ([\d,]+) symptoms/.exec(totals)?.[1]?.replace(/,/g, '') ?? NaN);
  for (let run = 0; run < LOG_REPEATS; run++) {
    const note = `Benchmark entry ${run + 1}, ${Date.now()}`;
    await journal.getByRole('button', { name: 'Log symptom' }).click();
    const form = journal.getByRole('dialog', { name: 'Log a symptom' });
    await form.getByRole('checkbox', { name: 'Numbness', exact: true }).check();
    await form.getByRole('checkbox', { name: 'Left calf', exact: true }).first().check();
    await form.getByLabel('Severity (0–10)').fill('3');
    await form.getByLabel('Notes').fill(note);

    const before = (await trends.locator('.trends-totals').textContent()) ?? '';
    await arm(journal, { kind: 'note', text: note });
    await arm(trends, { kind: 'totals', from: before });
    await form.getByRole('button', { name: 'Save symptom' }).click();
    const [inTimeline, inCharts] = await Promise.all([outcome(journal), outcome(trends)]);
    timeline.push(sinceClick(inTimeline));
    charts.push(sinceClick(inCharts, inTimeline.clickAt));

    await form.waitFor({ state: 'hidden' });
    const after = (await trends.locator('.trends-totals').textContent()) ?? '';
    if (symptomsIn(after) !== symptomsIn(before) + 1) {
      throw new Error(`The charts' totals went from "${before}" to "${after}", not one symptom more`);
    }
    await sleep(SETTLE_MS);
  }
  await Promise.all([journal.close(), trends.close()]);
  return { timeline, charts };
}

// ---------------------------------------------------------------------------------------------
// What would close a missed budget, from profiling the code paths each figure times (the numbers
// behind them are in BENCHMARKS.md, "Where the time goes"). Each goes to BENCHMARKS.md only when its
// budget is missed.

const REMEDY = {
  trendsOpen:
    'A window opening on Trends starts its worker before the rest of the app, and the worker reads the ' +
    'period the screen was left on by itself while the page evaluates its code (the app asks for it ' +
    '0.45–0.75 s after navigation). For "All" it reads the month texts (12.7 MB of JSON arrays, each year ' +
    'past as one record) and parses them in 0.3–0.35 s while the page starts beside it, and ' +
    "aggregates in 0.1–0.15 s; the insights are worked out after the charts' numbers. Drawing the seven " +
    'charts then takes 0.35–0.45 s of the page, most of it in Recharts. On two cores the page, the worker ' +
    "and the browser's IndexedDB work compete, and from one run to the next this figure moves by a fifth " +
    '(see "Where the time goes"). What would close the rest: drawing, the largest step, on a canvas or ' +
    'with fewer Recharts components; and daily counts stored beside each month text, so "All" aggregates ' +
    '3,653 days instead of 80,000 rows. For 3 months the figure sits at the edge of its budget, in or out ' +
    'with the load on the machine.',
  rangeChange:
    'The worker keeps the rows it read (all of them after "All") and the answers it computed, so only a longer ' +
    'period than any read before reads again. The first "All" after a restore finds every month text stored ' +
    'with the rows; after an import of many rows it rebuilds them first (the slow first run).',
  newEntryTimeline:
    'The timeline reads again only the rows a write changed and draws only the rows that changed. Lists ' +
    "that can wait (the filters' activities and sensations, the symptom form's history) are read again once " +
    'the window is idle, so the timeline reads the new row in 7–25 ms. What remains is the write, committed ' +
    'to disk with strict durability before the app hears of it, closing the form, and drawing the rows whose ' +
    'warning signs are worked out again, while the other tab draws its charts on the same two cores: the ' +
    'figure sits at the edge of its budget.',
  newEntryCharts:
    'The Trends tab hears of the write once it is committed to disk with strict durability and Dexie tells ' +
    'the other tabs; the worker then reads the changed row and aggregates in 10–40 ms, and only the charts ' +
    'whose numbers changed draw again (40–80 ms). Relaxing durability is not an option for a health journal; ' +
    'a cheaper draw (the charts on a canvas) would take off about half of what is left.',
  memory:
    '"Back up now" reads the journal 5,000 rows at a time, checks each row as it writes it, and writes ' +
    'the file in 8 MB chunks; the three backups in a row peak at 260–290 MB. What is left is the text, ' +
    'for a moment twice (its pages and the joined text): writing the pages as UTF-8 bytes would hold it ' +
    'once. Changing the range six times in a few seconds comes next: each redraw of the charts leaves ' +
    '20–25 MB of garbage in the page, which the browser collects lazily (a forced collection at the end ' +
    'freed about 130 MB); fewer Recharts components per chart would leave less.',
  loadRatio:
    'The app reads "All" from the month texts, which hold the same rows with only the fields Trends reads; ' +
    'the raw read is `getAll` of the rows themselves.',
} as const;

// ---------------------------------------------------------------------------------------------
// Report

interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly ramGb: number;
  readonly os: string;
  readonly chromium: string;
  readonly node: string;
}

function describeMachine(chromiumVersion: string): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    ramGb: os.totalmem() / 1024 ** 3,
    os: `${os.type()} ${os.release()}`,
    chromium: chromiumVersion,
    node: process.version,
  };
}

function printFigures(figures: readonly Figure[]): void {
  const width = Math.max(...figures.map((figure) => figure.name.length)) + 2;
  console.log('');
  console.log(`${'Figure'.padEnd(width)}${'Result'.padStart(12)}   ${'Budget'.padEnd(13)} Verdict  Runs / notes`);
  console.log('-'.repeat(width + 60));
  for (const figure of figures) {
    const extra = [runsText(figure), figure.note ?? ''].filter((part) => part !== '').join('; ');
    console.log(
      `${figure.name.padEnd(width)}${formatValue(figure.value, figure.unit).padStart(12)}   ${budgetText(figure).padEnd(13)} ${verdict(figure).padEnd(8)} ${extra}`,
    );
  }
  console.log('');
}

function resultsMarkdown(
  figures: readonly Figure[],
  machine: Machine,
  dataset: Dataset,
  memory: MemorySampler,
  ranAt: Date,
): string {
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const table = [
    row(['Figure', 'Result', 'Budget', 'Verdict', 'Runs / notes']),
    row(['---', '---:', '---', '---', '---']),
    ...figures.map((figure) =>
      row([
        figure.name,
        formatValue(figure.value, figure.unit),
        budgetText(figure),
        verdict(figure) === 'MISS' ? '**MISS**' : verdict(figure),
        [runsText(figure), figure.note ?? ''].filter((part) => part !== '').join('; ') || '—',
      ]),
    ),
  ];
  const phases = [...memory.peaks.entries()]
    .filter(([phase]) => phase !== 'setup')
    .map(
      ([phase, peak]) =>
        `${phase}: ${formatValue(peak.privateMb, 'MB')} (JS heap ${formatValue(peak.heapMb, 'MB')})` +
        (BENCH_ONLY_PHASES.includes(phase) ? ' — bench only, not counted' : ''),
    );
  const missed = figures.filter((figure) => verdict(figure) === 'MISS');
  const misses =
    missed.length === 0
      ? ['Every budget was met.']
      : missed.map(
          (figure) =>
            `- **${figure.name}: ${formatValue(figure.value, figure.unit)}, budget ${budgetText(figure)}.** ` +
            (figure.remedy ?? ''),
        );
  return [
    '## Latest results',
    '',
    `- **Date:** ${ranAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- **Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.ramGb.toFixed(1)} GB RAM, ${machine.os}`,
    `- **Browser:** Chromium ${machine.chromium} (headless, the end-to-end tests' flags), Node ${machine.node}`,
    `- **Dataset:** ${dataset.sessions.toLocaleString('en-GB')} workouts and ${dataset.symptoms.toLocaleString('en-GB')} ` +
      `symptoms over ${dataset.days.toLocaleString('en-GB')} days (${dataset.firstDay} to ${dataset.lastDay}), ` +
      `seed ${dataset.seed}, ${dataset.timeZone}; backup file ${formatValue(dataset.json.length / 1024 / 1024, 'MB')}`,
    '',
    ...table,
    '',
    `Peak private memory of the largest renderer process, by phase: ${phases.join('; ')}.`,
    '',
    '### Missed budgets and what would close them',
    '',
    ...misses,
  ].join('\n');
}

const RESULTS_START = '<!-- bench:results:start -->';
const RESULTS_END = '<!-- bench:results:end -->';

/** Replaces the results between the markers, keeping the hand-written explanation around them. */
async function writeBenchmarks(results: string): Promise<void> {
  const block = `${RESULTS_START}\n\n${results}\n\n${RESULTS_END}`;
  const current = existsSync(BENCHMARKS_FILE) ? readFileSync(BENCHMARKS_FILE, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(RESULTS_START);
  const end = current.indexOf(RESULTS_END);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${block}${current.slice(end + RESULTS_END.length)}`
      : `${current.trimEnd()}\n\n${block}\n`;
  // Formatted as `npm run format:check` expects, so a bench run never breaks the test suite.
  const options = (await prettier.resolveConfig(BENCHMARKS_FILE)) ?? {};
  writeFileSync(BENCHMARKS_FILE, await prettier.format(next, { ...options, filepath: BENCHMARKS_FILE }));
}

// ---------------------------------------------------------------------------------------------
// The run

interface Resources {
  preview?: ChildProcess;
  context?: BrowserContext;
  profileDir?: string;
  memory?: MemorySampler;
}

async function run(resources: Resources): Promise<void> {
  const ranAt = new Date();
  log('Building the production renderer into out/bench …');
  await buildRenderer();
  const port = await freePort(PREFERRED_PORT);
  resources.preview = await startPreview(port);
  log(`Serving it with vite preview on http://127.0.0.1:${port}`);

  log('Generating the benchmark journal …');
  const dataset = benchmarkDataset();
  log(
    `${dataset.sessions.toLocaleString('en-GB')} workouts, ${dataset.symptoms.toLocaleString('en-GB')} symptoms, ` +
      `backup ${formatValue(dataset.json.length / 1024 / 1024, 'MB')}`,
  );

  resources.profileDir = mkdtempSync(join(os.tmpdir(), 'journal-bench-'));
  const context = await launchChromium(resources.profileDir, dataset.timeZone);
  resources.context = context;
  const machine = describeMachine(await chromiumVersion(context));
  log(`Chromium ${machine.chromium} on ${machine.cpu} (${machine.cores} cores)`);
  const memory = new MemorySampler();
  resources.memory = memory;
  memory.start();
  const session = new Session(context, `http://127.0.0.1:${port}`, memory);
  const figures: Figure[] = [];

  log('Importing through Settings → Your data → Restore …');
  figures.push(await measureImport(session, dataset));

  memory.phase = 'Trends 3 months';
  log('Opening Trends (3 months) in new tabs …');
  const openDefault = await measureColdOpen(session, RANGE_LABEL.threeMonths);
  figures.push({
    name: 'Trends cold open, 3 months',
    value: median(openDefault.runs),
    unit: 'ms',
    runs: openDefault.runs,
    budget: BUDGET.trendsOpenMs,
    note: `${openDefault.cards} chart cards; the insights (worked out after the charts' numbers, often shown before the charts finish drawing) at ${formatValue(median(openDefault.insights), 'ms')}`,
    remedy: REMEDY.trendsOpen,
  });

  memory.phase = 'range change';
  log('Changing the range …');
  const changes = await measureRangeChange(session, [RANGE_LABEL.oneYear, RANGE_LABEL.all]);
  for (const [label, runs] of changes) {
    figures.push({
      name: `Range change 3 months → ${label}`,
      value: median(runs),
      unit: 'ms',
      runs,
      budget: BUDGET.rangeChangeMs,
      remedy: REMEDY.rangeChange,
    });
  }

  memory.phase = 'Trends All';
  log('Opening Trends (All) in new tabs …');
  await rememberRange(session, RANGE_LABEL.all);
  const openAll = await measureColdOpen(session, RANGE_LABEL.all);
  await rememberRange(session, RANGE_LABEL.threeMonths);
  figures.push({
    name: 'Trends cold open, All',
    value: median(openAll.runs),
    unit: 'ms',
    runs: openAll.runs,
    budget: BUDGET.trendsOpenMs,
    note: `${openAll.cards} chart cards; the insights (worked out after the charts' numbers, often shown before the charts finish drawing) at ${formatValue(median(openAll.insights), 'ms')}`,
    remedy: REMEDY.trendsOpen,
  });

  memory.phase = 'reads';
  log('Reading every row: the app’s query against raw IndexedDB getAll …');
  const reads = await measureReads(session, dataset);
  const appMs = median(reads.app.map((reply) => reply.ms));
  const rawMs = median(reads.raw.map((reply) => reply.ms));
  const ratios = reads.app.map((reply, index) => reply.ms / (reads.raw[index]?.ms ?? Number.NaN));

  memory.phase = 'export';
  log('Backing up …');
  const exports = await measureExport(session);
  figures.push({
    name: 'Backup export (Back up now)',
    value: median(exports),
    unit: 'ms',
    runs: exports,
    budget: null,
  });

  memory.phase = 'log symptom';
  log('Logging symptoms with Trends open in another tab …');
  const logged = await measureLogSymptom(session);
  figures.push(
    {
      name: 'New symptom visible in the timeline',
      value: median(logged.timeline),
      unit: 'ms',
      runs: logged.timeline,
      budget: BUDGET.newEntryMs,
      remedy: REMEDY.newEntryTimeline,
    },
    {
      name: 'New symptom counted in open charts',
      value: median(logged.charts),
      unit: 'ms',
      runs: logged.charts,
      budget: BUDGET.newEntryMs,
      remedy: REMEDY.newEntryCharts,
    },
  );

  figures.push({
    name: 'Load time against raw IndexedDB',
    value: appMs / rawMs,
    unit: '×',
    runs: ratios,
    budget: BUDGET.loadRatio,
    note: `app ${formatValue(appMs, 'ms')}, raw getAll ${formatValue(rawMs, 'ms')} (medians)`,
    remedy: REMEDY.loadRatio,
  });

  memory.stop();
  const appPhases = [...memory.peaks.entries()].filter(([phase]) => !BENCH_ONLY_PHASES.includes(phase));
  const peakPhase = appPhases.reduce<[Phase, PhasePeak] | null>(
    (best, entry) => (best === null || entry[1].privateMb > best[1].privateMb ? entry : best),
    null,
  );
  const peakHeap = Math.max(0, ...appPhases.map(([, peak]) => peak.heapMb));
  if (memory.procAvailable && peakPhase !== null) {
    figures.push({
      name: 'Peak renderer memory (private)',
      value: peakPhase[1].privateMb,
      unit: 'MB',
      runs: [],
      budget: BUDGET.memoryMb,
      note: `during ${peakPhase[0]}; all renderers ${formatValue(peakPhase[1].totalPrivateMb, 'MB')}; page JS heap peak ${formatValue(peakHeap, 'MB')}`,
      remedy: REMEDY.memory,
    });
  } else {
    figures.push({
      name: 'Peak page JS heap',
      value: peakHeap,
      unit: 'MB',
      runs: [],
      budget: BUDGET.memoryMb,
      note: 'no /proc here: main-thread heap only, workers not included',
      remedy: REMEDY.memory,
    });
  }

  printFigures(figures);
  if (session.problems.length > 0) {
    log(`The app reported ${session.problems.length} error(s) during the run:`);
    for (const problem of session.problems.slice(0, 10)) log(`  ${problem}`);
  }
  await writeBenchmarks(resultsMarkdown(figures, machine, dataset, memory, ranAt));
  log('Wrote BENCHMARKS.md');
}

async function main(): Promise<void> {
  const resources: Resources = {};
  let cleaned = false;
  const cleanUp = async () => {
    if (cleaned) return;
    cleaned = true;
    resources.memory?.stop();
    await resources.context?.close().catch(() => undefined);
    if (resources.preview !== undefined) await stopChild(resources.preview);
    if (resources.profileDir !== undefined) rmSync(resources.profileDir, { recursive: true, force: true });
  };
  // Ctrl+C must not leave a server or a browser behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void cleanUp().finally(() => process.exit(130));
    });
  }
  try {
    await run(resources);
  } finally {
    await cleanUp();
  }
}

main().then(
  () => {
    process.exitCode = 0;
  },
  (error: unknown) => {
    console.error('[bench] crashed:', error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
