// Signing in as the browser tests do it: through the sign-in screen, with a demo access code.

/** Signs `page` in at `baseUrl` with `code` and waits for the agenda the app opens after signing in. */
export async function signIn(page, baseUrl, code, timeout = 20_000) {
  await page.goto(`${baseUrl}/#/signin`);
  await page.getByTestId('signin-code').fill(code);
  await page.getByTestId('signin-submit').click();
  await page.waitForURL(/#\/agenda$/, { timeout });
}
