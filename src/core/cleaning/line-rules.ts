import type { LanguageRules, LineRule } from './rules/types';
import { holdsOne } from './rules/requires';

/**
 * The whole-line rules of every language, in order, grouped by the word
 * counts they apply to (`maxWords`): a line is only tried against the rules
 * that may fold it, with no per-rule test of its length, and a rule's
 * `requires` (see rules/requires.ts) is looked up before its pattern.
 */
interface Entry {
  rule: LineRule;
  pattern: RegExp;
  requires: readonly string[] | undefined;
  /** Look the required texts up in the lower-cased line. */
  caseless: boolean;
}

export interface LineRuleTable {
  /** The first rule, in order, that folds a line of this text and word count. */
  firstMatch(text: string, words: number): LineRule | undefined;
}

const cache = new WeakMap<LanguageRules[], LineRuleTable>();

export function lineRuleTable(rules: LanguageRules[]): LineRuleTable {
  const cached = cache.get(rules);
  if (cached) return cached;
  const all: Entry[] = rules.flatMap((r) => r.lines).map((rule) => ({ rule, pattern: rule.pattern, requires: rule.requires, caseless: rule.pattern.ignoreCase }));
  const limits = [...new Set(all.flatMap((e) => (e.rule.maxWords === undefined ? [] : [e.rule.maxWords])))].sort((a, b) => a - b);
  // groups[k]: the rules for word counts in (limits[k - 1], limits[k]]; the last group is for counts above every limit.
  const groups = [...limits, Infinity].map((limit) => all.filter((e) => e.rule.maxWords === undefined || e.rule.maxWords >= limit));
  const top = limits[limits.length - 1] ?? 0;
  const groupOf = new Uint8Array(top + 1);
  for (let words = 0, k = 0; words <= top; words++) {
    while (words > limits[k]!) k++;
    groupOf[words] = k;
  }
  const table: LineRuleTable = {
    firstMatch(text, words) {
      const group = groups[words <= top ? groupOf[words]! : limits.length]!;
      let lower: string | null = null;
      for (const e of group) {
        if (e.requires !== undefined && !holdsOne(e.caseless ? (lower ??= text.toLowerCase()) : text, e.requires)) continue;
        if (e.pattern.test(text)) return e.rule;
      }
      return undefined;
    },
  };
  cache.set(rules, table);
  return table;
}
