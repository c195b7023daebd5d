import type { IsoDate } from '../model';
import type { LanguageRules } from './rules/types';
import type { DateRole } from './units';

/**
 * Datelines as news pages print them — "13.9.2023 - 09:27", "le 14.09.2020 à 11h46",
 * "Monday 28 September 2020 19:27", "Feb 18, 2020", "Créé: 12.12.2019, 07h36" —
 * read into ISO 8601 without seconds ("2023-09-13T09:27"), because the source has none.
 */

export interface ParsedDate {
  iso: IsoDate;
  role: DateRole | null;
}

interface DateGrammar {
  prefixes: { role: DateRole; pattern: RegExp }[];
  weekday: RegExp;
  dayMonthYear: RegExp;
  monthDayYear: RegExp;
  time: RegExp;
  months: Record<string, number>;
}

const grammarCache = new WeakMap<LanguageRules[], DateGrammar>();

function alt(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

function grammar(rules: LanguageRules[]): DateGrammar {
  const cached = grammarCache.get(rules);
  if (cached) return cached;
  const months: Record<string, number> = {};
  for (const r of rules) Object.assign(months, r.months);
  const month = `(?<month>${alt(Object.keys(months))})\\.?`;
  const weekdays = rules.flatMap((r) => r.weekdays);
  const joiners = alt(new Set(rules.flatMap((r) => r.dateTimeJoiners)));
  const built: DateGrammar = {
    prefixes: rules.flatMap((r) => r.datePrefixes),
    weekday: new RegExp(`^(?:${alt(weekdays)})\\.?,?\\s+`, 'iu'),
    dayMonthYear: new RegExp(`^(?<day>\\d{1,2})(?:er|e|st|nd|rd|th)?\\.?\\s+${month},?\\s+(?<year>\\d{4})`, 'iu'),
    monthDayYear: new RegExp(`^${month}\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})`, 'iu'),
    time: new RegExp(
      `^(?:\\s*(?:${joiners})?\\s*)(?<hour>\\d{1,2})\\s*[:hH.]\\s*(?<minute>\\d{2})(?:\\s*(?<ampm>[ap]\\.?m\\.?))?` +
        `(?:\\s*(?:[A-Z]{2,5}|(?:UTC|GMT)?[+-]\\d{1,2}(?::?\\d{2})?))?`,
      'u',
    ),
    months,
  };
  grammarCache.set(rules, built);
  return built;
}

const NUMERIC = /^(?<a>\d{1,2})[./](?<b>\d{1,2})[./](?<year>\d{4})/u;
const ISO = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:[T ](?<hour>\d{2}):(?<minute>\d{2}))?/u;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function validDay(year: number, month: number, day: number): boolean {
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A whole line that is a date (with an optional label, weekday and time), or null.
 * With `whole: false`, the date only has to start the text.
 */
/** Every date format we read has a four-digit year: a cheap test that spares most lines the full parse. */
const HAS_YEAR = /(?:^|\D)(?:1[89]|2[01])\d\d(?:\D|$)/u;

export function parseDateLine(line: string, rules: LanguageRules[], whole = true): ParsedDate | null {
  if (!HAS_YEAR.test(line)) return null;
  const g = grammar(rules);
  let text = line.trim().replace(/^\(\s*|\s*\)$/gu, '');
  let role: DateRole | null = null;
  for (const prefix of g.prefixes) {
    const m = prefix.pattern.exec(text);
    if (m && m[0].length > 0) {
      role = prefix.role;
      text = text.slice(m[0].length);
      break;
    }
  }
  text = text.replace(g.weekday, '');
  let year: number;
  let month: number;
  let day: number;
  let rest: string;
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(text))) {
    year = Number(m.groups!.year);
    month = Number(m.groups!.month);
    day = Number(m.groups!.day);
    rest = text.slice(m[0].length);
    if (m.groups!.hour) rest = ` ${m.groups!.hour}:${m.groups!.minute}${rest}`;
  } else if ((m = NUMERIC.exec(text))) {
    // Day first, as Europe writes it; month first only when the day cannot be a month.
    let a = Number(m.groups!.a);
    let b = Number(m.groups!.b);
    if (b > 12 && a <= 12) [a, b] = [b, a];
    year = Number(m.groups!.year);
    month = b;
    day = a;
    rest = text.slice(m[0].length);
  } else if ((m = g.dayMonthYear.exec(text) ?? g.monthDayYear.exec(text))) {
    year = Number(m.groups!.year);
    month = g.months[m.groups!.month!.toLowerCase()] ?? 0;
    day = Number(m.groups!.day);
    rest = text.slice(m[0].length);
  } else {
    return null;
  }
  if (!validDay(year, month, day)) return null;
  let iso = `${year}-${pad(month)}-${pad(day)}`;
  const t = g.time.exec(rest);
  if (t) {
    let hour = Number(t.groups!.hour);
    const minute = Number(t.groups!.minute);
    const ampm = t.groups!.ampm?.toLowerCase();
    if (ampm?.startsWith('p') && hour < 12) hour += 12;
    if (ampm?.startsWith('a') && hour === 12) hour = 0;
    if (hour <= 23 && minute <= 59) {
      iso += `T${pad(hour)}:${pad(minute)}`;
      rest = rest.slice(t[0].length);
    }
  }
  if (whole && rest.replace(/[\s,.;)|–-]+/gu, '') !== '') return null;
  return { iso, role };
}

/**
 * A date from structured metadata ("2020-09-28T12:41:29.000Z", "2015-05-04T13:36:31+02:00")
 * as ISO 8601 that keeps what the source says — seconds and zone included when present,
 * fractions of a second dropped — or a printed date read like a dateline.
 */
export function normalizeIsoDate(value: string | null | undefined, rules: LanguageRules[]): IsoDate | null {
  if (!value) return null;
  const text = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/u.exec(text);
  if (m) {
    const [, y, mo, d, h, mi, s, zone] = m;
    if (!validDay(Number(y), Number(mo), Number(d))) return null;
    if (!h) return `${y}-${mo}-${d}`;
    const z = zone ? (zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`) : '';
    return `${y}-${mo}-${d}T${h}:${mi}${s ? `:${s}` : ''}${z}`;
  }
  return parseDateLine(text, rules, false)?.iso ?? null;
}
