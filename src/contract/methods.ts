import type { z } from 'zod';
import { articleMethods } from './methods/articles';
import { backupMethods } from './methods/backup';
import { claimMethods } from './methods/claims';
import { editingMethods } from './methods/editing';
import { reportMethods } from './methods/reports';
import { sourceMethods } from './methods/sources';
import { workspaceMethods } from './methods/workspace';
import { libraryMethods } from './methods/library';
import { attachmentMethods } from './methods/attachments';
import { speakerMethods } from './methods/speakers';
import { verdictScaleMethods } from './methods/verdict-scales';
import { uiStateMethods } from './methods/ui-state';
import { pastCheckMethods } from './methods/past-checks';

/**
 * The one API: every method declared once, in a file per domain, with a
 * runtime schema for its input and a static type for its output.
 */
export const methods = {
  ...workspaceMethods,
  ...articleMethods,
  ...claimMethods,
  ...sourceMethods,
  ...reportMethods,
  ...editingMethods,
  ...libraryMethods,
  ...attachmentMethods,
  ...speakerMethods,
  ...verdictScaleMethods,
  ...uiStateMethods,
  ...pastCheckMethods,
  ...backupMethods,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
/** What a caller passes (before schema defaults are applied). */
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives (after validation and defaults). */
export type HandlerInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Methods[M]['output']>;

export type { ClaimDetail } from './methods/claims';
export type { ReanchorEntry, TextSaved, TextUpdateReport } from './methods/editing';
export type { ExportedReport } from './methods/reports';
export type { AppInfo, SearchHit, Settings } from './methods/workspace';
