import { Menu } from 'electron';
import type { Language } from '../../src/core/i18n';
import { menuTemplate, type MenuActions } from './menu-template';

export type { MenuActions } from './menu-template';

/** The application menu in the interface language (rebuilt when it changes). */
export function buildMenu(actions: MenuActions, recent: string[], lang: Language): Menu {
  return Menu.buildFromTemplate(menuTemplate(actions, recent, lang));
}
