import type { SpeakerEntry, WorkspaceLabels } from '../../contract/methods/speakers';
import { readCount } from './codec';
import type { Db, Dialect } from './dialect/dialect';

/** Speakers, tags and assignees as they are used: read from the claims themselves, so they never drift from them. */
export class SpeakersRepo {
  constructor(
    private readonly db: Db,
    private readonly d: Dialect,
  ) {}

  async list(articleId: string): Promise<SpeakerEntry[]> {
    const rows = await this.db
      .selectFrom('claims')
      .select((eb) => ['speaker', eb.fn.countAll<number>().as('claims')])
      .where('article_id', '=', this.d.id(articleId))
      .where('speaker', 'is not', null)
      .where('speaker', '<>', '')
      .where('review', '<>', 'dismissed')
      .groupBy('speaker')
      .orderBy((eb) => eb.fn.countAll(), 'desc')
      .orderBy('speaker')
      .execute();
    return rows.map((r) => ({ name: r.speaker!, claims: readCount(r.claims) }));
  }

  async claimIds(articleId: string, speaker: string): Promise<string[]> {
    const rows = await this.db.selectFrom('claims').select('id').where('article_id', '=', this.d.id(articleId)).where('speaker', '=', speaker).orderBy('position').execute();
    return rows.map((r) => r.id);
  }

  async labels(): Promise<WorkspaceLabels> {
    const assignees = await this.db
      .selectFrom('claims')
      .select('assignee')
      .where('assignee', 'is not', null)
      .where('assignee', '<>', '')
      .groupBy('assignee')
      .orderBy((eb) => eb.fn.max('updated_at'), 'desc')
      .limit(200)
      .execute();
    return { tags: await this.d.tagCounts(this.db, 500), assignees: assignees.map((r) => r.assignee!) };
  }
}
