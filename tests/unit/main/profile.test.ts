import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveProfileOverride } from '../../../main/profile';

const cwd = resolve('/home/ada/journal');
const electronArgv = ['/opt/journal/journal', '.'];

describe('resolveProfileOverride', () => {
  it('keeps the default profile when nothing moves it', () => {
    expect(resolveProfileOverride(electronArgv, {}, cwd)).toBeNull();
  });

  it('takes --profile=PATH', () => {
    const profile = resolve('/tmp/journal-test');
    expect(resolveProfileOverride([...electronArgv, `--profile=${profile}`], {}, cwd)).toBe(profile);
  });

  it('takes HEALTH_JOURNAL_PROFILE', () => {
    const profile = resolve('/media/usb/journal');
    expect(resolveProfileOverride(electronArgv, { HEALTH_JOURNAL_PROFILE: profile }, cwd)).toBe(profile);
  });

  it('prefers the switch over the environment variable', () => {
    expect(
      resolveProfileOverride([...electronArgv, '--profile=/from/switch'], { HEALTH_JOURNAL_PROFILE: '/from/env' }, cwd),
    ).toBe(resolve('/from/switch'));
  });

  it('resolves relative paths against the working directory', () => {
    expect(resolveProfileOverride([...electronArgv, '--profile=.profile-dev'], {}, cwd)).toBe(
      resolve(cwd, '.profile-dev'),
    );
    expect(resolveProfileOverride(electronArgv, { HEALTH_JOURNAL_PROFILE: '../elsewhere' }, cwd)).toBe(
      resolve(cwd, '../elsewhere'),
    );
  });

  it('ignores empty values', () => {
    expect(resolveProfileOverride([...electronArgv, '--profile='], {}, cwd)).toBeNull();
    expect(resolveProfileOverride(electronArgv, { HEALTH_JOURNAL_PROFILE: '' }, cwd)).toBeNull();
    expect(resolveProfileOverride(electronArgv, { HEALTH_JOURNAL_PROFILE: '   ' }, cwd)).toBeNull();
    expect(resolveProfileOverride([...electronArgv, '--profile='], { HEALTH_JOURNAL_PROFILE: '/from/env' }, cwd)).toBe(
      resolve('/from/env'),
    );
  });

  it('lets a later switch win over an earlier one', () => {
    expect(resolveProfileOverride([...electronArgv, '--profile=/first', '--profile=/second'], {}, cwd)).toBe(
      resolve('/second'),
    );
  });

  it('does not mistake similar switches for it', () => {
    expect(
      resolveProfileOverride([...electronArgv, '--profile-directory=Default', '--profiles=/x'], {}, cwd),
    ).toBeNull();
    expect(resolveProfileOverride([...electronArgv, '--profile', '/separate/value'], {}, cwd)).toBeNull();
  });

  it('keeps spaces and unicode in the path', () => {
    const profile = resolve('/Users/Zoë/Health Journal');
    expect(resolveProfileOverride([...electronArgv, `--profile=${profile}`], {}, cwd)).toBe(profile);
  });
});
