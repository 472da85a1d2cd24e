import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const benchRoot = join(here, '..', '..');

export interface BaselineProcess {
  readonly graphqlUrl: string;
  stop(): Promise<void>;
}

/** The baseline server (./server.ts) in a Node process of its own, like the API; resolves once it listens. */
export async function startBaselineProcess(port: number): Promise<BaselineProcess> {
  // from the bench directory, so that tsx finds tsx and bench/tsconfig.json (legacy decorators)
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'server.ts'), String(port)], {
    cwd: benchRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  try {
    await new Promise<void>((resolve, reject) => {
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        output.push(chunk.toString());
        if (stdout.includes('ready')) resolve();
      });
      exited.then((code) => reject(new Error(`the baseline exited (${code}): ${output.join('').trim()}`)));
      setTimeout(() => reject(new Error('the baseline did not start within 30s')), 30_000).unref();
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { graphqlUrl: `http://127.0.0.1:${port}/graphql`, stop };
}
