import { resolve } from 'node:path';
import { PROFILE_ENV_VAR, PROFILE_SWITCH } from '../shared/app-identity';

/**
 * Where the profile was moved to, from `--profile=PATH` or the `HEALTH_JOURNAL_PROFILE` variable,
 * as an absolute path; null keeps Electron's default `userData`. The switch wins over the variable,
 * and the last switch wins over earlier ones, as on most command lines. Empty values are ignored so
 * that `HEALTH_JOURNAL_PROFILE=` does not silently put the journal in the working directory.
 */
export function resolveProfileOverride(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string = process.cwd(),
): string | null {
  const prefix = `--${PROFILE_SWITCH}=`;
  const fromSwitch = argv.findLast((arg) => arg.startsWith(prefix))?.slice(prefix.length);
  const chosen = [fromSwitch, env[PROFILE_ENV_VAR]].find((value) => value !== undefined && value.trim() !== '');
  return chosen === undefined ? null : resolve(cwd, chosen);
}
