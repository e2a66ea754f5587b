import { wallClockDate, type LocalStamp } from '../../shared/domain/local-time';

/** Building an Intl formatter is costly and the timeline formats every visible row: keep them. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Dates as the person reads them, in their language. Stored entries are shown at the wall-clock
 * time they were logged (their own offset), so the formatters read them as UTC fields.
 */
export function formatDay(day: string, locale: string): string {
  return dateFormatter(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

export function formatTimeOfDay(stamp: LocalStamp, locale: string): string {
  return dateFormatter(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(wallClockDate(stamp));
}

export function formatSessionOption(stamp: LocalStamp, locale: string): string {
  return dateFormatter(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(wallClockDate(stamp));
}

/** An instant (a backup's time) in this computer's own time zone. */
export function formatInstant(instant: string, locale: string): string {
  return dateFormatter(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

export function formatKilobytes(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024);
}

/** "21 Nov 2026": a day where space is short, as in the printed report's tables. */
export function formatShortDay(day: string, locale: string): string {
  return dateFormatter(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** File size limits, in whole megabytes: "256 MB". */
export function formatMegabytes(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 }).format(
    bytes / (1024 * 1024),
  );
}
