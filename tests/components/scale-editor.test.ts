import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ScaleEditor from '../../src/ui/components/ScaleEditor.svelte';
import { DEFAULT_SCALE } from '../../src/core/verdicts';
import { deskWith } from './fake-api';

describe('the newsroom scale editor', () => {
  it('starts from the scale in use, keeps its verdict ids, and adds a verdict with both labels', async () => {
    let saved = 0;
    const { app, calls } = deskWith([], { 'verdicts.saveCustom': ({ scale }: { scale: unknown }) => scale });
    render(ScaleEditor, { app, base: DEFAULT_SCALE, onsaved: () => saved++, oncancel: () => {} });
    await fireEvent.click(screen.getByRole('button', { name: 'Add a verdict' }));
    await fireEvent.input(screen.getByLabelText('English label 6'), { target: { value: 'Unproven claim' } });
    await fireEvent.input(screen.getByLabelText('French label 6'), { target: { value: 'Non prouvé' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Remove verdict Mostly true' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Save scale' }));
    await waitFor(() => expect(saved).toBe(1));
    const [{ scale }] = calls('verdicts.saveCustom') as [{ scale: { id: string; verdicts: { id: string; label: { en: string; fr: string }; rating: number | null; tone: string }[] } }];
    expect(scale.id).toBe('custom');
    expect(scale.verdicts.map((v) => v.id)).toEqual(['verified', 'misleading', 'false', 'unverifiable', 'unproven-claim']);
    expect(scale.verdicts.at(-1)).toEqual({ id: 'unproven-claim', label: { en: 'Unproven claim', fr: 'Non prouvé' }, rating: null, tone: 'unknown' });
  });

  it('shows why the workspace refused a scale', async () => {
    const { app } = deskWith([], {
      'verdicts.saveCustom': () => {
        throw Object.assign(new Error('Claims already carry «Verified» (3); keep these verdicts on the scale.'), {
          code: 'conflict',
          messageCode: 'errors.scales.verdictsInUse',
          params: { verdicts: { list: [{ en: '«Verified» (3)', fr: '«\u00a0Vérifié\u00a0» (3)' }] } },
        });
      },
    });
    render(ScaleEditor, { app, base: DEFAULT_SCALE, onsaved: () => {}, oncancel: () => {} });
    await fireEvent.click(screen.getByRole('button', { name: 'Save scale' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Claims already carry «Verified» (3); keep these verdicts on the scale.');
  });
});
