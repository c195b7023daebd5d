export { parseClaimReview, type PastCheck } from './parse';
export { isoDate } from './dates';
export { verdictClass, type VerdictClass } from './verdict';
