import type { MenuItemConstructorOptions } from 'electron';
import { SHARED_CATALOGUES, type Language } from '../../src/core/i18n';

export interface MenuActions {
  importFile(): void;
  exportReport(): void;
  openRecent(path: string): void;
  openWorkspace(): void;
  exportWorkspace(): void;
  restoreBackup(): void;
}

/**
 * File ▸ Import…, Open Recent, Export report…, the workspace commands, Quit;
 * the usual Edit and View menus. Every label comes from the shared catalogues
 * in the interface language — roles keep their behaviour, but not Electron's
 * own (English or system-language) labels. No Electron at run time here, so
 * the template is tested as data.
 */
export function menuTemplate(actions: MenuActions, recent: string[], lang: Language): MenuItemConstructorOptions[] {
  const m = SHARED_CATALOGUES[lang].menu;
  return [
    {
      label: m.file,
      submenu: [
        { id: 'import', label: m.import, accelerator: 'CmdOrCtrl+O', click: () => actions.importFile() },
        {
          label: m.openRecent,
          submenu: recent.length ? recent.map((p) => ({ label: p, click: () => actions.openRecent(p) })) : [{ label: m.noRecent, enabled: false }],
        },
        { id: 'export', label: m.exportReport, accelerator: 'CmdOrCtrl+E', click: () => actions.exportReport() },
        { type: 'separator' },
        { id: 'open-workspace', label: m.openWorkspace, click: () => actions.openWorkspace() },
        { id: 'export-workspace', label: m.exportWorkspace, click: () => actions.exportWorkspace() },
        { id: 'restore-backup', label: m.restoreBackup, click: () => actions.restoreBackup() },
        { type: 'separator' },
        { role: 'quit', id: 'quit', label: m.quit },
      ],
    },
    {
      label: m.edit,
      submenu: [
        { role: 'undo', label: m.undo },
        { role: 'redo', label: m.redo },
        { type: 'separator' },
        { role: 'cut', label: m.cut },
        { role: 'copy', label: m.copy },
        { role: 'paste', label: m.paste },
        { role: 'selectAll', label: m.selectAll },
      ],
    },
    {
      label: m.view,
      submenu: [
        { role: 'reload', label: m.reload },
        { role: 'toggleDevTools', label: m.devTools },
        { type: 'separator' },
        { role: 'resetZoom', label: m.resetZoom },
        { role: 'zoomIn', label: m.zoomIn },
        { role: 'zoomOut', label: m.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: m.fullScreen },
      ],
    },
  ];
}
