// axe-core, run in the page under test, for the browser tests' accessibility checks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical findings inside `selector` as the page is now (the app's header is not a screen's own). */
export async function seriousFindings(page, selector) {
  await page.evaluate(axeSource);
  const results = await page.evaluate((context) => globalThis.axe.run(context, { resultTypes: ['violations'] }), selector);
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
