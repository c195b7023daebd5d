import { describeApiSpec } from './api-spec';
import { directTarget } from './targets';

describeApiSpec('the in-process dispatcher, on SQLite', () => directTarget('SQLite'));
describeApiSpec('the in-process dispatcher, on PostgreSQL', () => directTarget('PostgreSQL'));
