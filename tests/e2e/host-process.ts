import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../helpers/paths';

export interface HostProcess {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Every host started by this test process. Tests stop theirs in a fixture's
 * teardown; on top of that, each host owns the read end of a pipe from this
 * process (`--stop-on-stdin-close`): when this process goes away, however it
 * goes (a crash, a timeout, SIGKILL), the host stops too. No host outlives the run.
 */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Starts `npm run web`'s host as its own process on a workspace file, as a user would, and waits for its ready line. */
export function startHostProcess(db: string): Promise<HostProcess> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), path.join(repoRoot, 'src/node/host/main.ts'), '--db', db, '--no-open', '--stop-on-stdin-close'], {
    cwd: repoRoot,
    env: { ...process.env, CI: 'true' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Factbench is ready at (\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1]!,
          process: child,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${output}`));
    });
  });
}
