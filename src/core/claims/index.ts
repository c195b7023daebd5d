/**
 * Claim intelligence: check-worthy claims with reasons, types, speakers,
 * clustering, and matching against past checks. Pure (no DOM, no Node).
 */
export { detectClaims, analyzeClaims, type DetectOptions, type ClaimAnalysis } from './detect';
export type { SpeakerEntry } from './coreference';
export { renameSpeaker, mergeSpeakers, renameInList, mergeInList, speakerCounts, canonicalIn, sameSpeaker } from './speakers';
export { claimSimilarity, claimTerms, similarityOf, type ClaimTerms } from './similarity';
export { matchPastChecks, pastCheckLabel, PAST_CHECK_THRESHOLD, type CheckedClaim, type PastCheckMatch, type MatchOptions } from './match';
export { checkWorthiness as englishCheckWorthiness, LEARNED_THRESHOLD } from './learned/ranker';
export { RULE_WEIGHTS, ruleWeightsFor, type RuleWeights } from './weights';
export { SIGNAL_CODES, type SignalCode } from './signals';
export { attributeRanges, type RangeAttribution } from './attribute-range';
