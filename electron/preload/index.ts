/**
 * The whole bridge: `window.factbench = { send, onEvent }`, nothing else.
 * Bundled to CommonJS because a sandboxed preload cannot load ES modules.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiEvent, FactbenchBridge, RpcRequest, RpcResponse } from '../../src/contract/envelope';
import { IPC_EVENT_CHANNEL, IPC_RPC_CHANNEL } from '../../src/contract/ipc';

const bridge: FactbenchBridge = {
  send: (request: RpcRequest) => ipcRenderer.invoke(IPC_RPC_CHANNEL, request) as Promise<RpcResponse>,
  onEvent(listener: (event: ApiEvent) => void) {
    const handler = (_e: IpcRendererEvent, event: ApiEvent) => listener(event);
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('factbench', bridge);
