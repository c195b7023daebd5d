import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ClaimPanel from '../../src/ui/components/ClaimPanel.svelte';
import { i18n } from '../../src/ui/i18n/i18n.svelte';
import { claim, deskWith } from './fake-api';

afterEach(() => i18n.use('en'));

const suggested = () =>
  claim('c1', 'Washington craint que la Russie ne s’approvisionne en armes', {
    speaker: 'Washington',
    speakerEvidence: 'Washington craint',
    score: 0.84,
    reasons: [
      { code: 'reported-speech', evidence: 'craint', weight: 1.2 },
      { code: 'named-entity', evidence: 'Russie', weight: 0.6 },
      { code: 'brand-new-signal', evidence: null, weight: 0.3 },
    ],
  });

describe('the claim panel', () => {
  it('shows why a suggestion was made: its score, reasons in words, and the words that attribute it', async () => {
    const { app } = deskWith([suggested()]);
    await app.selectClaim('c1');
    render(ClaimPanel, { app });
    expect(screen.getByText('Suggested by Factbench · score 84%')).toBeInTheDocument();
    expect(screen.getByText('Reported speech')).toBeInTheDocument();
    expect(screen.getByText('Named person or place')).toBeInTheDocument();
    expect(screen.getByText('brand-new-signal')).toBeInTheDocument(); // an unknown code is shown as is, never hidden
    // In the reasons, and beside the speaker field (speaker-field.test.ts).
    expect(screen.getAllByText('Attributed by')[0]!.closest('p')).toHaveTextContent('Attributed by Washington craint→Washington');
  });

  it('shows the learned model’s part in words: which way it pulled and the words that weighed most, in English and French', async () => {
    const english = claim('c1', 'The unemployment rate fell to 3.5 percent, the lowest in fifty years.', {
      speaker: null,
      score: 0.91,
      reasons: [
        { code: 'learned-ranker', evidence: 'unemployment, rate, fell', weight: 1.4, words: ['unemployment', 'rate', 'fell'] },
        { code: 'number', evidence: '3.5 percent', weight: 0.4 },
      ],
    });
    const { app } = deskWith([english]);
    await app.selectClaim('c1');
    const { unmount } = render(ClaimPanel, { app });
    const item = screen.getByText('Learned model (English): worded like the claims fact-checkers pick').closest('li')!;
    expect([...item.querySelectorAll('q.word')].map((q) => q.textContent)).toEqual(['unemployment', 'rate', 'fell']);
    expect(item).toHaveTextContent('Words that weighed most');
    unmount();

    i18n.use('fr');
    render(ClaimPanel, { app });
    expect(screen.getByText('Modèle appris (anglais) : formulée comme les affirmations que retiennent les vérificateurs').closest('li')).toHaveTextContent('Mots qui ont le plus pesé');
  });

  it('accepts and dismisses a suggestion, and restores a dismissed one', async () => {
    const { app, calls } = deskWith([suggested(), claim('c2', 'Next one')]);
    await app.selectClaim('c1');
    render(ClaimPanel, { app });
    await fireEvent.click(screen.getByRole('button', { name: 'Accept' }));
    await waitFor(() => expect(app.claims[0]!.review).toBe('accepted'));
    expect(calls('claims.update')).toContainEqual({ id: 'c1', patch: { review: 'accepted' } });
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();

    await app.updateClaim('c1', { review: 'suggested' });
    await fireEvent.click(await screen.findByRole('button', { name: 'Dismiss' }));
    expect(app.claims[0]!.review).toBe('dismissed');
    await waitFor(() => expect(app.selectedClaimId).toBe('c2')); // the desk moves on to the next claim
    await app.selectClaim('c1');
    await fireEvent.click(await screen.findByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(app.claims[0]!.review).toBe('accepted'));
  });

  it('a verdict on a suggestion accepts it at once, before the workspace answers, so the panel does not move under the pointer', async () => {
    let answer: (() => void) | null = null;
    const held = new Promise<void>((resolve) => (answer = resolve));
    const { app, store } = deskWith([suggested()], {
      'claims.update': async ({ id, patch }: { id: string; patch: Record<string, unknown> }) => {
        await held;
        const c = { ...store.get(id)!, ...patch, status: 'checked' as const, review: 'accepted' as const };
        store.set(id, c);
        return c;
      },
    });
    await app.selectClaim('c1');
    render(ClaimPanel, { app });
    expect(screen.getByRole('button', { name: 'Accept' })).toBeInTheDocument();
    await fireEvent.change(screen.getByLabelText('Verdict'), { target: { value: 'false' } });
    // The answer has not come yet: the suggestion box is already gone and the status already says checked.
    expect(app.saveState).toBe('saving');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull());
    expect(screen.getByLabelText('Status')).toHaveValue('checked');
    answer!();
    await waitFor(() => expect(app.saveState).toBe('saved'));
    expect(app.claims[0]).toMatchObject({ verdict: 'false', status: 'checked', review: 'accepted' });
  });

  it('saves a verdict at once, and Ctrl+Z takes back the verdict with the status it brought', async () => {
    const { app } = deskWith([suggested()]);
    await app.selectClaim('c1');
    render(ClaimPanel, { app });
    await fireEvent.change(screen.getByLabelText('Verdict'), { target: { value: 'false' } });
    await waitFor(() => expect(app.saveState).toBe('saved'));
    expect(app.claims[0]).toMatchObject({ verdict: 'false', status: 'checked', review: 'accepted' });
    expect(screen.getByLabelText('Status')).toHaveValue('checked');
    await app.undo();
    expect(app.claims[0]).toMatchObject({ verdict: null, status: 'unchecked', review: 'suggested' });
    await app.redo();
    expect(app.claims[0]).toMatchObject({ verdict: 'false', status: 'checked' });
  });

  it('saves the rationale as the user types, and at once when the field is left', async () => {
    const { app, calls } = deskWith([suggested()]);
    await app.selectClaim('c1');
    render(ClaimPanel, { app });
    const field = screen.getByLabelText('Rationale');
    await fireEvent.input(field, { target: { value: 'Checked against the KCNA release.' } });
    await fireEvent.blur(field);
    await waitFor(() => expect(calls('claims.update')).toContainEqual({ id: 'c1', patch: { rationale: 'Checked against the KCNA release.' } }));
    await waitFor(() => expect(app.announcement).toBe('Saved.'));
  });

  it('adds and removes tags with the keyboard', async () => {
    const { app } = deskWith([suggested()]);
    await app.selectClaim('c1');
    render(ClaimPanel, { app });
    const tags = screen.getByLabelText('Tags');
    await fireEvent.input(tags, { target: { value: 'arms' } });
    await fireEvent.keyDown(tags, { key: 'Enter' });
    await waitFor(() => expect(app.claims[0]!.tags).toEqual(['arms']));
    await fireEvent.click(screen.getByRole('button', { name: 'Remove tag arms' }));
    await waitFor(() => expect(app.claims[0]!.tags).toEqual([]));
  });

  it('rolls a failed save back and says why', async () => {
    const { app } = deskWith([suggested()], {
      'claims.update': () => {
        throw Object.assign(new Error('attempt to write a readonly database'), { code: 'database' });
      },
    });
    await app.selectClaim('c1');
    render(ClaimPanel, { app });
    await fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'statistic' } });
    await waitFor(() => expect(app.saveState).toBe('error'));
    expect(app.claims[0]!.type).toBe('quote');
    // Worded from the error's code in the interface language, not the English detail from the other side.
    expect(app.alert).toBe('The workspace file cannot be used.');
  });
});
