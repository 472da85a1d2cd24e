// Runs the whole product from built output: the API (embedded database unless
// DATABASE_URL is set), the admin console (vite preview, proxying /graphql to
// the API) and a demo partner page embedding the widget. Used by `npm start`
// and by the browser end-to-end tests.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** A TCP port free on the loopback interface right now. @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createTcpServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** @param {string} url @param {number} timeoutMs */
async function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * A child process whose output this process keeps (and prints unless quiet), or,
 * with `logFile`, writes straight to that file: then nothing of it passes through
 * this process (a load generator here must not spend its time reading logs).
 * @param {string} name @param {string} command @param {string[]} args
 * @param {{ cwd: string, env: Record<string, string | undefined>, quiet: boolean, logFile?: string }} options
 */
function run(name, command, args, { cwd, env, quiet, logFile }) {
  const fd = logFile === undefined ? undefined : openSync(logFile, 'a');
  const stdio = fd === undefined ? 'pipe' : fd;
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', stdio, stdio] });
  if (fd !== undefined) closeSync(fd);
  /** @type {string[]} */
  const kept = [];
  const keep = (/** @type {Buffer} */ chunk) => {
    const text = chunk.toString();
    kept.push(text);
    if (!quiet) for (const line of text.trimEnd().split('\n')) console.log(`[${name}] ${line}`);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => (logFile === undefined ? kept.join('') : readFileSync(logFile, 'utf8'));
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output, exited };
}

/** @type {Record<string, string>} */
const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * The Content-Security-Policy a careful partner sets: scripts and styles from its own origin only
 * (the widget's bundle is served beside the page), calls to the booking API, nothing inline.
 * @param {string} apiUrl
 */
export const partnerPagePolicy = (apiUrl) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ${new URL(apiUrl).origin}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

/**
 * The demo partner page: its pages (with the API URL filled in), their files, and the widget bundle
 * with its locale chunks; every answer under the strict policy above.
 * @param {number} port @param {string} apiUrl @returns {Promise<import('node:http').Server>}
 */
function servePartnerPage(port, apiUrl) {
  const widget = join(root, 'packages', 'widget');
  const pages = new Map(
    ['index.html', 'two-widgets.html'].map((name) => [
      `/${name}`,
      readFileSync(join(widget, 'demo', name), 'utf8').replaceAll('__API_URL__', apiUrl),
    ]),
  );
  pages.set('/', pages.get('/index.html') ?? '');
  const files = new Map([
    ['/demo.js', join(widget, 'demo', 'demo.js')],
    ['/demo.css', join(widget, 'demo', 'demo.css')],
    ['/favicon.svg', join(widget, 'demo', 'favicon.svg')],
    ['/mm-booking.js', join(widget, 'dist', 'mm-booking.js')],
  ]);
  /** @param {string} type */
  const headers = (type) => ({ 'content-type': type, 'content-security-policy': partnerPagePolicy(apiUrl) });
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = pages.get(path);
    const locale = /^\/locales\/[\w.-]+\.js$/.test(path) ? join(widget, 'dist', path) : undefined;
    const file = files.get(path) ?? locale;
    if (page !== undefined) {
      res.writeHead(200, headers('text/html; charset=utf-8')).end(page);
    } else if (file && existsSync(file)) {
      res.writeHead(200, headers(TYPES[extname(file)] ?? 'application/octet-stream')).end(readFileSync(file));
    } else {
      res.writeHead(404, headers('text/plain')).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/**
 * The built API in a process of its own, as operators run it; resolves once
 * /readyz answers. `env` adds to this process's environment; `logFile` takes its output.
 * @param {{ port: number, env?: Record<string, string>, quiet?: boolean, logFile?: string }} options
 */
export async function startApiProcess({ port, env = {}, quiet = false, logFile }) {
  const url = `http://127.0.0.1:${port}`;
  const api = run('api', process.execPath, [join(root, 'apps', 'api', 'dist', 'main.js')], {
    cwd: join(root, 'apps', 'api'),
    env: { PORT: String(port), ...env },
    quiet,
    ...(logFile === undefined ? {} : { logFile }),
  });
  /** Asks it to stop (SIGTERM: it drains, then exits). */
  const stop = async () => {
    if (api.child.exitCode === null) api.child.kill('SIGTERM');
    await api.exited;
  };
  try {
    await Promise.race([
      waitFor(`${url}/readyz`, 120_000),
      api.exited.then((code) => {
        throw new Error(`the API exited (${code}): ${api.output().trim().split('\n').at(-1)}`);
      }),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  /** Everything the process has written to stdout and stderr so far. */
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    stop,
    /** Resolves with its exit code once it has exited. @type {Promise<number | null>} */
    exited: api.exited,
    output: api.output,
    /** Kills the process at once (a crash): nothing of it finishes. @returns {Promise<number | null>} */
    crash: async () => {
      api.child.kill('SIGKILL');
      return api.exited;
    },
  };
}

/**
 * What the API must be told about the other two: the console calls it from its own
 * origin (through its proxy, which the API trusts for the client's address), and the
 * demo partner page is the seeded demo partner's origin.
 * @param {number} adminPort @param {number} partnerPort @returns {Record<string, string>}
 */
export function stackOrigins(adminPort, partnerPort) {
  const origins = (/** @type {number} */ port) => `http://127.0.0.1:${port},http://localhost:${port}`;
  return {
    OPERATOR_ORIGINS: origins(adminPort),
    DEMO_PARTNER_ORIGINS: origins(partnerPort),
    TRUST_PROXY: 'loopback',
  };
}

/**
 * @param {{ apiPort?: number, adminPort?: number, partnerPort?: number, dataDir?: string,
 *           databaseUrl?: string, quiet?: boolean, apiEnv?: Record<string, string> }} [options]
 *   `apiEnv`: more settings for the API (the browser tests' limits)
 */
export async function startStack(options = {}) {
  const apiPort = options.apiPort ?? 4000;
  const adminPort = options.adminPort ?? 5173;
  const partnerPort = options.partnerPort ?? 5174;
  const quiet = options.quiet ?? false;
  const api = await startApiProcess({
    port: apiPort,
    env: {
      ...stackOrigins(adminPort, partnerPort),
      ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}),
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      ...options.apiEnv,
    },
    quiet,
  });
  /** @type {ReturnType<typeof run>[]} */
  const processes = [];
  /** @type {import('node:http').Server | undefined} */
  let partner;
  const stop = async () => {
    for (const p of processes) if (p.child.exitCode === null) p.child.kill('SIGTERM');
    await Promise.all([api.stop(), ...processes.map((p) => p.exited)]);
    await new Promise((resolve) => (partner ? partner.close(resolve) : resolve(undefined)));
  };
  try {
    const vite = join(root, 'apps', 'admin', 'node_modules', '.bin', 'vite');
    const admin = run('admin', vite, ['preview', '--host', '127.0.0.1', '--port', String(adminPort), '--strictPort'], {
      cwd: join(root, 'apps', 'admin'),
      env: { API_URL: api.url, ADMIN_PORT: String(adminPort) },
      quiet,
    });
    processes.push(admin);
    partner = await servePartnerPage(partnerPort, api.graphqlUrl);
    await waitFor(`http://127.0.0.1:${adminPort}/`, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    apiUrl: api.graphqlUrl,
    adminUrl: `http://127.0.0.1:${adminPort}/`,
    partnerUrl: `http://127.0.0.1:${partnerPort}/`,
    stop,
  };
}
