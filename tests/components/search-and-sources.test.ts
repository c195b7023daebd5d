import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SearchBox from '../../src/ui/components/SearchBox.svelte';
import SourceForm from '../../src/ui/components/SourceForm.svelte';
import LibraryPicker from '../../src/ui/components/LibraryPicker.svelte';
import { claim, deskWith } from './fake-api';

describe('search', () => {
  it('answers as you type, marks the matches, and opens a claim with Enter', async () => {
    const { app } = deskWith([claim('c1', 'One'), claim('c2', 'Two')], {
      'search.query': ({ q }: { q: string }) =>
        q.startsWith('prio')
          ? [{ kind: 'claim', id: 'c2', articleId: 'a1', title: 'T', snippet: 'sa «\uE000priorité\uE001 absolue»' }, { kind: 'article', id: 'a1', articleId: 'a1', title: 'T', snippet: 'une \uE000priorité\uE001' }]
          : [],
    });
    render(SearchBox, { app });
    const box = screen.getByRole('combobox', { name: 'Search' });
    await fireEvent.input(box, { target: { value: 'prio' } });
    const results = await screen.findByRole('listbox', { name: 'Search results' });
    expect(results.querySelectorAll('mark')[0]).toHaveTextContent('priorité');
    expect(screen.getByRole('group', { name: 'Claims' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Articles' })).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-activedescendant', 'hit-0');
    await fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(app.selectedClaimId).toBe('c2'));
    await fireEvent.input(box, { target: { value: 'nothing' } });
    expect(await screen.findByText('Nothing found for «nothing».')).toBeInTheDocument();
  });
});

describe('adding a source', () => {
  it('fills only the fields still empty from the page, keeping what the user typed', async () => {
    const { app } = deskWith([claim('c1', 'One')], {
      'sources.lookUp': () => ({ ok: true, url: 'https://kremlin.ru/x', title: 'Talks with Kim', publisher: 'President of Russia', author: null, publishedAt: '2023-09-13T09:27+03:00', modifiedAt: null }),
    });
    render(SourceForm, { app, claimId: 'c1', onclose: () => {} });
    await fireEvent.input(screen.getByLabelText('Publisher'), { target: { value: 'Kremlin' } });
    const url = screen.getByLabelText('URL');
    await fireEvent.input(url, { target: { value: 'https://kremlin.ru/x' } });
    await fireEvent.change(url);
    expect(await screen.findByText('Filled from the page: check the fields.')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('Talks with Kim');
    expect(screen.getByLabelText('Publisher')).toHaveValue('Kremlin');
    expect(screen.getByLabelText('Published on')).toHaveValue('2023-09-13');
  });

  it('says an unreachable page plainly, without an error', async () => {
    const { app } = deskWith([claim('c1', 'One')], { 'sources.lookUp': () => ({ ok: false, reason: 'timeout', message: 'The page did not answer within 10 s.', messageCode: 'errors.fetch.timeout', params: { seconds: 10 } }) });
    render(SourceForm, { app, claimId: 'c1', onclose: () => {} });
    const url = screen.getByLabelText('URL');
    await fireEvent.input(url, { target: { value: 'https://slow.example/' } });
    await fireEvent.change(url);
    expect(await screen.findByText(/Could not read the page \(The page did not answer within 10 s\.\)/)).toBeInTheDocument();
    expect(app.alert).toBe('');
  });

  it('links a source from the library, found as you type, and marks those already cited', async () => {
    const library = [
      { id: 's1', url: 'https://kcna.kp/a', title: 'KCNA report', publisher: 'KCNA', author: '', publishedAt: null, accessedAt: null, kind: 'web', snapshotSha256: null, snapshotAt: null, uses: 3 },
      { id: 's2', url: 'https://kremlin.ru/x', title: 'Talks with Kim', publisher: 'Kremlin', author: '', publishedAt: null, accessedAt: null, kind: 'web', snapshotSha256: null, snapshotAt: null, uses: 1 },
    ];
    const { app, calls } = deskWith([claim('c1', 'One')], {
      'sources.search': ({ q }: { q: string }) => library.filter((s) => s.title.toLowerCase().includes(q.toLowerCase())),
      'sources.link': ({ sourceId, stance }: { sourceId: string; stance: string }) => ({ ...library.find((s) => s.id === sourceId)!, stance, excerpt: '', note: '' }),
    });
    await app.selectClaim('c1');
    app.sources = [{ ...library[0]!, stance: 'supports', excerpt: '', note: '' }];
    render(LibraryPicker, { app, claimId: 'c1', onclose: () => {} });
    const find = screen.getByRole('combobox', { name: 'Find in library' });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    expect(screen.getByRole('option', { name: /KCNA report/ })).toHaveAttribute('aria-disabled', 'true');
    await fireEvent.input(find, { target: { value: 'talks' } });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
    await fireEvent.keyDown(find, { key: 'Enter' });
    await fireEvent.click(await screen.findByRole('button', { name: 'Link source' }));
    await waitFor(() => expect(calls('sources.link')).toEqual([{ claimId: 'c1', sourceId: 's2', stance: 'supports', excerpt: '' }]));
    expect(app.sources.map((s) => s.id)).toEqual(['s1', 's2']);
  });
});
