import { reanchorAll } from '../../../src/core/anchoring/reanchor';
import type { Scenario } from '../../fixtures/anchoring/scenario';
import { hypothesisAnchor } from './hypothesis-anchor';

export function runOurs(s: Scenario) {
  return reanchorAll(s.oldText, s.newText, s.anchors).map((r) => (r.status === 'orphaned' ? null : { start: r.start, end: r.end }));
}

export function runHypothesis(s: Scenario) {
  return s.anchors.map((a) => hypothesisAnchor(s.newText, a));
}
