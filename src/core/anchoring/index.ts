export { CONTEXT_CHARS, describeRange, type QuoteSelector } from './selector';
export { diffTexts, mapOffset, type EqualRun, type MappedOffset, type TextDiff } from './text-diff';
export { exactOccurrences, matchQuote, similarity, type MatchOptions, type QuoteContext, type QuoteMatch } from './match-quote';
export { reanchorAll, reanchorOne, type AnchorToPlace, type ReanchoredAnchor, type ReanchorMethod, type ReanchorOptions, type ReanchorStatus } from './reanchor';
