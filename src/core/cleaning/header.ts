import type { IsoDate } from '../model';
import type { LanguageRules } from './rules/types';
import { agencyOf, WIRE_DATELINE } from './rules/common';
import { splitGluedKicker, splitGluedLead } from './headline';
import { type LineState, countWords, isOpen, setText } from './units';
import { normalizedText } from './near-duplicates';

/** Metadata read from the text itself. */
export interface TextMeta {
  title: string | null;
  kicker: string | null;
  byline: string | null;
  outlet: string | null;
  publishedAt: IsoDate | null;
  modifiedAt: IsoDate | null;
}

/** The first line of running text that is not a caption: everything before it is the page's header. */
export function headerEnd(states: LineState[]): number {
  for (let i = 0; i < states.length; i++) {
    const s = states[i]!;
    if (s.fold === null && s.bodyLike && s.block !== 'caption') return i;
  }
  return states.length;
}

const NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:de |van |von |da |di |le |la )?\p{Lu}[\p{L}'’-]*\.?){1,3}$/u;

/**
 * Title and kicker of flat text: the first short line with a few words is the
 * headline; short lines before it are kickers ("Montréal", "US & Canada").
 * Both are folded as `headline` and read into the metadata, as are their repeats.
 */
export function readTitle(states: LineState[], end: number, rules: LanguageRules[]): { title: string | null; kicker: string | null } {
  let title: string | null = null;
  let kicker: string | null = null;
  let titleIndex = -1;
  const open: number[] = [];
  for (let i = 0; i <= end && i < states.length; i++) {
    const s = states[i]!;
    if (!isOpen(s)) continue;
    // Running text is not a title, unless it is the first line and reads like a long headline.
    if (i === end && (s.words >= 30 || /[.!?…]["'”’»]*$/u.test(s.text))) break;
    open.push(i);
  }
  // The title: of the header's lines with a few words, the one that reads most like a headline.
  let best = -1;
  let bestScore = -Infinity;
  for (let k = 0; k < open.length; k++) {
    const s = states[open[k]!]!;
    const words = letterWords(s.text);
    const next = open[k + 1] !== undefined && open[k + 1]! < end ? states[open[k + 1]!]! : undefined;
    // "US & Canada" above "Coronavirus: New York ramps up…" is a kicker, not the title.
    if (words < 3 || (words <= 3 && next !== undefined && letterWords(next.text) >= 4) || s.words > 40) continue;
    const score = titleScore(states, open[k]!, end);
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  if (best < 0) return { title: null, kicker: null };
  titleIndex = open[best]!;
  title = states[titleIndex]!.text;
  states[titleIndex]!.fold = 'headline';
  states[titleIndex]!.role = 'title';
  // The kicker is the short line just above the title ("Montréal", "Santé" twice); lines further up are the page's.
  for (let k = best - 1; k >= 0 && titleIndex - open[k]! <= 6; k--) {
    const s = states[open[k]!]!;
    if (letterWords(s.text) > 5) break;
    if (kicker !== null && s.text !== kicker) break;
    s.fold = 'headline';
    s.role = 'kicker';
    kicker = s.text;
  }
  // Above the headline and its kicker is the page, not the article: menus, section lists, teasers.
  for (let i = 0; i < titleIndex; i++) if (isOpen(states[i]!)) states[i]!.fold = 'related';
  if (kicker === null) {
    const split = splitGluedKicker(title!, rules);
    if (split) {
      kicker = split.kicker;
      title = split.headline;
    }
  }
  if (kicker === null) {
    // "AgricultureL'Office fédéral…": the kicker glued to the lead.
    const lead = states.slice(titleIndex + 1, end + 1).find((s) => isOpen(s));
    const split = lead ? splitGluedLead(lead.text) : null;
    if (lead && split && countWords(split.rest) >= 5) {
      kicker = split.kicker;
      lead.cuts.push({ text: split.kicker, kind: 'headline', at: 'start' });
      setText(lead, split.rest);
    }
  }
  foldRepeats(states, titleIndex, [title!, kicker, states[titleIndex]!.text]);
  return { title, kicker };
}

const SEPARATORS = /[▪•|·›»]/gu;

/**
 * How much a header line reads like the headline: a date, byline or credit
 * right after it (the headline's usual company), a headline's length, and
 * not a menu flattened into one line ("Politique ▪ Société ▪ Culture").
 */
function titleScore(states: LineState[], i: number, end: number): number {
  const s = states[i]!;
  let score = 0;
  for (let j = i + 1; j <= Math.min(i + 5, end, states.length - 1); j++) {
    const next = states[j]!;
    if (next.fold === 'dateline' || next.fold === 'credit' || next.byline !== undefined) {
      score += 2;
      break;
    }
  }
  const words = letterWords(s.text);
  if (words >= 4 && words <= 25) score += 1;
  if ((s.text.match(SEPARATORS)?.length ?? 0) >= 2) score -= 3;
  if (/\.$/u.test(s.text)) score -= 1;
  return score;
}

function letterWords(text: string): number {
  return text.split(/\s+/u).filter((t) => /\p{L}/u.test(t)).length;
}

/** Repeats of the title or kicker further down ("Le ministre de la Santé sommé de démissionner" ×4). */
export function foldRepeats(states: LineState[], after: number, texts: (string | null)[]): void {
  const given = texts.filter((t): t is string => t !== null);
  const keys = new Set(given.map(normalizedText));
  const lengths = given.map((t) => t.length);
  // Only a line of about the same length can repeat one of them: the others are not normalised at all.
  const near = (n: number) => lengths.some((l) => Math.abs(n - l) <= l * 0.2 + 4);
  for (let i = after + 1; i < states.length; i++) {
    const s = states[i]!;
    if (isOpen(s) && !s.bodyLike && near(s.text.length) && keys.has(normalizedText(s.text))) s.fold = 'headline';
  }
}

/** A bare name next to the dateline in the header ("Jeanne Corriveau" / "19 février 2020") is the byline. */
export function readBareByline(states: LineState[], end: number): void {
  for (let i = 0; i < end; i++) {
    const s = states[i]!;
    if (!isOpen(s) || !NAME.test(s.text) || s.words > 5) continue;
    let dateAt = -1;
    for (let j = Math.max(0, i - 2); j <= Math.min(end, i + 4, states.length - 1); j++) if (states[j]!.fold === 'dateline') dateAt = j;
    if (dateAt < 0) continue;
    s.fold = 'credit';
    s.byline = s.text;
    // Between the name and the date: the author's role and handle ("Political Editor", "@andywoodcock").
    for (let j = i + 1; j < dateAt; j++) {
      const between = states[j]!;
      if (isOpen(between) && !between.bodyLike && between.words <= 5) between.fold = 'credit';
    }
    return;
  }
}

function moreExact(a: IsoDate, b: IsoDate): boolean {
  return a.slice(0, 10) === b.slice(0, 10) && a.length > b.length;
}

/** Byline, dates and outlet from the lines the cleaner folded. */
export function readTextMeta(states: LineState[], end: number, title: string | null, kicker: string | null): TextMeta {
  let byline: string | null = null;
  let publishedAt: IsoDate | null = null;
  let modifiedAt: IsoDate | null = null;
  let outlet: string | null = null;
  let lastKept = -1;
  for (let i = 0; i < states.length; i++) if (states[i]!.fold === null) lastKept = i;

  for (let i = 0; i < states.length; i++) {
    const s = states[i]!;
    const inHeader = i < end;
    // Bylines: any in the header; further down only one a label announced ("Auteur :" / "Anna Kubišta").
    if (s.byline && byline === null && (inHeader || states[i - 1]?.labelFor === 'byline')) byline = s.byline;
    if (s.fold === 'dateline' && s.date) {
      const { iso, role } = s.date;
      if (role === 'modified') {
        if (modifiedAt === null || moreExact(iso, modifiedAt)) modifiedAt = iso;
      } else if (inHeader || role === 'published') {
        if (publishedAt === null || moreExact(iso, publishedAt)) publishedAt = iso;
      }
    }
    if (outlet === null && s.fold === 'credit' && !s.byline && (inHeader || i > lastKept)) outlet = agencyOf(s.unit.text);
    if (outlet === null && s.fold === null) {
      for (const cut of s.cuts) if (cut.kind === 'credit') outlet = agencyOf(cut.text);
    }
  }
  if (outlet === null) {
    const first = states.find((s) => s.fold === null && s.bodyLike);
    const wire = first ? WIRE_DATELINE.exec(first.text) : null;
    if (wire) outlet = agencyOf(wire[1]!);
  }
  return { title, kicker, byline, outlet, publishedAt, modifiedAt };
}
