// Runs the Electronegativity scanner (its published CommonJS build) on one folder
// and prints the result as JSON on stdout. Usage: node electronegativity-scan.cjs DIR ELECTRON_VERSION [EXCLUDED_CHECK,...]
'use strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script loading a CommonJS package
const runner = require('@doyensec/electronegativity/dist/runner.js');
const run = typeof runner === 'function' ? runner : runner.default;

const [input, electronVersion, excluded = ''] = process.argv.slice(2);
const log = console.log;
console.log = (...args) => process.stderr.write(args.join(' ') + '\n'); // its own chatter (offline i18n) stays off stdout
run({
  input,
  output: null,
  isRelative: true,
  severitySet: 'informational',
  confidenceSet: 'tentative',
  isJSON: true,
  customScan: [],
  excludeFromScan: excluded ? excluded.split(',') : [],
  electronVersionOverride: electronVersion,
}).then(
  (result) => log(JSON.stringify({ issues: result.issues, errors: result.errors })),
  (error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error) + '\n');
    process.exit(1);
  },
);
