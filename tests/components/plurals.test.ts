import { describe, expect, it } from 'vitest';
import { en } from '../../src/ui/i18n/en';
import { fr } from '../../src/ui/i18n/fr';

/** Every string of the interface that counts something, with its key (a.b.c). */
function counted(table: object, prefix = ''): [string, string][] {
  return Object.entries(table).flatMap(([k, v]): [string, string][] =>
    typeof v === 'string' ? (/\{\{count\b/.test(v) ? [[`${prefix}${k}`, v]] : []) : counted(v as object, `${prefix}${k}.`),
  );
}

describe('counts in the interface follow each language’s plural rules', () => {
  for (const [lang, table] of [
    ['en', en],
    ['fr', fr],
  ] as const) {
    it(`${lang}: every string with {{count}} has its _one and _other forms (i18next picks them)`, () => {
      const keys = counted(table).map(([k]) => k);
      const bare = keys.filter((k) => !/_(one|other)$/.test(k));
      expect(bare).toEqual([]);
      for (const k of keys.filter((x) => x.endsWith('_one'))) expect(keys, k).toContain(k.replace(/_one$/, '_other'));
    });
  }

  it('French says one for 0 and 1, English for 1 only', async () => {
    const { i18n } = await import('../../src/ui/i18n/i18n.svelte');
    const { ed } = await import('../../src/ui/editor/strings');
    i18n.lang = 'fr';
    expect([0, 1, 2].map((count) => i18n.t('import.done', { title: 'X', count }))).toEqual(['«\u00a0X\u00a0» importé\u00a0: 0 affirmation trouvée.', '«\u00a0X\u00a0» importé\u00a0: 1 affirmation trouvée.', '«\u00a0X\u00a0» importé\u00a0: 2 affirmations trouvées.']);
    expect(ed('foldedRun', { count: 1 })).toBe('1 ligne repliée');
    i18n.lang = 'en';
    expect([0, 1, 2].map((count) => i18n.t('speaker.renamed', { from: 'A', to: 'B', count }))).toEqual(['«A» renamed to «B» in 0 claims.', '«A» renamed to «B» in 1 claim.', '«A» renamed to «B» in 2 claims.']);
    expect(ed('foldedRun', { count: 1 })).toBe('1 folded line');
  });
});
