export { detectClaims, analyzeClaims, type DetectOptions, type ClaimAnalysis } from './detect';
export type { SpeakerEntry } from './coreference';
