/**
 * `factbench serve` as its own process, as an administrator starts it
 * (`node bin/factbench.js serve …`), for tests and benchmarks. Every server
 * started here is stopped by the caller's teardown; on top of that each owns
 * the read end of a pipe from this process (`--stop-on-stdin-close`), so none
 * outlives the run, however it ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './paths';

export interface ServeProcess {
  /** The ready line's URL: http://HOST:PORT/#token=T (or the public URL). */
  url: string;
  /** http://HOST:PORT, where it listens (the ready line's URL may be the public one). */
  origin: string;
  token: string;
  process: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** SIGTERM (the calls in flight are answered first); resolves when it has exited. */
  stop(): Promise<void>;
  /** SIGKILL: no goodbye. */
  kill(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export const SERVE_READY = /Factbench team server at (\S+)/;

export interface ServeRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

function spawnServe(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/factbench.js'), 'serve', ...args], {
    cwd: repoRoot,
    env: { ...process.env, FACTBENCH_DATABASE_URL: '', FACTBENCH_TOKEN: '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** Runs serve to its end (a refusal): what it printed and its exit status. */
export function runServe(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ServeRun> {
  const child = spawnServe(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** Starts serve and waits for its ready line; `--listen 127.0.0.1:0` unless the arguments say where. */
export function startServe(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ServeProcess> {
  const all = args.includes('--listen') ? args : [...args, '--listen', '127.0.0.1:0'];
  const child = spawnServe([...all, '--stop-on-stdin-close'], env);
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stopWith = (signal: NodeJS.Signals) => async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`factbench serve did not start:\n${output}`));
    }, 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = SERVE_READY.exec(output);
      if (m && child.exitCode === null) {
        clearTimeout(timer);
        const url = new URL(m[1]!);
        const listening = /Listening on (\S+)/.exec(output);
        resolve({
          url: m[1]!,
          origin: listening ? listening[1]! : url.origin,
          token: new URLSearchParams(url.hash.slice(1)).get('token') ?? '',
          process: child,
          output: () => output,
          stop: stopWith('SIGTERM'),
          kill: stopWith('SIGKILL'),
        });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`factbench serve exited with ${code}:\n${output}`));
    });
  });
}

/** One API call over a server's HTTP surface: the answer envelope as it came. */
export async function rpc<T = unknown>(server: { origin: string; token: string }, method: string, input: unknown = {}): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }> {
  const res = await fetch(`${server.origin}/rpc`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ method, input }),
  });
  return (await res.json()) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
}

/** Like rpc, but throws the API's message when it refuses. */
export async function must<T = unknown>(server: { origin: string; token: string }, method: string, input: unknown = {}): Promise<T> {
  const r = await rpc<T>(server, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`);
  return r.value;
}
