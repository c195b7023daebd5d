import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Page } from '@playwright/test';
import { claimsList, expect, saved, test as deskTest } from './desk-fixture';

/**
 * Issue 15, point 4: sources a newsroom uses. An interview or an email cited
 * by its contact, a document kept as a file with its SHA-256, a public
 * archive link beside the local copy (validated), and "Save to the Wayback
 * Machine" that says plainly when the archive cannot be reached. This machine
 * has no internet: a local server stands in for the archive that refuses, and
 * a closed port for a network that does not get there. Success is never faked.
 */
interface StandIn {
  endpoint: string;
  requests: string[];
}

const test = deskTest.extend<{ wayback: StandIn; waybackMode: 'refuses' | 'unreachable' }>({
  waybackMode: ['refuses', { option: true }],
  wayback: async ({ waybackMode }, use) => {
    const requests: string[] = [];
    const sockets = new Set<Socket>();
    const server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end('<h1>Service Unavailable</h1>');
    });
    server.on('connection', (s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const close = () => new Promise<void>((r) => (sockets.forEach((s) => s.destroy()), server.close(() => r())));
    // Unreachable: the port is closed before the host ever calls it.
    if (waybackMode === 'unreachable') await close();
    try {
      await use({ endpoint: `http://127.0.0.1:${port}/save/`, requests });
    } finally {
      if (waybackMode === 'refuses') await close();
    }
  },
  hostEnv: async ({ wayback }, use) => use({ FACTBENCH_WAYBACK_ENDPOINT: wayback.endpoint }),
});

interface Words {
  list: string;
  addSource: string;
  form: string;
  kind: string;
  interview: string;
  document: string;
  title: string;
  contact: string;
  file: string;
  url: string;
  archiveLink: string;
  archiveInvalid: string;
  save: string;
  contactShown: RegExp;
  localCopy: string;
  wayback: string;
  refused: RegExp;
  unreachable: RegExp;
  publicArchive: RegExp;
}

const EN: Words = {
  list: 'Claims',
  addSource: 'Add source',
  form: 'Source',
  kind: 'Kind of source',
  interview: 'Interview or call',
  document: 'Document',
  title: 'Title',
  contact: 'Contact',
  file: 'File',
  url: 'URL',
  archiveLink: 'Public archive link',
  archiveInvalid: 'This is not the address of an archived page (Wayback Machine or archive.today).',
  save: 'Save source',
  contactShown: /Contact: KCNA press office, \+850 2 000 0000/,
  localCopy: 'Local copy',
  wayback: 'Save to the Wayback Machine',
  refused: /The Wayback Machine did not archive the page \(HTTP 503\)\. The page was not archived there; give an archive link yourself/,
  unreachable: /The Wayback Machine could not be reached from this computer \(connection refused\)\. The page was not archived there/,
  publicArchive: /Public archive:\s+Wayback Machine/,
};

const FR: Words = {
  list: 'Affirmations',
  addSource: 'Ajouter une source',
  form: 'Source',
  kind: 'Type de source',
  interview: 'Entretien ou appel',
  document: 'Document',
  title: 'Titre',
  contact: 'Contact',
  file: 'Fichier',
  url: 'URL',
  archiveLink: 'Lien d’archive publique',
  archiveInvalid: 'Ce n’est pas l’adresse d’une page archivée (Wayback Machine ou archive.today).',
  save: 'Enregistrer la source',
  contactShown: /Contact\u00a0: KCNA press office, \+850 2 000 0000/,
  localCopy: 'Copie locale',
  wayback: 'Enregistrer dans la Wayback Machine',
  refused: /La Wayback Machine n’a pas archivé la page \(HTTP 503\)\. La page n’y a pas été archivée/,
  unreachable: /La Wayback Machine est injoignable depuis cet ordinateur \(connexion refusée\)\. La page n’y a pas été archivée/,
  publicArchive: /Archive publique\u00a0:\s+Wayback Machine/,
};

async function openSourceForm(page: Page, w: Words) {
  await page.getByRole('button', { name: w.addSource }).click();
  return page.getByRole('form', { name: w.form });
}

async function interviewAndDocument(page: Page, w: Words): Promise<void> {
  await claimsList(page, w.list).getByRole('option').first().click();
  let form = await openSourceForm(page, w);
  await form.getByLabel(w.kind).selectOption({ label: w.interview });
  await form.getByLabel(w.title, { exact: true }).fill('Phone interview with KCNA');
  await form.getByLabel(w.contact, { exact: true }).fill('KCNA press office, +850 2 000 0000');
  await form.getByRole('button', { name: w.save }).click();
  await saved(page);
  const sources = page.locator('.source-items');
  const interview = sources.getByRole('listitem').filter({ hasText: 'Phone interview with KCNA' });
  await expect(interview).toContainText(w.interview);
  await expect(interview).toContainText(w.contactShown);
  // Nothing to archive: it has no address.
  await expect(interview.getByRole('button', { name: w.wayback })).toHaveCount(0);

  form = await openSourceForm(page, w);
  await form.getByLabel(w.kind).selectOption({ label: w.document });
  await form.getByLabel(w.title, { exact: true }).fill('Ministry report');
  const pdf = Buffer.from('%PDF-1.4\n% the ministry report, as sent to the newsroom\n');
  await form.getByLabel(w.file, { exact: true }).setInputFiles({ name: 'rapport.pdf', mimeType: 'application/pdf', buffer: pdf });
  await form.getByRole('button', { name: w.save }).click();
  await saved(page);
  const doc = sources.getByRole('listitem').filter({ hasText: 'Ministry report' });
  await expect(doc).toContainText(w.localCopy);
  await expect(doc).toContainText(/SHA-256 [0-9a-f]{12}…/);
  const download = page.waitForEvent('download');
  await doc.getByRole('button', { name: /rapport\.pdf/ }).click();
  const got = await download;
  expect(got.suggestedFilename()).toBe('rapport.pdf');
  expect(fs.readFileSync((await got.path())!).equals(pdf)).toBe(true);
}

