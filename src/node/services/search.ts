import type { Handlers } from '../../contract/dispatcher';
import type { ServiceContext } from './workspace-services';

export function searchHandlers(s: ServiceContext): Pick<Handlers, 'search.query'> {
  return {
    'search.query': ({ q, limit }) => s.search.query(q, limit),
  };
}
