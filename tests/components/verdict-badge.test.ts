import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import VerdictBadge from '../../src/ui/components/VerdictBadge.svelte';
import { DEFAULT_SCALE } from '../../src/core/verdicts';

describe('VerdictBadge', () => {
  it('shows a verdict by glyph and words, never by colour alone', () => {
    render(VerdictBadge, { scale: DEFAULT_SCALE, verdict: 'false' });
    const badge = screen.getByText(/False/);
    expect(badge).toHaveTextContent('✘ False');
    expect(badge.className).toContain('tone-false');
  });

  it('says Unchecked when there is no verdict yet', () => {
    render(VerdictBadge, { scale: DEFAULT_SCALE, verdict: null });
    expect(screen.getByText(/Unchecked/)).toHaveTextContent('○ Unchecked');
  });
});
