// Watches every page a browser opens for Content-Security-Policy violations, so browser tests prove that the app
// works under the policy the server sends (no inline script or style, nothing from elsewhere).
import assert from 'node:assert/strict';

/**
 * Makes every context `browser.newContext()` creates from now on report CSP violations (the page's
 * securitypolicyviolation events and Chromium's own console reports) and the policies its documents came with.
 */
export function watchCsp(browser) {
  const watch = { violations: [], policies: [] };
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} in ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    context.on('console', (message) => {
      if (/Content Security Policy|CSP violation/i.test(message.text())) {
        watch.violations.push(`${message.page()?.url() ?? '?'}: ${message.text()}`);
      }
    });
    context.on('response', async (response) => {
      if (response.request().resourceType() === 'document') {
        watch.policies.push((await response.allHeaders())['content-security-policy'] ?? '(none)');
      }
    });
    return context;
  };
  return watch;
}

/** Asserts the pages loaded under a real policy and none of them broke it. */
export function assertNoCspViolations(watch) {
  assert.ok(watch.policies.length > 0, 'pages were loaded');
  for (const policy of watch.policies) {
    assert.match(policy, /script-src 'self';/, 'every page came with the Content-Security-Policy');
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
  }
  assert.deepEqual(watch.violations, [], 'no Content-Security-Policy violation');
}
