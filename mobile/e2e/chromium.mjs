// The headless Chromium every browser test drives: Debian's (or CHROMIUM_PATH), with nothing that reaches the
// network on its own, so a test sees only the traffic of the app under test.
import { chromium } from 'playwright-core';

/** Launches headless Chromium for a browser test. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    timeout: 30_000,
  });
}
