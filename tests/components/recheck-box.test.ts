import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import RecheckBox from '../../src/ui/components/RecheckBox.svelte';
import { claim, deskWith } from './fake-api';

const before = '«Je pense que ma rencontre avec le président Poutine sera un tremplin»';
const now = '«Je crois que ma visite avec le président Poutine sera un tremplin»';
const recheck = { previousText: before, previousVerdict: 'false', since: '2024-01-02T00:00:00Z' };

describe('RecheckBox', () => {
  it('shows the words checked then and now, what changed marked, and confirms the old verdict only on a click; undo brings the re-check back', async () => {
    const { app, calls } = deskWith([claim('c1', now, { verdict: null, status: 'in-progress', review: 'accepted', recheck })]);
    await app.selectClaim('c1');
    render(RecheckBox, { app, claim: app.claims[0]! });
    expect(screen.getByRole('heading', { name: /Needs re-check/ })).toBeInTheDocument();
    expect(screen.getByTestId('recheck-before').querySelectorAll('del')).toHaveLength(2);
    expect([...screen.getByTestId('recheck-now').querySelectorAll('ins')].map((e) => e.textContent)).toEqual(['added: crois', 'added: visite']);
    expect(calls('claims.update')).toEqual([]);

    await fireEvent.click(screen.getByRole('button', { name: 'Confirm «False» for the new words' }));
    await waitFor(() => expect(app.claims[0]!.verdict).toBe('false'));
    expect(calls('claims.update')).toEqual([{ id: 'c1', patch: { verdict: 'false' } }]);
    expect(app.claims[0]).toMatchObject({ verdict: 'false', status: 'checked', recheck: null });

    await app.undo();
    expect(app.claims[0]).toMatchObject({ verdict: null, status: 'in-progress', recheck });
  });
});
