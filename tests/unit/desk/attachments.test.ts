import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES } from '../../../src/contract/methods/attachments';
import { deskWorkspace } from './client';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR screenshot of the KCNA page')]);

describe('evidence attachments', () => {
  let desk: Awaited<ReturnType<typeof deskWorkspace>>;
  let claimId: string;
  beforeAll(async () => {
    desk = await deskWorkspace();
    claimId = (await desk.client.call('claims.list', { articleId: desk.articleId }))[0]!.id;
  });
  afterAll(() => desk.cleanup());

  it('keeps a screenshot in the workspace, typed by its bytes, with its SHA-256', async () => {
    const info = await desk.client.call('attachments.add', { claimId, name: 'kcna.jpg', dataBase64: PNG.toString('base64') });
    expect(info).toMatchObject({ name: 'kcna.jpg', mime: 'image/png', kind: 'PNG image', size: PNG.length, sha256: createHash('sha256').update(PNG).digest('hex') });
    const list = await desk.client.call('attachments.list', { claimId });
    expect(list.map((a) => a.id)).toEqual([info.id]);
    const file = await desk.client.call('attachments.get', { id: info.id });
    expect(Buffer.from(file.base64, 'base64').equals(PNG)).toBe(true);
    const audit = desk.workspace.db.prepare(`SELECT action FROM events WHERE entity = 'claim_attachment' AND entity_id = ?`).all(claimId);
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it('refuses programs, empty files and files over the limit, and stores nothing', async () => {
    const before = (await desk.client.call('attachments.list', { claimId })).length;
    const exe = await desk.client.try('attachments.add', { claimId, name: 'screenshot.png', dataBase64: Buffer.from('MZ\x90\x00\x03\x00binary').toString('base64') });
    expect(exe).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('not a file type') } });
    const empty = await desk.client.try('attachments.add', { claimId, name: 'empty.txt', dataBase64: '' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const big = Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 0x41);
    const tooBig = await desk.client.try('attachments.add', { claimId, name: 'big.txt', dataBase64: big.toString('base64') });
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('10 MB') } });
    expect(await desk.client.call('attachments.list', { claimId })).toHaveLength(before);
  });

  it('removes an attachment and records it', async () => {
    const [first] = await desk.client.call('attachments.list', { claimId });
    await desk.client.call('attachments.remove', { id: first!.id });
    expect(await desk.client.call('attachments.list', { claimId })).toEqual([]);
    expect(await desk.client.try('attachments.get', { id: first!.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
