export { segmentSentences, segmentRange, type SegmentOptions } from './segment';
export { quotationSpans, type Span } from './quotes';
export { abbreviationsFor, type AbbreviationSet } from './abbreviations';
export { tokenize, foldForMatch, type Token, type TokenKind } from './tokens';
export { guessLanguage } from './language';
