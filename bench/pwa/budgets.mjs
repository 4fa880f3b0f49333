// The PWA's budgets on a phone on a venue's Wi-Fi: headless Chromium driven over CDP with the CPU 4x slower and
// DevTools' "Fast 3G" network, against the real server with the WSIS Forum 2025 demo.
//
//   node bench/pwa/budgets.mjs [--runs 5] [--label after] [--out bench/results/pwa-budgets.json]
//
// Each run opens fresh browser contexts (cold cache), so runs do not share anything but the server:
//   signin   the sign-in screen from nothing, the code typed, up to the agenda listing sessions: first contentful
//            paint, agenda usable, and the bytes moved on the wire by the page (its own requests; the service
//            worker's background precache is counted apart, as "precache").
//   session  signed in already (the token in storage), a session opened cold: first contentful paint, session
//            usable (connected, the ask box enabled, the question list shown).
//   agenda   signed in, the agenda opened cold: first contentful paint, agenda usable (sessions listed).
//   warm     the session again in the same context once the service worker has installed: first contentful
//            paint and session usable with the shell served by the service worker.
// The server to measure is the one e2e/server.mjs starts (WSIS_SERVER_DLL and ASPNETCORE_CONTENTROOT choose the
// build; the default is this checkout's Debug build). Figures are printed as JSON and appended to --out.
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../mobile/e2e/chromium.mjs';
import { repoRoot, startServer } from '../../mobile/e2e/server.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    label: { type: 'string', default: 'current' },
    out: { type: 'string', default: 'bench/results/pwa-budgets.json' },
  },
});

const code = 'WSIS-SITE-2025';
const sessionId = 's004';
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
// DevTools' "Fast 3G" preset (also Lighthouse's mobile throttling): 562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up.
const fast3g = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1000 * 1000) / 8 * 0.9, uploadThroughput: (750 * 1000) / 8 * 0.9 };
const limit = 60_000;

/** A page on the phone profile with its CDP session, counting the bytes its requests moved. */
async function phonePage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', fast3g);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const counter = { bytes: 0 };
  cdp.on('Network.loadingFinished', (e) => {
    counter.bytes += e.encodedDataLength;
  });
  cdp.on('Network.webSocketFrameReceived', (e) => {
    counter.bytes += e.response.payloadData.length;
  });
  return { page, counter };
}

/** Milliseconds from the navigation's start to first contentful paint. */
function firstContentfulPaint(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const seen = performance.getEntriesByName('first-contentful-paint')[0];
        if (seen) {
          resolve(seen.startTime);
          return;
        }
        new PerformanceObserver((list) => resolve(list.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1)).observe({ type: 'paint', buffered: true });
      }),
  );
}

/** Milliseconds since the navigation's start, read in the page (its own clock). */
const sinceStart = (page) => page.evaluate(() => performance.now());

async function sessionUsable(page) {
  await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor({ timeout: limit });
  await page.locator('[data-testid="ask-text"]:not([disabled])').waitFor({ timeout: limit });
  await page.getByTestId('question-mode').waitFor({ timeout: limit });
  return sinceStart(page);
}

async function agendaUsable(page) {
  await page.getByTestId('agenda-item').first().waitFor({ timeout: limit });
  return sinceStart(page);
}

async function signedInContext(browser, baseUrl, auth) {
  const context = await browser.newContext(phone);
  await context.addInitScript((stored) => {
    if (!localStorage.getItem('wsis.auth')) {
      localStorage.setItem('wsis.auth', stored);
    }
  }, JSON.stringify(auth));
  return context;
}

async function oneRun(browser, baseUrl, auth) {
  const figures = {};

  // Sign-in from nothing.
  {
    const context = await browser.newContext(phone);
    const precache = { bytes: 0 };
    context.on('requestfinished', async (request) => {
      if (request.serviceWorker()) {
        const sizes = await request.sizes().catch(() => null);
        precache.bytes += sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0;
      }
    });
    const { page, counter } = await phonePage(context);
    await page.goto(`${baseUrl}/#/signin`, { timeout: limit });
    figures.signinFirstPaint = await firstContentfulPaint(page);
    await page.getByTestId('signin-code').fill(code, { timeout: limit });
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('agenda-item').first().waitFor({ timeout: limit });
    figures.signinAgendaUsable = await sinceStart(page);
    figures.signinBytes = counter.bytes;
    await context.close();
  }

  // A session, signed in, cold; then warm through the service worker.
  {
    const context = await signedInContext(browser, baseUrl, auth);
    const { page } = await phonePage(context);
    await page.goto(`${baseUrl}/#/session/${sessionId}`, { timeout: limit });
    figures.sessionFirstPaint = await firstContentfulPaint(page);
    figures.sessionUsable = await sessionUsable(page);
    // The worker installs after load and precaches; wait until it controls the page and its cache is full.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    await page.close();
    const warm = await phonePage(context);
    await warm.page.goto(`${baseUrl}/#/session/${sessionId}`, { timeout: limit });
    figures.warmFirstPaint = await firstContentfulPaint(warm.page);
    figures.warmSessionUsable = await sessionUsable(warm.page);
    figures.warmBytes = warm.counter.bytes;
    await context.close();
  }

  // The agenda, signed in, cold.
  {
    const context = await signedInContext(browser, baseUrl, auth);
    const { page } = await phonePage(context);
    await page.goto(`${baseUrl}/#/agenda`, { timeout: limit });
    figures.agendaFirstPaint = await firstContentfulPaint(page);
    figures.agendaUsable = await agendaUsable(page);
    await context.close();
  }
  return figures;
}

/**
 * The JavaScript a first visit must fetch before the app runs: the entry script and every module index.html preloads,
 * raw and gzipped (level 9, as the build's .gz copies).
 */
function initialJavaScript() {
  const contentRoot = process.env.ASPNETCORE_CONTENTROOT ?? path.join(repoRoot, 'src/WsisConnect.Server');
  const webRoot = path.resolve(contentRoot, process.env.ASPNETCORE_WEBROOT ?? 'pwa');
  const html = readFileSync(path.join(webRoot, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
  const contents = files.map((file) => readFileSync(path.join(webRoot, file)));
  return {
    files: files.length,
    rawBytes: contents.reduce((sum, c) => sum + c.length, 0),
    gzipBytes: contents.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0),
  };
}

function summary(runs) {
  const keys = Object.keys(runs[0] ?? {});
  return Object.fromEntries(
    keys.map((key) => {
      const sorted = runs.map((r) => r[key]).sort((a, b) => a - b);
      return [key, { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] }];
    }),
  );
}

const server = await startServer({ readyTimeoutMs: 400_000 });
const browser = await launchChromium();
try {
  const response = await fetch(`${server.baseUrl}/api/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const signIn = await response.json();
  const auth = { token: signIn.token, expiresAt: signIn.expiresAt, profile: signIn.profile };
  const runs = [];
  for (let i = 0; i < Number(values.runs); i++) {
    runs.push(await oneRun(browser, server.baseUrl, auth));
    console.error(`run ${i + 1}: ${JSON.stringify(runs.at(-1))}`);
  }
  const result = { label: values.label, at: new Date().toISOString(), initialJavaScript: initialJavaScript(), runs, summary: summary(runs) };
  console.log(JSON.stringify(result, null, 2));
  mkdirSync(path.dirname(values.out), { recursive: true });
  appendFileSync(values.out, `${JSON.stringify(result)}\n`);
} finally {
  await browser.close();
  await server.stop();
}
