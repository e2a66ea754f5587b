import { describe, expect, it } from 'vitest';
import { readAfterWrites, type IdleQueryResult } from '../../../renderer/db/use-idle-query';

/** A read whose answers are given by the test, in any order. */
function controlledReads() {
  const waiting: { resolve: (value: string) => void; reject: (error: unknown) => void }[] = [];
  const read = () => new Promise<string>((resolve, reject) => waiting.push({ resolve, reject }));
  return { read, waiting };
}

/** Journal writes and idle moments, both given by the test. */
function controlledWindow() {
  const writeListeners = new Set<() => void>();
  const idleRuns: (() => void)[] = [];
  return {
    listen: (onWrite: () => void) => {
      writeListeners.add(onWrite);
      return () => writeListeners.delete(onWrite);
    },
    whenIdle: (run: () => void) => {
      idleRuns.push(run);
      return () => idleRuns.splice(idleRuns.indexOf(run), 1);
    },
    write: () => writeListeners.forEach((listener) => listener()),
    becomeIdle: () => idleRuns.splice(0).forEach((run) => run()),
    listeners: () => writeListeners.size,
    idleRuns,
  };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('readAfterWrites', () => {
  it('reads at once, then once when idle after writes that came together', async () => {
    const { read, waiting } = controlledReads();
    const window = controlledWindow();
    const results: IdleQueryResult<string>[] = [];
    readAfterWrites(read, (result) => results.push(result), window.listen, window.whenIdle);
    expect(waiting).toHaveLength(1);
    waiting[0]?.resolve('first');
    await settled();
    expect(results).toEqual([{ value: 'first' }]);

    window.write();
    window.write();
    expect(waiting).toHaveLength(1);
    window.becomeIdle();
    expect(waiting).toHaveLength(2);
    waiting[1]?.resolve('after the writes');
    await settled();
    expect(results).toEqual([{ value: 'first' }, { value: 'after the writes' }]);
  });

  it('hands on only the latest read when an earlier one answers after it', async () => {
    const { read, waiting } = controlledReads();
    const window = controlledWindow();
    const results: IdleQueryResult<string>[] = [];
    readAfterWrites(read, (result) => results.push(result), window.listen, window.whenIdle);
    window.write();
    window.becomeIdle();
    expect(waiting).toHaveLength(2);
    waiting[1]?.resolve('newer');
    await settled();
    waiting[0]?.resolve('older');
    await settled();
    expect(results).toEqual([{ value: 'newer' }]);
  });

  it('hands on a failed read as a failure', async () => {
    const { read, waiting } = controlledReads();
    const window = controlledWindow();
    const results: IdleQueryResult<string>[] = [];
    readAfterWrites(read, (result) => results.push(result), window.listen, window.whenIdle);
    const failure = new Error('The journal could not be read');
    waiting[0]?.reject(failure);
    await settled();
    expect(results).toEqual([{ failure }]);
  });

  it('hands on nothing once stopped, and stops listening and waiting', async () => {
    const { read, waiting } = controlledReads();
    const window = controlledWindow();
    const results: IdleQueryResult<string>[] = [];
    const stop = readAfterWrites(read, (result) => results.push(result), window.listen, window.whenIdle);
    window.write();
    expect(window.idleRuns).toHaveLength(1);
    stop();
    expect(window.listeners()).toBe(0);
    expect(window.idleRuns).toHaveLength(0);
    waiting[0]?.resolve('too late');
    await settled();
    expect(results).toEqual([]);
  });
});
