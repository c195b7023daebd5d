// Resolves `electron` to the fake below, so the real main-process bundle runs under plain Node.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: ${JSON.stringify(new URL('./fake-electron.mjs', import.meta.url).href)}, shortCircuit: true };
  return next(specifier, context);
}`),
  import.meta.url,
);
