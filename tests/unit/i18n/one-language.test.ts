/**
 * One language at a time (issue 14): every string of the interface (its own
 * catalogues and the shared ones: errors, progress, history, menus, dialogs),
 * every report format, the desktop menus and dialogs, rendered in French hold
 * no English word and no internal code, and in English no French word; French
 * follows French typography. The check (tests/helpers/language-check.ts) is a
 * word list and a few patterns; the first test shows it catches a leak.
 */
import i18next, { type TFunction } from 'i18next';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { frenchTypographyFaults, SHARED_CATALOGUES } from '../../../src/core/i18n';
import { renderReport } from '../../../src/core/report';
import { FOLD_KINDS } from '../../../src/core/model';
import { EDITOR_STRINGS, foldKindLabel } from '../../../src/ui/editor/strings';
import { UI_RESOURCES } from '../../../src/ui/i18n/resources';
import { dialogText } from '../../../electron/main/dialog-text';
import { menuTemplate } from '../../../electron/main/menu-template';
import { leaks } from '../../helpers/language-check';
import { neutralInput } from '../../fixtures/report/neutral';

type Tree = { [k: string]: string | Tree };

/** Every leaf key of a catalogue, plural forms folded into their base key. */
function keysOf(tree: Tree, prefix = ''): string[] {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.add(`${prefix}${k.replace(/_(one|other|zero|two|few|many)$/, '')}`);
    else for (const key of keysOf(v, `${prefix}${k}.`)) out.add(key);
  }
  return [...out];
}

function uiT(lang: 'en' | 'fr'): TFunction {
  const instance = i18next.createInstance();
  void instance.init({ lng: lang, fallbackLng: false, resources: UI_RESOURCES, initAsync: false, interpolation: { escapeValue: false } });
  return instance.t.bind(instance) as TFunction;
}

/** The raw template(s) of a key in a language (both plural forms). */
function templates(tree: Tree, key: string): string[] {
  const path = key.split('.');
  const last = path.pop()!;
  let node: Tree | string | undefined = tree;
  for (const p of path) node = typeof node === 'object' ? node[p] : undefined;
  if (typeof node !== 'object') return [];
  return Object.entries(node)
    .filter(([k, v]) => typeof v === 'string' && (k === last || k.startsWith(`${last}_`)))
    .map(([, v]) => v as string);
}

/** Each string as the interface shows it: placeholders filled with invented words or numbers, plurals both ways. */
function renderCatalogue(lang: 'en' | 'fr'): { key: string; text: string }[] {
  const t = uiT(lang);
  const trees = [UI_RESOURCES.en.translation, UI_RESOURCES.fr.translation] as unknown as Tree[];
  const out: { key: string; text: string }[] = [];
  for (const key of keysOf(trees[0]!)) {
    const names = new Set(trees.flatMap((tree) => templates(tree, key)).flatMap((s) => [...s.matchAll(/\{\{\s*(\w+)\s*(,[^}]*)?\}\}/g)].map((m) => [m[1]!, Boolean(m[2])] as const)).map(([n, formatted]) => `${n}${formatted ? '#' : ''}`));
    for (const count of [1, 3]) {
      const params: Record<string, unknown> = { count };
      for (const n of names) {
        const name = n.replace('#', '');
        if (name !== 'count') params[name] = n.endsWith('#') || /^(n|max|status|found|supported|percent|checked|total|index)$/.test(name) ? 12 : 'Zorblat';
      }
      out.push({ key, text: t(key, params) });
    }
  }
  return out;
}

