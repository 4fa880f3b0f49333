// Starts the real WsisConnect server (the built DLL) on free ports with a fresh store, for browser tests.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Several free ports, never the same one twice (the OS may hand a just-closed port out again). */
async function distinctFreePorts(count) {
  const ports = new Set();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

/**
 * Runs `dotnet <dll>` with the demo forum (or, with `demo: false`, an empty one) in a temporary store and waits until /health/ready answers 200.
 * The DLL comes from WSIS_SERVER_DLL (default: the Debug build in the repo); the content root from
 * ASPNETCORE_CONTENTROOT (default: src/WsisConnect.Server), whose pwa/ folder (or ASPNETCORE_WEBROOT) holds the app.
 * `env` adds or overrides the server's settings (`Section__Key`).
 */
export async function startServer({ readyTimeoutMs = 240_000, demo = true, env = {} } = {}) {
  if (process.env.WSIS_E2E_BASE_URL) {
    // A server someone already runs (e.g. `dotnet run` while working on the app): use it as it is.
    return { baseUrl: process.env.WSIS_E2E_BASE_URL.replace(/\/$/, ''), logPath: '', logTail: () => '', stop: async () => undefined };
  }
  const dll =
    process.env.WSIS_SERVER_DLL ??
    path.resolve(here, '../../src/WsisConnect.Server/bin/Debug/net10.0/WsisConnect.Server.dll');
  const contentRoot = process.env.ASPNETCORE_CONTENTROOT ?? path.resolve(repoRoot, 'src/WsisConnect.Server');
  if (!existsSync(dll)) {
    throw new Error(`Server not built: ${dll} is missing (dotnet build, or set WSIS_SERVER_DLL).`);
  }
  // The server's web root is "pwa" under the content root unless ASPNETCORE_WEBROOT says otherwise.
  const webRoot = path.resolve(contentRoot, process.env.ASPNETCORE_WEBROOT ?? 'pwa');
  if (!existsSync(path.join(webRoot, 'index.html'))) {
    throw new Error(`No app in ${webRoot}: build the server (it builds mobile/) or run "npm run build" in mobile/.`);
  }
  const [httpPort, storePort, siloPort, gatewayPort] = await distinctFreePorts(4);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'wsis-e2e-'));
  const logPath = path.join(dataDir, 'server.log');
  const log = createWriteStream(logPath);
  const baseUrl = `http://127.0.0.1:${httpPort}`;
  const childEnv = {
    ...process.env,
    Urls: baseUrl,
    ASPNETCORE_CONTENTROOT: contentRoot,
    Storage__DataDirectory: path.join(dataDir, 'store'),
    Storage__EmbeddedPort: String(storePort),
    Orleans__SiloPort: String(siloPort),
    Orleans__GatewayPort: String(gatewayPort),
    Orleans__ServiceId: `e2e-${Math.random().toString(36).slice(2, 10)}`,
    Demo__Enabled: demo ? 'true' : 'false',
    DOTNET_NOLOGO: '1',
    ...env,
  };
  let child;
  let exited = null;
  // Never leave a server behind, even when the test runner is interrupted.
  const killOnExit = () => child.exitCode === null && child.kill('SIGKILL');
  process.on('exit', killOnExit);
  function spawnServer() {
    exited = null;
    child = spawn('dotnet', [dll], { cwd: contentRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('exit', (code, signal) => {
      exited = { code, signal };
    });
  }
  async function stopChild() {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(timer);
    }
  }
  spawnServer();

  const server = {
    baseUrl,
    logPath,
    logTail(lines = 60) {
      try {
        return readFileSync(logPath, 'utf8').split('\n').slice(-lines).join('\n');
      } catch {
        return '';
      }
    },
    /**
     * Kills the server (SIGKILL, as a crash or a pulled plug: no goodbye to its clients), keeping its data;
     * `start()` brings it back on the same address and store.
     */
    async halt() {
      if (child.exitCode === null && child.signalCode === null) {
        const gone = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await gone;
      }
    },
    /** Starts the server again after `halt()` and waits until it is ready. */
    async start() {
      spawnServer();
      await waitReady();
    },
    async stop() {
      process.off('exit', killOnExit);
      await stopChild();
      log.end();
      rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };

  async function waitReady() {
    const deadline = Date.now() + readyTimeoutMs;
    while (Date.now() < deadline) {
      if (exited) {
        const tail = server.logTail();
        await server.stop();
        throw new Error(`Server exited early (${JSON.stringify(exited)}):\n${tail}`);
      }
      try {
        const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(2_000) });
        if (response.status === 200) {
          return;
        }
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const tail = server.logTail();
    await server.stop();
    throw new Error(`Server not ready within ${readyTimeoutMs / 1000} s:\n${tail}`);
  }
  await waitReady();
  return server;
}
