import { msg, type Message } from '../../core/i18n';
import { WorkspaceFileError } from './backup';
import { DatabaseTooNewError } from './migrate';

/** Why a workspace file cannot be used, as a catalogue message (the desk and the desktop dialogs word it), or null for other errors. */
export function workspaceProblem(error: unknown): Message | null {
  if (error instanceof DatabaseTooNewError) {
    const numbers = { found: error.found, supported: error.supported };
    return error.writtenBy ? msg('errors.workspace.tooNew', { ...numbers, release: error.writtenBy }) : msg('errors.workspace.tooNewUnknown', numbers);
  }
  if (!(error instanceof WorkspaceFileError)) return null;
  switch (error.problem) {
    case 'too-new':
    case 'corrupt':
      return msg('errors.workspace.corrupt');
    case 'missing':
      return msg('errors.workspace.missing');
    case 'in-memory':
      return msg('errors.workspace.inMemory');
    default:
      return msg('errors.workspace.notWorkspace');
  }
}
