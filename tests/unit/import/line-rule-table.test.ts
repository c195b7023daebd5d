import { describe, expect, it } from 'vitest';
import { lineRuleTable } from '../../../src/core/cleaning/line-rules';
import { rulesFor } from '../../../src/core/cleaning/rules/index';
import { countWords } from '../../../src/core/cleaning/units';
import type { LanguageRules } from '../../../src/core/cleaning/rules/types';
import { REFERENCE, newsFiles, nonBlankLines, readText } from './helpers';

/** The plain reading of the whole-line rules: the first, in order, whose word limit allows the line and whose pattern matches. */
function firstByDefinition(rules: LanguageRules[], text: string, words: number) {
  return rules.flatMap((r) => r.lines).find((r) => (r.maxWords === undefined || words <= r.maxWords) && r.pattern.test(text));
}

describe('the table of whole-line rules', () => {
  const lines = [...newsFiles(), REFERENCE].flatMap((f) => nonBlankLines(readText(f)));
  const limits = [...new Set(rulesFor('fr').flatMap((r) => r.lines).flatMap((r) => (r.maxWords === undefined ? [] : [r.maxWords])))];
  // Each limit, one word either side, and counts far above: every group of the table.
  const counts = [0, 1, 500, ...limits.flatMap((l) => [l - 1, l, l + 1])];

  it('folds with the same rule as the plain reading, for every language order, line and word count', () => {
    let folded = 0;
    for (const language of ['fr', 'en', null]) {
      const rules = rulesFor(language);
      const table = lineRuleTable(rules);
      for (const line of lines) {
        for (const words of [countWords(line), ...counts]) {
          const expected = firstByDefinition(rules, line, words);
          if (expected) folded++;
          expect(table.firstMatch(line, words), `${line} (${words} words)`).toBe(expected);
        }
      }
    }
    expect(folded).toBeGreaterThan(1000);
  });
});
