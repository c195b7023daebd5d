import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ClaimList from '../../src/ui/components/ClaimList.svelte';
import SettingsDialog from '../../src/ui/components/SettingsDialog.svelte';
import { i18n } from '../../src/ui/i18n/i18n.svelte';
import { en } from '../../src/ui/i18n/en';
import { fr } from '../../src/ui/i18n/fr';
import { DEFAULT_SCALE, POLITIFACT_SCALE, AFP_SCALE } from '../../src/core/verdicts';
import { claim, deskWith } from './fake-api';

afterEach(() => i18n.use('en'));

/** Every leaf key of a strings object. */
const keys = (o: object, prefix = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v as object, `${prefix}${k}.`)));

describe('two languages', () => {
  it('has every English string in French, and no French string left in English', () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
    // Words the two languages share (Verdict, Type, Sources…) are few; the rest is translated.
    const at = (o: object, k: string) => k.split('.').reduce<unknown>((x, p) => (x as Record<string, unknown>)[p], o);
    const same = keys(en).filter((k) => at(en, k) === at(fr, k));
    expect(same.length / keys(en).length).toBeLessThan(0.1);
    for (const k of ['import.open', 'claims.label', 'panel.addSource', 'source.save', 'export.open', 'search.label', 'panel.rationale', 'panel.status', 'panel.speaker']) expect(same).not.toContain(k);
  });

  it('switches the interface, dates and numbers to French', async () => {
    const { app } = deskWith([claim('c1', 'Première', { score: 0.87 })]);
    i18n.use('fr');
    render(ClaimList, { app });
    expect(screen.getByRole('listbox', { name: 'Affirmations' })).toBeInTheDocument();
    expect(screen.getAllByText('0 sur 1 vérifiée').length).toBeGreaterThan(0);
    expect(document.documentElement.lang).toBe('fr');
    // The system here speaks English, so French dates and numbers take France's conventions.
    expect(i18n.locale).toBe('fr-FR');
    expect(i18n.formatDate('2023-09-13T09:27')).toMatch(/^13 sept\. 2023/);
    expect(i18n.formatNumber(10000)).toMatch(/^10\s000$/);
    expect(i18n.formatPercent(0.87)).toMatch(/^87\s%$/);
  });
});

describe('settings', () => {
  it('picks a theme, a language and a verdict scale, each saved at once', async () => {
    const { app, calls } = deskWith([], {
      'verdicts.scales': () => ({ presets: [DEFAULT_SCALE, POLITIFACT_SCALE, AFP_SCALE], custom: null, currentId: 'default' }),
      'settings.update': ({ patch }: { patch: object }) => ({ reviewer: '', organisation: '', organisationUrl: '', methodology: '', scaleId: 'default', uiLanguage: 'system', ...patch }),
      'verdicts.scale': () => AFP_SCALE,
    });
    render(SettingsDialog, { app, open: true });
    await fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'dark' } });
    expect(document.documentElement.dataset.theme).toBe('dark');
    await waitFor(() => expect(calls('ui.saveState')).toContainEqual({ patch: { theme: 'dark' } }));
    await fireEvent.click(await screen.findByRole('radio', { name: /AFP-like/ }));
    await waitFor(() => expect(app.scale?.id).toBe('afp'));
    await fireEvent.change(screen.getByLabelText('Interface language'), { target: { value: 'fr' } });
    await waitFor(() => expect(i18n.lang).toBe('fr'));
    expect(screen.getByText('Échelle de verdicts')).toBeInTheDocument();
    await fireEvent.change(screen.getByLabelText('Thème'), { target: { value: 'system' } });
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});
