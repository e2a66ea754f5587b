/** Workers that stopped with an error before the app took them over. */
const failedEarly = new WeakSet<Worker>();

/**
 * Starts the Trends worker, which on starting reads the period the Trends screen shows before the
 * screen asks (see `trends.worker.ts`). Apart from `trends-client.ts` so that `boot.ts` can start it before the app's
 * own modules are evaluated.
 */
export function startTrendsWorker(): Worker {
  const worker = new Worker(new URL('./trends.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('error', () => failedEarly.add(worker), { once: true });
  return worker;
}

/** True when the worker stopped with an error, which may have happened before anyone listened. */
export function workerFailed(worker: Worker): boolean {
  return failedEarly.has(worker);
}
