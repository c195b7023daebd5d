/** Cleaning of imported articles: fold scraped noise, never delete it. Pure: no DOM, no Node. */
export { cleanUnits, type CleanOptions, type CleanResult } from './clean';
export { textUnits } from './lines';
export { parseDateLine, normalizeIsoDate, type ParsedDate } from './dates';
export { createDuplicateFinder, normalizeWords, type DuplicateFinder, type DuplicateOptions } from './near-duplicates';
export { splitGluedKicker } from './headline';
export { rulesFor, LANGUAGE_RULES, AGENCIES, agencyOf } from './rules/index';
export type { LanguageRules, LineRule, InlineRule, SectionRule, LabelRule, KeepRule } from './rules/types';
export type { Unit, LineState, Cut } from './units';
export type { TextMeta } from './header';
