import type { ReportLanguage } from './input';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** Month names per language, taken once from Intl (the same words Intl's long date style uses). */
const monthNames = new Map<ReportLanguage, string[]>();
function months(language: ReportLanguage): string[] {
  let names = monthNames.get(language);
  if (!names) {
    const f = new Intl.DateTimeFormat(language === 'fr' ? 'fr-CH' : 'en-GB', { month: 'long', timeZone: 'UTC' });
    names = Array.from({ length: 12 }, (_, m) => f.format(Date.UTC(2023, m, 15)));
    monthNames.set(language, names);
  }
  return names;
}

// A report of 1,000 claims formats ~10,000 dates, many of them equal: remember the last ones.
const memo = new Map<string, string>();

/**
 * An ISO 8601 date or date-time as a reader reads it ("13 September 2023 at 09:27",
 * "13 septembre 2023 à 09:27"): the wall-clock time the source gave, never
 * shifted to the machine's zone. A time in UTC ("Z") is labelled so; any
 * other text is returned as it was written, never guessed at.
 */
export function formatDate(iso: string, language: ReportLanguage): string {
  const key = language + iso;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const text = format(iso, language);
  if (memo.size > 5000) memo.clear();
  memo.set(key, text);
  return text;
}

function format(iso: string, language: ReportLanguage): string {
  const m = ISO.exec(iso.trim());
  if (!m) return iso;
  const [, y, mo, d, h, mi, , zone] = m;
  const month = months(language)[Number(mo) - 1];
  const day = Number(d);
  if (month === undefined || day < 1 || day > 31) return iso;
  // French writes the first of the month as an ordinal: «1er décembre», never «1 décembre».
  const date = `${language === 'fr' && day === 1 ? '1er' : day} ${month} ${y}`;
  if (h === undefined) return date;
  const time = `${date} ${language === 'fr' ? 'à' : 'at'} ${h}:${mi}`;
  if (zone === undefined) return time;
  return zone === 'Z' ? `${time} UTC` : `${time} (UTC${zone})`;
}

/** The date part alone ("2023-09-13") for machine-oriented formats. */
export function isoDay(iso: string): string {
  const m = ISO.exec(iso.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : iso;
}
