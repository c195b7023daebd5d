import { AsyncLocalStorage } from 'node:async_hooks';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

/**
 * Inside `store.transaction(fn)`, `fn` must use the repositories it is given.
 * A query through the store's own repositories there would, on SQLite, wait
 * for the one connection the transaction holds (forever), and on PostgreSQL
 * run on another pooled client, outside the transaction. This plugin, set on
 * the store's own Kysely instance (not on the transaction's), refuses such a
 * query with a message that names the mistake.
 */
const inTransaction = new AsyncLocalStorage<true>();

export class OutsideTransactionGuard implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (inTransaction.getStore()) throw new Error('A query went through the store outside the transaction it runs in: use the repositories the transaction passes.');
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/** Marks `fn` and everything it awaits as inside a transaction; transactions do not nest. */
export function runAsTransaction<T>(fn: () => Promise<T>): Promise<T> {
  if (inTransaction.getStore()) return Promise.reject(new Error('Transactions do not nest: use the transaction already open.'));
  return inTransaction.run(true, fn);
}
