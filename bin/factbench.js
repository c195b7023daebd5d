#!/usr/bin/env node
// The command line runs the TypeScript sources through tsx, so `npx factbench`
// works right after `npm ci` with no build step to remember.
import { register } from 'tsx/esm/api';

register();
await import('../src/node/cli/main.ts');
