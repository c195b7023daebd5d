import type Database from 'better-sqlite3';
import type { SpeakerEntry, WorkspaceLabels } from '../../contract/methods/speakers';

/** Speakers, tags and assignees as they are used: read from the claims themselves, so they never drift from them. */
export class SpeakersRepo {
  private readonly ofArticle;
  private readonly claimsOf;
  private readonly tags;
  private readonly assignees;

  constructor(db: Database.Database) {
    this.ofArticle = db.prepare<[string], SpeakerEntry>(
      `SELECT speaker AS name, count(*) AS claims FROM claims
        WHERE article_id = ? AND speaker IS NOT NULL AND speaker <> '' AND review <> 'dismissed'
        GROUP BY speaker ORDER BY count(*) DESC, speaker`,
    );
    this.claimsOf = db.prepare<[string, string], { id: string }>(`SELECT id FROM claims WHERE article_id = ? AND speaker = ? ORDER BY position`);
    this.tags = db.prepare<[], { name: string; claims: number }>(
      `SELECT j.value AS name, count(*) AS claims FROM claims, json_each(claims.tags) j GROUP BY j.value ORDER BY count(*) DESC, j.value LIMIT 500`,
    );
    this.assignees = db.prepare<[], { assignee: string }>(
      `SELECT assignee FROM claims WHERE assignee IS NOT NULL AND assignee <> '' GROUP BY assignee ORDER BY max(updated_at) DESC LIMIT 200`,
    );
  }

  list(articleId: string): SpeakerEntry[] {
    return this.ofArticle.all(articleId);
  }

  claimIds(articleId: string, speaker: string): string[] {
    return this.claimsOf.all(articleId, speaker).map((r) => r.id);
  }

  labels(): WorkspaceLabels {
    return { tags: this.tags.all(), assignees: this.assignees.all().map((r) => r.assignee) };
  }
}
