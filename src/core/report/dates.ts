import type { ReportLanguage } from './input';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: ReportLanguage, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}:${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    // Formatting in UTC from the written components shows the wall-clock time the
    // source gave ("13.9.2023 - 09:27" stays 09:27), whatever the machine's zone.
    f = new Intl.DateTimeFormat(language === 'fr' ? 'fr-CH' : 'en-GB', {
      dateStyle: 'long',
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone: 'UTC',
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * An ISO 8601 date or date-time as a reader reads it ("13 September 2023, 09:27",
 * "13 septembre 2023 à 09:27"). A time in UTC ("Z") is labelled so; any other
 * text is returned as it was written, never guessed at.
 */
export function formatDate(iso: string, language: ReportLanguage): string {
  const m = ISO.exec(iso.trim());
  if (!m) return iso;
  const [, y, mo, d, h, mi, , zone] = m;
  const withTime = h !== undefined;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0));
  if (Number.isNaN(ms)) return iso;
  const text = formatter(language, withTime).format(ms);
  if (!withTime || zone === undefined) return text;
  return zone === 'Z' ? `${text} UTC` : `${text} (UTC${zone})`;
}

/** The date part alone ("2023-09-13") for machine-oriented formats. */
export function isoDay(iso: string): string {
  const m = ISO.exec(iso.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : iso;
}
