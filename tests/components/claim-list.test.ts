import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { tick } from 'svelte';
import ClaimList from '../../src/ui/components/ClaimList.svelte';
import { claim, deskWith } from './fake-api';

/** The Claims list's own options (the sort and filter selects have native options too). */
const rows = () => within(screen.getByRole('listbox', { name: 'Claims' })).getAllByRole('option');

describe('the Claims list', () => {
  it('names each item by its claim text and counts progress', () => {
    const { app } = deskWith([claim('c1', 'Première affirmation'), claim('c2', 'Deuxième affirmation', { status: 'checked', verdict: 'verified', review: 'accepted' })]);
    render(ClaimList, { app });
    const list = screen.getByRole('listbox', { name: 'Claims' });
    expect(list).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Première affirmation' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Deuxième affirmation' })).toBeInTheDocument();
    expect(screen.getAllByText('1 of 2 checked').length).toBeGreaterThan(0);
  });

  it('moves the selection with j and k and hides dismissed suggestions', async () => {
    const { app, calls } = deskWith([claim('c1', 'One'), claim('c2', 'Two', { review: 'dismissed' }), claim('c3', 'Three')]);
    render(ClaimList, { app });
    expect(screen.queryByRole('option', { name: 'Two' })).toBeNull();
    const list = screen.getByRole('listbox', { name: 'Claims' });
    await fireEvent.keyDown(list, { key: 'j' });
    expect(app.selectedClaimId).toBe('c1');
    await fireEvent.keyDown(list, { key: 'j' });
    expect(app.selectedClaimId).toBe('c3');
    await fireEvent.keyDown(list, { key: 'k' });
    expect(app.selectedClaimId).toBe('c1');
    expect(calls('claims.get')).toContainEqual({ id: 'c3' });
    expect(screen.getByRole('option', { name: 'One' })).toHaveAttribute('aria-selected', 'true');
  });

  it('shows suggestions apart from accepted claims, with their score', () => {
    const { app } = deskWith([claim('c1', 'A suggestion', { score: 0.87 }), claim('c2', 'An accepted claim', { review: 'accepted', verdict: 'false', status: 'checked' })]);
    render(ClaimList, { app });
    const suggested = screen.getByRole('option', { name: 'A suggestion' });
    const accepted = screen.getByRole('option', { name: 'An accepted claim' });
    expect(suggested.className).toContain('review-suggested');
    expect(accepted.className).toContain('review-accepted');
    // The description tells a screen reader what the eye sees.
    expect(suggested).toHaveAccessibleDescription(/Suggested 87%/);
    expect(accepted).toHaveAccessibleDescription(/False/);
  });

  it('hides suggestions under the threshold and says how many', async () => {
    const { app } = deskWith([claim('c1', 'Strong', { score: 0.9 }), claim('c2', 'Weak', { score: 0.55 }), claim('c3', 'Kept by hand', { score: 0.1, review: 'accepted', origin: 'manual' })]);
    render(ClaimList, { app });
    expect(rows()).toHaveLength(3);
    const slider = screen.getByRole('slider', { name: 'Show suggestions scoring above' });
    await fireEvent.input(slider, { target: { value: '60' } });
    expect(app.prefs.state.threshold).toBe(0.6);
    expect(screen.queryByRole('option', { name: 'Weak' })).toBeNull();
    expect(screen.getByRole('option', { name: 'Kept by hand' })).toBeInTheDocument(); // accepted claims always stay
    expect(screen.getByText('1 suggestion below the threshold is hidden')).toBeInTheDocument();
  });

  it('sorts by score and by verdict, and filters by speaker', async () => {
    const { app } = deskWith([
      claim('c1', 'First', { score: 0.6, speaker: 'A' }),
      claim('c2', 'Second', { score: 0.95, verdict: 'false', review: 'accepted', speaker: 'B' }),
      claim('c3', 'Third', { score: 0.7, verdict: 'verified', review: 'accepted', speaker: 'A' }),
    ]);
    render(ClaimList, { app });
    const names = () => rows().map((o) => o.querySelector('.claim-text')!.textContent);
    expect(names()).toEqual(['First', 'Second', 'Third']);
    await fireEvent.change(screen.getByLabelText('Sort'), { target: { value: 'score' } });
    expect(names()).toEqual(['Second', 'Third', 'First']);
    await fireEvent.change(screen.getByLabelText('Sort'), { target: { value: 'verdict' } });
    expect(names()).toEqual(['Third', 'Second', 'First']); // the scale's order, then no verdict
    await fireEvent.click(screen.getByRole('button', { name: /Filters/ }));
    await fireEvent.change(screen.getByLabelText('Said by'), { target: { value: 'A' } });
    expect(names()).toEqual(['Third', 'First']);
    expect(screen.getByRole('button', { name: 'Filters · 1 active' })).toHaveAttribute('aria-expanded', 'true');
    await fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(names()).toHaveLength(3);
  });

  it('keeps 10,000 claims in a list of a few dozen rows, and the selected one in view', { timeout: 30_000 }, async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => claim(`c${i + 1}`, `Claim ${i + 1}`, { score: 0.9 }));
    const { app } = deskWith(many);
    render(ClaimList, { app });
    const options = rows();
    expect(options.length).toBeLessThan(60);
    expect(options[0]).toHaveAttribute('aria-setsize', '10000');
    const list = screen.getByRole('listbox', { name: 'Claims' });
    await fireEvent.keyDown(list, { key: 'End' });
    await tick();
    expect(app.selectedClaimId).toBe('c10000');
    const last = screen.getByRole('option', { name: 'Claim 10000' });
    expect(last).toHaveAttribute('aria-posinset', '10000');
    expect(list).toHaveAttribute('aria-activedescendant', 'claim-c10000');
    expect(rows().length).toBeLessThan(60);
  });
});
