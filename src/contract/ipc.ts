/**
 * The Electron IPC channel names (one for calls, one for events). In a file of
 * their own so that the preload, which may load nothing but `electron`, takes
 * these two strings without the rest of the contract (catalogues, i18next).
 */
export const IPC_RPC_CHANNEL = 'factbench:rpc';
export const IPC_EVENT_CHANNEL = 'factbench:event';
