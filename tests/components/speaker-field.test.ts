import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/contract/envelope';
import ClaimPanel from '../../src/ui/components/ClaimPanel.svelte';
import { i18n } from '../../src/ui/i18n/i18n.svelte';
import { claim, deskWith } from './fake-api';

afterEach(() => i18n.use('en'));

const accepted = () =>
  claim('c1', 'Plus de 300 amendes ont été dressées par la police municipale en avril', {
    speaker: 'police municipale de Bellerive',
    speakerEvidence: 'dressées par la police municipale',
    speakerKind: 'organisation',
    review: 'accepted',
    type: 'statistic',
  });

describe("the claim panel's speaker", () => {
  it('shows the words that attribute the claim next to the speaker, also once the suggestion is accepted', async () => {
    const { app } = deskWith([accepted()]);
    await app.selectClaim('c1');
    render(ClaimPanel, { app });
    expect(screen.getByLabelText('Speaker')).toHaveValue('police municipale de Bellerive');
    expect(screen.getByTestId('speaker-evidence')).toBeVisible();
    expect(screen.getByTestId('speaker-evidence')).toHaveTextContent('Attributed by dressées par la police municipale');
    expect(screen.getByRole('combobox', { name: 'Source kind' })).toHaveValue('organisation');
  });

  it('drops the evidence when the user names another speaker, and sets the kind the user picks', async () => {
    const { app, calls } = deskWith([accepted()]);
    await app.selectClaim('c1');
    render(ClaimPanel, { app });
    const input = screen.getByLabelText('Speaker');
    await fireEvent.change(input, { target: { value: 'Claire Vasseur' } });
    await waitFor(() => expect(screen.queryByTestId('speaker-evidence')).toBeNull());
    await fireEvent.change(screen.getByRole('combobox', { name: 'Source kind' }), { target: { value: 'person' } });
    await waitFor(() => expect(calls('claims.update')).toContainEqual({ id: 'c1', patch: { speakerKind: 'person' } }));
  });

  it('is in French in the French interface', async () => {
    i18n.use('fr');
    const { app } = deskWith([accepted()]);
    await app.selectClaim('c1');
    render(ClaimPanel, { app });
    const kind = screen.getByRole('combobox', { name: 'Type de source' });
    expect(within(kind).getByRole('option', { name: 'Organisation' })).toBeInTheDocument();
    expect(screen.getByTestId('speaker-evidence')).toHaveTextContent('Attribuée par');
  });
});

describe('an import refused because the page builds its text with JavaScript', () => {
  // What the import service throws for ImportError 'script-built' (services/articles.ts): the catalogue message and its reason.
  const refuse = () => {
    throw new ApiError('import-failed', { key: 'errors.import.scriptBuilt', params: { name: 'page.html' } }, { reason: 'script-built' });
  };

  it('says so in the interface language, naming the file and what to do instead', async () => {
    const { app } = deskWith([], { 'articles.import': refuse });
    const page = { file: { name: 'page.html', dataBase64: btoa('<div ng-app>{{ctrl.body}}</div>') } };
    expect(await app.importArticle(page)).toBe(false);
    expect(app.error).toMatch(/page\.html.*builds its text with JavaScript.*Paste the article.*PDF/u);
    i18n.use('fr');
    expect(await app.importArticle(page)).toBe(false);
    expect(app.error).toMatch(/page\.html.*construit son texte avec JavaScript.*Collez le texte.*PDF/u);
  });
});
