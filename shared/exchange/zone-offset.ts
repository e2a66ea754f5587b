const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * UTC offsets of one IANA time zone, from the zone rules the runtime ships (Intl), so they follow
 * daylight-saving changes and not the zone the computer happens to be in.
 */
export class ZoneOffsets {
  private readonly format: Intl.DateTimeFormat;

  /** Throws RangeError for a zone the runtime does not know. */
  constructor(timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  }

  /** Minutes east of UTC at the instant `ms`. */
  offsetAt(ms: number): number {
    const name = this.format.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
    // `longOffset` gives "GMT" for UTC itself and "GMT+05:30" otherwise; historic zones may add seconds.
    const match = /^GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(name);
    if (!match) return 0;
    const minutes = Number(match[2]) * 60 + Number(match[3]) + Math.round(Number(match[4] ?? 0) / 60);
    return match[1] === '-' ? -minutes : minutes;
  }

  /**
   * The instant a wall-clock reading (given as milliseconds whose UTC fields are the local date and
   * time) stands for. A reading the clock repeated when it went back is the first of the two; one it
   * skipped when it went forward is read with the offset from before the change, so it lands just
   * after it (02:30 on a spring-forward night in Berlin becomes 03:30 summer time).
   */
  instantOfWallClock(wallMs: number): number {
    const before = this.offsetAt(wallMs - DAY);
    const after = this.offsetAt(wallMs + DAY);
    const valid = [before, after]
      .map((offset) => wallMs - offset * MINUTE)
      .filter((instant) => wallMs - this.offsetAt(instant) * MINUTE === instant);
    return valid.length > 0 ? Math.min(...valid) : wallMs - before * MINUTE;
  }
}
