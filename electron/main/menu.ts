import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  importFile(): void;
  exportReport(): void;
  openRecent(path: string): void;
  openWorkspace(): void;
  exportWorkspace(): void;
  restoreBackup(): void;
}

/** File ▸ Import…, Open Recent, Export report…, the workspace commands, Quit; the usual Edit and View menus. */
export function buildMenu(actions: MenuActions, recent: string[]): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { id: 'import', label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => actions.importFile() },
        {
          label: 'Open Recent',
          submenu: recent.length ? recent.map((p) => ({ label: p, click: () => actions.openRecent(p) })) : [{ label: 'No recent files', enabled: false }],
        },
        { id: 'export', label: 'Export report…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportReport() },
        { type: 'separator' },
        { id: 'open-workspace', label: 'Open workspace…', click: () => actions.openWorkspace() },
        { id: 'export-workspace', label: 'Export workspace…', click: () => actions.exportWorkspace() },
        { id: 'restore-backup', label: 'Restore from backup…', click: () => actions.restoreBackup() },
        { type: 'separator' },
        { role: 'quit', id: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { label: 'View', submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }] },
  ];
  return Menu.buildFromTemplate(template);
}