async function webWithArchive(page: Page, w: Words): Promise<void> {
  await claimsList(page, w.list).getByRole('option').first().click();
  const form = await openSourceForm(page, w);
  await form.getByLabel(w.url, { exact: true }).fill('http://127.0.0.1:1/kremlin/72259');
  await form.getByLabel(w.title, { exact: true }).fill('Talks at Vostochny');
  await form.getByLabel(w.archiveLink).fill('https://example.org/web/2023/kremlin');
  await expect(form.getByText(w.archiveInvalid)).toBeVisible();
  await expect(form.getByRole('button', { name: w.save })).toBeDisabled();
  await form.getByLabel(w.archiveLink).fill('https://web.archive.org/web/20230913092700/http://kremlin.ru/events/president/news/72259');
  await form.getByRole('button', { name: w.save }).click();
  await saved(page);
  const source = page.locator('.source-items').getByRole('listitem').filter({ hasText: 'Talks at Vostochny' });
  await expect(source).toContainText(w.publicArchive);
  await expect(source.getByRole('link', { name: 'Wayback Machine' })).toHaveAttribute('href', /^https:\/\/web\.archive\.org\/web\/20230913092700\//);
}

/** A web source without an archive: the user asks the Wayback Machine, which cannot do it from here. */
async function waybackFails(page: Page, w: Words, expected: RegExp): Promise<void> {
  await claimsList(page, w.list).getByRole('option').first().click();
  const form = await openSourceForm(page, w);
  await form.getByLabel(w.url, { exact: true }).fill('http://127.0.0.1:1/kremlin/other');
  await form.getByLabel(w.title, { exact: true }).fill('Another page');
  await form.getByRole('button', { name: w.save }).click();
  await saved(page);
  const source = page.locator('.source-items').getByRole('listitem').filter({ hasText: 'Another page' });
  await source.getByRole('button', { name: w.wayback }).click();
  await expect(page.getByRole('alert')).toHaveText(expected);
  // Nothing pretends it worked: no archive link appears, the button is still there to try again.
  await expect(source.getByRole('link', { name: 'Wayback Machine' })).toHaveCount(0);
  await expect(source.getByRole('button', { name: w.wayback })).toBeEnabled();
}

test.describe('sources a newsroom actually uses', () => {
  test('in English: an interview by its contact, a document kept as a file', async ({ page, desk }) => {
    await interviewAndDocument(page, EN);
    await desk.shot('kinds');
    expect(desk.errors).toEqual([]);
  });

  test('in English: a public archive link beside the copy, and a Wayback Machine that refuses, said as it is', async ({ page, desk, wayback }) => {
    await webWithArchive(page, EN);
    await waybackFails(page, EN, EN.refused);
    expect(wayback.requests).toEqual(['/save/http://127.0.0.1:1/kremlin/other']);
    await desk.shot('wayback-refused');
    expect(desk.errors).toEqual([]);
  });

  test.describe('where the network does not reach the archive', () => {
    test.use({ waybackMode: 'unreachable' });
    test('in English: it says the Wayback Machine could not be reached from this computer', async ({ page, desk }) => {
      await waybackFails(page, EN, EN.unreachable);
      expect(desk.errors).toEqual([]);
    });
  });

  test.describe('en français', () => {
    test.use({ locale: 'fr-FR' });
    test('un entretien par son contact, un document gardé en fichier, un lien d’archive', async ({ page, desk }) => {
      await interviewAndDocument(page, FR);
      await webWithArchive(page, FR);
      await desk.shot('kinds');
      expect(desk.errors).toEqual([]);
    });

    test('la Wayback Machine qui refuse, dit tel quel', async ({ page, desk }) => {
      await waybackFails(page, FR, FR.refused);
      expect(desk.errors).toEqual([]);
    });

    test.describe('sans réseau jusqu’à l’archive', () => {
      test.use({ waybackMode: 'unreachable' });
      test('elle dit que la Wayback Machine n’a pas pu être jointe', async ({ page, desk }) => {
        await waybackFails(page, FR, FR.unreachable);
        expect(desk.errors).toEqual([]);
      });
    });
  });
});