async function reportTexts(lang: 'en' | 'fr'): Promise<{ format: string; text: string }[]> {
  const input = neutralInput(lang);
  const text = async (format: 'html' | 'md' | 'csv' | 'json' | 'claimreview') => {
    const r = await renderReport(input, format);
    if (!('text' in r)) throw new Error(format);
    return r.text;
  };
  const html = (await text('html')).replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, '\u00a0').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const docx = await renderReport(input, 'docx');
  const docxText = 'bytes' in docx ? (await mammoth.extractRawText({ buffer: Buffer.from(docx.bytes) })).value : '';
  // Machine formats: only what is worded for people (labels, history lines), not codes by design (CSV header, ids).
  const json = JSON.parse(await text('json')) as { claims: { verdictLabel: string | null; summary: string; history: { summary: string }[] }[]; summary: { counts: { label: string }[] }; scale: { name: string }; corrections: { summary: string }[]; methodology: string };
  const jsonWords = [
    json.scale.name,
    json.methodology,
    ...json.summary.counts.map((c) => c.label),
    ...json.claims.flatMap((c) => [c.verdictLabel ?? '', ...c.history.map((h) => h.summary)]),
    ...json.corrections.map((c) => c.summary),
  ].join('\n');
  const csvRows = (await text('csv')).split('\r\n').slice(1).map((r) => r.split(','));
  const csvWords = csvRows.map((r) => r[11] ?? '').join('\n'); // the verdict label column
  const cr = JSON.parse(await text('claimreview')) as { '@graph': { reviewRating: { alternateName: string; ratingExplanation?: string } }[] };
  const crWords = cr['@graph'].map((g) => `${g.reviewRating.alternateName}\n${g.reviewRating.ratingExplanation ?? ''}`).join('\n');
  return [
    { format: 'html', text: html },
    // Markdown's escapes and table alignment rows are syntax, not text.
    { format: 'md', text: (await text('md')).replace(/^\|[\s:|-]+\|$/gm, '').replace(/\\(.)/g, '$1') },
    { format: 'docx', text: docxText },
    { format: 'json', text: jsonWords },
    { format: 'csv', text: csvWords },
    { format: 'claimreview', text: crWords },
  ];
}

function menuLabels(lang: 'en' | 'fr'): string {
  const noop = () => {};
  const labels: string[] = [];
  const walk = (items: { label?: string; submenu?: unknown }[]) => {
    for (const i of items) {
      if (i.label) labels.push(i.label);
      if (Array.isArray(i.submenu)) walk(i.submenu as { label?: string }[]);
    }
  };
  walk(menuTemplate({ importFile: noop, exportReport: noop, openRecent: noop, openWorkspace: noop, exportWorkspace: noop, restoreBackup: noop }, [], lang));
  return labels.join('\n');
}

function dialogStrings(lang: 'en' | 'fr'): string {
  const d = dialogText(lang);
  const values = [
    d.importFile(),
    d.openWorkspace(),
    d.exportWorkspace('/x/zorb.db'),
    d.restoreBackup('/x'),
    d.confirmRestore('zorb.db'),
    d.restored('zorb-before.db'),
    d.exported('/x/zorb.db', 12_000_000),
    d.importFailed({ code: 'import-failed', message: 'x', messageCode: 'errors.import.binaryKind', params: { name: 'zorb.txt', kind: { key: 'errors.fileKind.png' } } }),
    d.tooLarge('zorb.pdf', 22_000_000),
    d.cannotOpen({ key: 'errors.workspace.tooNew', params: { found: 90, supported: 70, release: '0.2.0' } }),
    d.exportFailed(null),
    d.restoreFailed(null),
    d.startFailed(null),
  ];
  const strings: string[] = [];
  JSON.stringify(values, (k, v: unknown) => {
    if (typeof v === 'string' && !['defaultPath', 'extensions', 'properties', 'type'].includes(k) && !/^\/x/.test(v)) strings.push(v);
    return v;
  });
  return strings.join('\n');
}

