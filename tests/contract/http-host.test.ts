import { describeApiSpec } from './api-spec';
import { httpTarget } from './targets';

describeApiSpec('the loopback HTTP host, on SQLite', () => httpTarget('SQLite'));
describeApiSpec('the loopback HTTP host, on PostgreSQL', () => httpTarget('PostgreSQL'));
