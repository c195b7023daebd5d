import { z } from 'zod';
import { id, speakerName } from '../schemas';
import { method } from './define';

export interface SpeakerEntry {
  name: string;
  /** How many claims of the article this speaker made. */
  claims: number;
}

export interface WorkspaceLabels {
  tags: { name: string; claims: number }[];
  assignees: string[];
}

const name = speakerName;

/** Each article keeps its list of speakers; renaming one into another's name merges them. */
export const speakerMethods = {
  'speakers.list': method(z.strictObject({ articleId: id })).returns<SpeakerEntry[]>(),
  'speakers.rename': method(z.strictObject({ articleId: id, from: name, to: name })).returns<{ changed: number }>(),
  'labels.list': method(z.strictObject({})).returns<WorkspaceLabels>(),
} as const;
