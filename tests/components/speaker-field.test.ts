import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ClaimPanel from '../../src/ui/components/ClaimPanel.svelte';
import { i18n } from '../../src/ui/i18n/i18n.svelte';
import { errorMessage } from '../../src/ui/state/error-message';
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
  const failure = { code: 'import-failed' as const, message: 'No article text in page.html: this page builds its text with JavaScript…', details: { reason: 'script-built' } };

  it('is explained in the interface language', () => {
    expect(errorMessage(failure)).toMatch(/builds its text with JavaScript.*Paste the article.*PDF/u);
    i18n.use('fr');
    expect(errorMessage(failure)).toMatch(/construit son texte avec JavaScript.*Collez le texte.*PDF/u);
  });

  it('other failures keep the server message', () => {
    expect(errorMessage({ code: 'import-failed', message: 'page.html is empty.', details: { reason: 'empty' } })).toBe('page.html is empty.');
  });
});
