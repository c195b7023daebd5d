import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import schema from '../../../src/core/report/report.schema.json';
import { hostileInput, SCRIPT } from '../../fixtures/report/hostile';
import { kimPutinInput } from '../../fixtures/report/kim-putin';
import { text } from './render';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

interface ReportJson {
  schemaVersion: number;
  article: { body: string; folded: { text: string }[]; title: string | null };
  claims: { id: string; text: string; anchors: { start: number; end: number; folded?: number }[]; rationale: string; sources: { url: string }[] }[];
  summary: { claims: number };
}

async function exported(input = kimPutinInput('fr')): Promise<ReportJson> {
  const doc = JSON.parse(await text(input, 'json')) as unknown;
  const ok = validate(doc);
  expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
  expect(ok).toBe(true);
  return doc as ReportJson;
}

describe('JSON report read back against its committed JSON Schema', () => {
  it('is valid, versioned, and holds the body and each claim with anchors that slice the body to the claim text', async () => {
    const doc = await exported();
    expect(doc.schemaVersion).toBe(1);
    expect(doc.summary.claims).toBe(doc.claims.length);
    const priorite = doc.claims.find((c) => c.id === 'c01-priorite');
    expect(priorite?.anchors).toHaveLength(3);
    for (const c of doc.claims) {
      expect(c.anchors.length).toBeGreaterThan(0);
      for (const a of c.anchors) {
        const hay = a.folded === undefined ? doc.article.body : doc.article.folded[a.folded]?.text ?? '';
        expect(hay.slice(a.start, a.end)).toBe(c.text);
      }
    }
  });

  it('keeps hostile strings exactly (JSON escapes them; nothing is rewritten)', async () => {
    const input = hostileInput('en');
    const doc = await exported(input);
    expect(doc.article.title).toBe(input.article.meta.title);
    expect(doc.claims[0]?.rationale).toContain(SCRIPT);
    expect(doc.claims[0]?.sources[0]?.url).toBe('javascript:alert(document.cookie)');
  });

  it('rejects documents that break the schema (the check can fail)', async () => {
    const doc = (await exported()) as unknown as Record<string, unknown>;
    const broken = [
      { ...doc, schemaVersion: 2 },
      { ...doc, claims: [{ ...(doc.claims as object[])[0], anchors: [{ start: 1 }] }] },
      { ...doc, article: { ...(doc.article as object), body: undefined } },
      { ...doc, surprise: true },
    ];
    for (const b of broken) expect(validate(JSON.parse(JSON.stringify(b)))).toBe(false);
  });
});
