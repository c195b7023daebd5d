import { describe, expect, it } from 'vitest';
import { LANGUAGE_RULES } from '../../../src/core/cleaning/rules/index';
import { commonRules } from '../../../src/core/cleaning/rules/common';
import { REFERENCE, newsFiles, nonBlankLines, readText } from './helpers';

/**
 * An inline rule's `requires` lets the cleaner skip its pattern on lines that
 * lack the text: it must be in every match, or a credit would stay in the body.
 */
describe('inline rules that name the text they require', () => {
  const rules = [...Object.values(LANGUAGE_RULES), commonRules].flatMap((r) => r.inline).filter((r) => r.requires !== undefined);
  const lines = [...newsFiles(), REFERENCE].flatMap((f) => nonBlankLines(readText(f)));
  // Lines written to match each rule, and near misses (the credit words without the required text).
  const written = [
    'Kim Jong Un arrive au cosmodrome. KEYSTONExEPAxKCNA',
    'La vigne en Valais (ats/nxp)',
    'La vigne en Valais (Keystone-ATS)',
    'Roman Prymula, photo: Archives Keystone',
    'Le cosmodrome Vostotchny (Photo Prakash Mathema. AFP)',
    'Le cosmodrome Vostotchny imago images / Kyodo News',
    'Le cosmodrome Vostotchny IMAGO/UPI Photo',
    'Le cosmodrome Vostotchny, photo Keystone',
    'Le cosmodrome Vostotchny (ats',
  ];

  it('exist (the fast path is in use)', () => {
    expect(rules.length).toBeGreaterThanOrEqual(5);
  });

  it('hold the required text in every match, on the shared news texts and on written credits', () => {
    let matched = 0;
    for (const rule of rules) {
      for (const line of [...lines, ...written]) {
        const m = rule.pattern.exec(line);
        if (!m) continue;
        matched++;
        expect(m[0], `${rule.pattern.source.slice(0, 40)} on ${line}`).toContain(rule.requires);
      }
    }
    expect(matched).toBeGreaterThanOrEqual(rules.length);
  });
});
