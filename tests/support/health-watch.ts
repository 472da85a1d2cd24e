import { Worker } from 'node:worker_threads';

// Runs in a thread of its own, so that the attacking requests this process sends
// cannot delay the probes: what it measures is the API's answer time alone.
const PROBE = `
const { parentPort, workerData } = require('node:worker_threads');
let running = true;
const times = [];
parentPort.on('message', () => { running = false; });
(async () => {
  // the first request of a thread loads fetch and opens the connection: not the API's time
  await (await fetch(workerData.url)).arrayBuffer();
  parentPort.postMessage('ready');
  while (running) {
    const started = performance.now();
    try {
      const response = await fetch(workerData.url);
      await response.arrayBuffer();
      times.push(response.status === 200 ? performance.now() - started : Infinity);
    } catch {
      times.push(Infinity);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  parentPort.postMessage(times);
})();
`;

/**
 * Asks `url` (/healthz) one request after another, from when the returned
 * promise resolves until its stop function is called; stopping answers every probe's time.
 */
export async function watchHealth(url: string): Promise<() => Promise<number[]>> {
  const worker = new Worker(PROBE, { eval: true, workerData: { url } });
  const messages: unknown[] = [];
  let notify: (() => void) | undefined;
  worker.on('message', (message: unknown) => {
    messages.push(message);
    notify?.();
  });
  const next = async (): Promise<unknown> => {
    while (messages.length === 0) {
      await new Promise<void>((resolve, reject) => {
        notify = resolve;
        worker.once('error', reject);
      });
    }
    return messages.shift();
  };
  if ((await next()) !== 'ready') throw new Error('the health probe did not start');
  return async () => {
    worker.postMessage('stop');
    const times = (await next()) as number[];
    await worker.terminate();
    return times;
  };
}
