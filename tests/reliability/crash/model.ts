import type Database from 'better-sqlite3';
import type { WriterLine } from './writer';

type OpLine = Exclude<WriterLine, { kind: 'ready' }>;

/**
 * What the writers told us, across every run: the changes acknowledged (which
 * must be in the database after any kill) and the ones only intended (which may
 * or may not be, but never half).
 */
export class CrashModel {
  readonly acked: OpLine[] = [];
  readonly intents: OpLine[] = [];

  add(line: WriterLine): void {
    if (line.kind === 'ack') this.acked.push(line);
    else if (line.kind === 'intent') this.intents.push(line);
  }

  /** Every problem found in the database, as sentences; empty when all is well. */
  check(db: Database.Database): string[] {
    const problems: string[] = [];
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 3))}`);

    const article = db.prepare<[string], { original: string }>('SELECT original FROM articles WHERE id = ?');
    const claim = db.prepare<[string], { verdict: string | null; rationale: string }>('SELECT verdict, rationale FROM claims WHERE id = ?');
    const cited = db.prepare<[string, string], { url: string }>('SELECT s.url FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id = ? AND cs.source_id = ?');
    for (const a of this.acked) {
      if (a.op === 'import') {
        const row = article.get(a.articleId!);
        if (!row) problems.push(`acknowledged import ${a.seq} (${a.articleId}) is missing`);
        else if (!row.original.includes(a.title)) problems.push(`import ${a.seq} lost its text`);
      } else if (a.op === 'source') {
        const row = cited.get(a.claimId, a.sourceId!);
        if (!row) problems.push(`acknowledged source ${a.seq} (${a.url}) is missing`);
        else if (row.url !== a.url) problems.push(`source ${a.seq} has url ${row.url}, not ${a.url}`);
      } else if (a.op === 'claim') {
        if (!claim.get(a.claimId!)) problems.push(`acknowledged claim ${a.seq} (${a.claimId}) is missing`);
      }
    }

    // A verdict is the last acknowledged one, or one intended after it (committed, then killed before the ack).
    const lastAck = new Map<string, Extract<OpLine, { op: 'verdict' }>>();
    for (const a of this.acked) if (a.op === 'verdict') lastAck.set(a.claimId, a);
    for (const [claimId, ack] of lastAck) {
      const row = claim.get(claimId);
      if (!row) {
        problems.push(`claim ${claimId} with an acknowledged verdict is missing`);
        continue;
      }
      const allowed = [ack, ...this.intents.filter((i): i is typeof ack => i.op === 'verdict' && i.claimId === claimId && i.seq > ack.seq)];
      if (!allowed.some((v) => v.verdict === row.verdict && v.rationale === row.rationale)) {
        problems.push(`claim ${claimId} has verdict ${row.verdict} / "${row.rationale.slice(0, 30)}", acknowledged ${ack.verdict} (seq ${ack.seq})`);
      }
    }

    // Never half a change: each article, citation and manual claim came with its audit event, in the same transaction.
    const orphans = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const noEvent = orphans(`SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.entity = 'article' AND e.entity_id = a.id AND e.action = 'create')`);
    if (noEvent) problems.push(`${noEvent} articles without their import event`);
    const uncited = orphans(
      `SELECT count(*) AS n FROM claim_sources cs WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.entity = 'claim_source' AND e.entity_id = cs.claim_id AND json_extract(e.after, '$.sourceId') = cs.source_id)`,
    );
    if (uncited) problems.push(`${uncited} citations without their event`);
    const danglingSources = orphans(`SELECT count(*) AS n FROM sources s WHERE NOT EXISTS (SELECT 1 FROM claim_sources cs WHERE cs.source_id = s.id)`);
    if (danglingSources) problems.push(`${danglingSources} sources saved without their citation`);
    // The audit trail agrees with the data: a claim's verdict is the one its last verdict event recorded.
    const disagree = orphans(
      `SELECT count(*) AS n FROM claims c
        WHERE EXISTS (SELECT 1 FROM events e WHERE e.entity = 'claim' AND e.entity_id = c.id AND json_type(e.after, '$.verdict') IS NOT NULL)
          AND c.verdict IS NOT (SELECT json_extract(e.after, '$.verdict') FROM events e
                                 WHERE e.entity = 'claim' AND e.entity_id = c.id AND json_type(e.after, '$.verdict') IS NOT NULL
                                 ORDER BY e.at DESC, e.id DESC LIMIT 1)`,
    );
    if (disagree) problems.push(`${disagree} claims whose verdict differs from their last verdict event`);
    return problems;
  }
}
