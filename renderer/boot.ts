import { startTrendsWorker } from './features/trends/start-trends-worker';
import { showStartupError } from './startup-error';

/**
 * The first code a window runs, kept small. A window opening on Trends, the screen that reads the
 * most, starts the Trends worker here: the worker opens the journal and reads the period the screen
 * will show on the other core while this thread is still evaluating the rest of the app (about a
 * tenth of a second on a two-core machine). The app is imported after that.
 */
const trendsWorker = /^#\/?trends(\/|$)/.test(window.location.hash) ? startTrendsWorker() : null;

import('./main').then(({ startApp }) => startApp(trendsWorker), showStartupError);
