import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { sharedT, word, type Language, type Message } from '../../src/core/i18n';
import { errorMessage, type RpcErrorBody } from '../../src/contract/envelope';

/**
 * The native dialogs' options and texts in the interface language, from the
 * shared catalogues. Pure data (no Electron at run time), so a test reads
 * every string in both languages.
 */
export function dialogText(lang: Language) {
  const t = sharedT(lang) as unknown as (key: string, params?: Record<string, unknown>) => string;
  const workspaceFilter = [{ name: t('dialog.workspaceFiles'), extensions: ['db'] }];
  return {
    importFile: (): OpenDialogOptions => ({
      title: t('dialog.importTitle'),
      properties: ['openFile'],
      filters: [
        { name: t('dialog.articleFiles'), extensions: ['txt', 'md', 'html', 'htm', 'docx', 'pdf'] },
        { name: t('dialog.allFiles'), extensions: ['*'] },
      ],
    }),
    openWorkspace: (): OpenDialogOptions => ({ title: t('dialog.openWorkspaceTitle'), properties: ['openFile'], filters: workspaceFilter }),
    exportWorkspace: (defaultPath: string): SaveDialogOptions => ({ title: t('dialog.exportWorkspaceTitle'), defaultPath, filters: workspaceFilter }),
    restoreBackup: (defaultPath: string): OpenDialogOptions => ({ title: t('dialog.restoreTitle'), defaultPath, properties: ['openFile'], filters: workspaceFilter }),
    confirmRestore: (name: string): MessageBoxOptions => ({
      type: 'warning',
      buttons: [t('dialog.restore'), t('dialog.cancel')],
      defaultId: 1,
      cancelId: 1,
      message: t('dialog.restoreConfirm', { name }),
      detail: t('dialog.restoreDetail'),
    }),
    restored: (safetyCopy: string): MessageBoxOptions => ({ type: 'info', message: t('dialog.restored'), detail: t('dialog.restoredDetail', { name: safetyCopy }) }),
    exported: (file: string, bytes: number): MessageBoxOptions => ({
      type: 'info',
      message: t('dialog.workspaceExported'),
      detail: t('dialog.exportedDetail', { path: file, size: Math.round((bytes / 1048576) * 10) / 10 }),
    }),
    /** Error boxes: a title and one sentence, both in the interface language. */
    importFailed: (error: RpcErrorBody) => [t('dialog.importFailed'), word(errorMessage(error), lang)] as const,
    tooLarge: (name: string, bytes: number) =>
      [t('dialog.importFailed'), word({ key: 'errors.import.tooLarge', params: { name, size: Math.ceil((bytes / 1048576) * 10) / 10, limit: 20 } }, lang)] as const,
    /** `why`: the workspace problem (workspaceProblem), when it is one; else what the failure means in general. */
    cannotOpen: (why: Message | null) => [t('dialog.cannotOpen'), word(why ?? { key: 'errors.code.database' }, lang)] as const,
    exportFailed: (why: Message | null) => [t('dialog.exportFailed'), word(why ?? { key: 'errors.code.internal' }, lang)] as const,
    restoreFailed: (why: Message | null) => [t('dialog.restoreFailed'), word(why ?? { key: 'errors.code.database' }, lang)] as const,
    startFailed: (why: Message | null) => [t('dialog.startFailed'), word(why ?? { key: 'errors.code.database' }, lang)] as const,
    refused: (): RpcErrorBody => ({ code: 'bad-request', message: sharedT('en')('dialog.notTheWindow'), messageCode: 'dialog.notTheWindow' }),
    noWorkspace: (): RpcErrorBody => ({ code: 'database', message: sharedT('en')('dialog.noWorkspace'), messageCode: 'dialog.noWorkspace' }),
  };
}
