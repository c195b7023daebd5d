import type { IsoDate } from '../model';

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A date as published in the wild, as ISO 8601: "2020-06-24 00:03" →
 * "2020-06-24T00:03"; "2020-03-27T10:46:13+0200" → "2020-03-27T10:46:13+02:00";
 * fractional seconds dropped; "30/04/2015" (day first), "April 30, 2015" and
 * "30 avril 2015" read. Null when it cannot be read.
 */
export function isoDate(raw: string | null | undefined): IsoDate | null {
  if (!raw) return null;
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, zone] = iso;
    if (!valid(+y!, +mo!, +d!)) return null;
    let out = `${y}-${pad(+mo!)}-${pad(+d!)}`;
    if (h !== undefined) {
      out += `T${pad(+h)}:${mi}`;
      if (sec !== undefined) out += `:${sec}`;
      if (zone) out += zone.toUpperCase() === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    }
    return out;
  }
  const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  if (dayFirst) {
    const [, d, mo, y] = dayFirst;
    return valid(+y!, +mo!, +d!) ? `${y}-${pad(+mo!)}-${pad(+d!)}` : null;
  }
  const monthName = /^([A-Za-zÀ-ÿ]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(s) ?? null;
  if (monthName) {
    const mo = MONTHS[monthName[1]!.toLowerCase()];
    const d = +monthName[2]!;
    const y = +monthName[3]!;
    return mo && valid(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  const dayMonth = /^(\d{1,2})(?:er)?\s+([A-Za-zÀ-ÿ]+)\.?\s+(\d{4})$/.exec(s);
  if (dayMonth) {
    const mo = MONTHS[dayMonth[2]!.toLowerCase()];
    const d = +dayMonth[1]!;
    const y = +dayMonth[3]!;
    return mo && valid(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  return null;
}

function valid(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}
