import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ClaimList from '../../src/ui/components/ClaimList.svelte';
import { AppState } from '../../src/ui/state/app-state.svelte';
import type { Client } from '../../src/contract/client';
import type { Claim } from '../../src/core/model';
import { DEFAULT_SCALE } from '../../src/core/verdicts';

const claim = (id: string, text: string, extra: Partial<Claim> = {}): Claim => ({
  id, articleId: 'a1', text, type: 'quote', speaker: 'Kim Jong Un', speakerEvidence: null, score: 0.9, reasons: [], origin: 'auto', review: 'suggested',
  status: 'unchecked', verdict: null, rationale: '', tags: [], assignee: null, relatedTo: null, anchors: [], createdAt: '', updatedAt: '', ...extra,
});

function stateWith(claims: Claim[]) {
  const call = vi.fn(async (method: string, input: { id?: string }) => (method === 'claims.get' ? { ...claims.find((c) => c.id === input.id)!, sources: [] } : null));
  const api = { call, try: vi.fn(), onEvent: () => () => {} } as unknown as Client;
  const app = new AppState(api);
  app.scale = DEFAULT_SCALE;
  app.article = { id: 'a1', meta: { title: 'T', kicker: null, outlet: null, byline: null, publishedAt: null, modifiedAt: null, language: 'fr', url: null, canonicalUrl: null }, body: '', blocks: [], folded: [], importedAt: '', warnings: [] };
  app.claims = claims;
  return { app, call };
}

describe('the Claims list', () => {
  it('names each item by its claim text and counts progress', () => {
    const { app } = stateWith([claim('c1', 'Première affirmation'), claim('c2', 'Deuxième affirmation', { status: 'checked', verdict: 'verified' })]);
    render(ClaimList, { app });
    const list = screen.getByRole('listbox', { name: 'Claims' });
    expect(list).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Première affirmation' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Deuxième affirmation' })).toBeInTheDocument();
    expect(screen.getByText('1 of 2 checked')).toBeInTheDocument();
  });

  it('moves the selection with j and k and hides dismissed suggestions', async () => {
    const { app, call } = stateWith([claim('c1', 'One'), claim('c2', 'Two', { review: 'dismissed' }), claim('c3', 'Three')]);
    render(ClaimList, { app });
    expect(screen.queryByRole('option', { name: 'Two' })).toBeNull();
    const list = screen.getByRole('listbox', { name: 'Claims' });
    await fireEvent.keyDown(list, { key: 'j' });
    expect(app.selectedClaimId).toBe('c1');
    await fireEvent.keyDown(list, { key: 'j' });
    expect(app.selectedClaimId).toBe('c3');
    await fireEvent.keyDown(list, { key: 'k' });
    expect(app.selectedClaimId).toBe('c1');
    expect(call).toHaveBeenCalledWith('claims.get', { id: 'c3' });
    expect(screen.getByRole('option', { name: 'One' })).toHaveAttribute('aria-selected', 'true');
  });
});