describe('one language at a time', () => {
  it('catches a leak: English and codes in French, French in English', () => {
    expect(leaks('Statut : unchecked → Vérifiée', 'fr').map((l) => l.word)).toEqual(['unchecked']);
    expect(leaks('Déjà vérifiée — Checked before by Zorblat', 'fr').map((l) => l.word)).toEqual(expect.arrayContaining(['Checked', 'before', 'by']));
    expect(leaks('Fusionnée : — → 01a2333a-0000-7000-8000-000000000001', 'fr').map((l) => l.why)).toContain('an id');
    expect(leaks('Statut : in-progress', 'fr').map((l) => l.why)).toContain('an internal code');
    expect(leaks('Suggestion: suggérée → accepted', 'en').map((l) => l.word)).toEqual(['suggérée']);
    expect(leaks('{{title}} errors.import.empty', 'en').map((l) => l.why)).toEqual(['an unfilled placeholder', 'a catalogue key']);
    expect(frenchTypographyFaults('Statut: vérifiée')).toHaveLength(1);
  });

  it('the interface catalogues: every string, in French then in English', () => {
    for (const lang of ['fr', 'en'] as const) {
      const found = renderCatalogue(lang).flatMap(({ key, text }) => leaks(text, lang).map((l) => `${key}: ${l.why} «${l.word}» in “${l.context}”`));
      expect(found, lang).toEqual([]);
    }
    const typography = renderCatalogue('fr').flatMap(({ key, text }) => frenchTypographyFaults(text).map((f) => `${key}: ${f}`));
    expect(typography).toEqual([]);
    // The editor's own table, and the kinds of folded lines.
    for (const lang of ['fr', 'en'] as const) {
      const editor = Object.entries(EDITOR_STRINGS[lang]).map(([key, s]) => ({ key, text: s.replace(/\{\{\w+\}\}/g, 'Zorblat') }));
      editor.push(...FOLD_KINDS.map((k) => ({ key: `fold.${k}`, text: foldKindLabel(k, lang) })));
      expect(editor.flatMap(({ key, text }) => leaks(text, lang).map((l) => `${key}: ${l.why} «${l.word}»`)), `editor ${lang}`).toEqual([]);
      if (lang === 'fr') expect(editor.flatMap(({ key, text }) => frenchTypographyFaults(text).map((f) => `${key}: ${f}`))).toEqual([]);
    }
    // Nothing left untranslated: no French string equal to its English one unless it is a name or the same word.
    const en = renderCatalogue('en');
    const same = renderCatalogue('fr').filter((f, i) => f.text === en[i]!.text && leaks(f.text, 'fr').length + leaks(f.text, 'en').length === 0 && /[a-z]{4,}/.test(f.text) && !/^[A-Z][\w-]*$/.test(f.text));
    expect(same.map((s) => s.key).length).toBeLessThan(60);
  });

  it('every report format, on a review that uses every label', async () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const { format, text: raw } of await reportTexts(lang)) {
        // The article's id is shown on purpose, as the report's reference (and nowhere else).
        const text = raw.replaceAll(neutralInput(lang).article.id, 'REF');
        expect(leaks(text, lang).map((l) => `${l.why} «${l.word}» in “${l.context}”`), `${lang} ${format}`).toEqual([]);
        if (lang === 'fr' && format !== 'csv' && format !== 'json' && format !== 'claimreview') expect(frenchTypographyFaults(text), `fr ${format}`).toEqual([]);
      }
    }
  });

  it('writes the first of the month as French does («1er décembre»)', async () => {
    const [html] = await reportTexts('fr');
    expect(html!.text).toContain('1er décembre 2023');
    expect(html!.text).not.toMatch(/(?<!\d)1 décembre/);
  });

  it('the desktop menus and native dialogs, in French then in English', () => {
    for (const lang of ['fr', 'en'] as const) {
      const text = `${menuLabels(lang)}\n${dialogStrings(lang)}`;
      expect(leaks(text, lang).map((l) => `${l.why} «${l.word}» in “${l.context}”`), lang).toEqual([]);
    }
    expect(menuLabels('fr')).toContain('Importer…');
    expect(menuLabels('fr')).toContain('Restaurer une sauvegarde…');
    expect(dialogStrings('fr')).toContain("L'importation a échoué");
    expect(frenchTypographyFaults(dialogStrings('fr'))).toEqual([]);
    // The shared catalogues hold every menu label in both languages.
    expect(Object.keys(SHARED_CATALOGUES.fr.menu)).toEqual(Object.keys(SHARED_CATALOGUES.en.menu));
  });
});
