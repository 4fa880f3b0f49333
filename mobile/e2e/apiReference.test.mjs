// Browser test of the API reference page (/api/reference, Scalar): it renders the server's OpenAPI document under
// its own Content-Security-Policy (scripts from this origin plus one nonce for its inline start-up script, inline
// styles; nothing from elsewhere) without a single violation.
// Run: node --test mobile/e2e/
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { watchCsp } from './csp.mjs';
import { launchChromium } from './chromium.mjs';
import { startServer } from './server.mjs';

const wait = 30_000;
let server;
let browser;
let csp;

describe('the API reference page', { timeout: 180_000 }, () => {
  before(async () => {
    server = await startServer({ demo: false });
    browser = await launchChromium();
    csp = watchCsp(browser);
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it('renders the OpenAPI document under its nonce policy, nothing refused but the bundle\'s eval probe', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const elsewhere = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.baseUrl) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
        elsewhere.push(request.url());
      }
    });

    await page.goto(`${server.baseUrl}/api/reference`);
    await page.getByText('Exchange a personal access code for a bearer token').first().waitFor({ timeout: wait });
    await page.getByText('Organisers: registration').first().waitFor({ timeout: wait });

    // The address without its slash redirects to reference/: two documents, the page the last.
    const policy = csp.policies.at(-1);
    assert.match(policy, /script-src 'self' 'nonce-[0-9a-f]{32}';/, 'inline script only with this response\'s nonce');
    for (const each of csp.policies) {
      assert.doesNotMatch(each, /script-src[^;]*unsafe/, 'no unsafe script sources');
    }
    assert.match(policy, /frame-ancestors 'none'/);
    // The bundle's schema library (zod) probes once whether it may compile with Function(''), and works without
    // when refused: that refusal is the policy doing its job, not a broken page. Anything else is a violation.
    const probes = csp.violations.filter((v) => /script-src blocked eval in .*\/api\/reference\/scalar\.js/.test(v));
    assert.ok(probes.length <= 1, 'at most the one eval probe');
    assert.deepEqual(csp.violations.filter((v) => !probes.includes(v)), [], 'no other Content-Security-Policy violation');
    assert.deepEqual(elsewhere, [], 'nothing fetched from another origin');
    await context.close();
  });
});
