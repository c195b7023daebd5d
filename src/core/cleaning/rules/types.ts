import type { BlockKind, FoldKind } from '../../model';

/**
 * Cleaning rules are data, one file per language (plus one for what no
 * language owns: rights tags, script text, counters). The cleaner merges every
 * language's rules, because scraped pages mix them (an English caption or a
 * "Tweet" button in a French page).
 */

/** A whole-line rule: a line that matches it is folded with `kind`. */
export interface LineRule {
  kind: FoldKind;
  /** Tested against the whole trimmed line. */
  pattern: RegExp;
  /** Longest line (in words) the rule may fold, so a real paragraph that happens to match is kept. */
  maxWords?: number;
  /** Texts of which every match holds one: a line with none is not given to the pattern (see requires.ts). */
  requires?: readonly string[];
}

/** A rule that keeps the line in the body but fixes its block kind (an embedded tweet's signature is a quote). */
export interface KeepRule {
  block: BlockKind;
  pattern: RegExp;
  /** Also give this kind to the line just before (the tweet text before its signature). */
  withPrevious?: boolean;
  /** Texts of which every match holds one: a line with none is not given to the pattern (see requires.ts). */
  requires?: readonly string[];
}

/** A piece cut off the start or end of a line: "(ats/nxp)", "Image: Keystone", a rights tag. */
export interface InlineRule {
  kind: FoldKind;
  /** Must be anchored: `$` for `at: 'end'`, `^` for `at: 'start'`. The match is what gets folded. */
  pattern: RegExp;
  at: 'start' | 'end';
  /** The block kind of what remains (a line that carried a photo credit is a caption). */
  restIs?: BlockKind;
  /**
   * Text that every match contains, exactly as written: a line without it is
   * not given to the pattern at all (an end-anchored pattern is tried at every
   * position of the window, and most lines carry no credit).
   */
  requires?: string;
}

/** A heading that opens a run of page furniture: "Articles en relation", "Related Coverage". */
export interface SectionRule {
  kind: FoldKind;
  pattern: RegExp;
}

/** What the line after a label is: "Par" → a byline, "Mis à jour :" → the modified date. */
export type LabelRole = 'byline' | 'published' | 'modified' | 'photo-credit' | 'caption';

export interface LabelRule {
  role: LabelRole;
  pattern: RegExp;
}

/** A text prefix that says which date a dateline is ("Créé:", "Last Modified:"), cut before parsing. */
export interface DatePrefix {
  role: 'published' | 'modified';
  pattern: RegExp;
}

export interface LanguageRules {
  /** ISO 639-1. "*" for the rules no language owns. */
  language: string;
  lines: LineRule[];
  keep: KeepRule[];
  inline: InlineRule[];
  sections: SectionRule[];
  labels: LabelRule[];
  datePrefixes: DatePrefix[];
  /** "By Jill Serjeant", "Par Sébastien Farcis": group `name` is the byline. */
  bylines: RegExp[];
  /** Month names and abbreviations → month number (1–12), lower case. */
  months: Record<string, number>;
  /** Weekday names, lower case, skipped in front of a date. */
  weekdays: string[];
  /** Words between a date and its time ("à", "at"). */
  dateTimeJoiners: string[];
  /**
   * Words that open a sentence (determiners, pronouns), capitalised as at the
   * start of a headline. They tell where a kicker glued to its headline ends:
   * "Poutine - Kim Jong Un | La Corée du Nord…".
   */
  sentenceOpeners: string[];
}
