import { run } from './run';

// `factbench …` (bin/factbench.js runs this bundle, or these sources through tsx).
const code = await run(process.argv.slice(2), {
  out: (chunk) => process.stdout.write(chunk),
  err: (line) => process.stderr.write(`${line}\n`),
});
// Exit once standard output has drained: a pipeline reading a large report must get all of it.
process.stdout.write('', () => process.exit(code));
