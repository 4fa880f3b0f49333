// Browser test of the organisers' screens against a real server started without the demo: the first organiser
// comes from the one-time setup code the server prints; they import a pretalx schedule and a registration list
// (with a bad row), edit a session while an attendee's agenda follows live, reissue a code, print badges to PDF
// (page count checked, no sign-in code on a badge page), switch the forum's settings; registration staff register
// a walk-in and cannot open the organisers' screens; the screens read right to left in Arabic.
// Run: node --test mobile/e2e/   (WSIS_SCREENSHOTS=1 also writes the README screenshots to docs/screenshots/)
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { launchChromium } from './chromium.mjs';
import { repoRoot, startServer } from './server.mjs';

const wait = 20_000;
const screenshotDir = process.env.WSIS_SCREENSHOT_DIR ?? path.join(repoRoot, 'docs', 'screenshots');
const takeScreenshots = process.env.WSIS_SCREENSHOTS === '1';

let server;
let browser;

async function screenshot(page, name) {
  if (takeScreenshots) {
    mkdirSync(screenshotDir, { recursive: true });
    await page.mouse.move(1, 1);
    await page.screenshot({ path: path.join(screenshotDir, name), animations: 'disabled', caret: 'hide' });
  }
}

/** Waits until the server's log holds the one-time setup code, and returns it. */
async function setupCode() {
  const deadline = Date.now() + wait;
  while (Date.now() < deadline) {
    const match = /One-time setup code: ([A-Z0-9-]{14})/.exec(readFileSync(server.logPath, 'utf8'));
    if (match) return match[1];
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No setup code in the server log:\n${server.logTail()}`);
}

/** A pretalx-style schedule.json of a few sessions, over two days, in three rooms. */
function schedule() {
  const rooms = ['Popov', 'Room C', 'Room K'];
  const events = Array.from({ length: 12 }, (_, i) => ({
    id: 500 + i,
    guid: `e2e-${String(i + 1).padStart(3, '0')}-0000-4000-8000-000000000000`,
    date: `2026-07-0${6 + (i % 2)}T${String(9 + Math.floor(i / 2)).padStart(2, '0')}:00:00+02:00`,
    start: `${String(9 + Math.floor(i / 2)).padStart(2, '0')}:00`,
    duration: '01:00',
    room: rooms[i % 3],
    title: ['Opening of the WSIS Forum', 'Digital public infrastructure', 'AI governance dialogue', 'Knowledge café: youth', 'Closing the digital divide', 'Cybersecurity for all'][i % 6] + ` (${i + 1})`,
    track: ['C1 Governance', 'C2 Infrastructure SDG 9', 'C10 Ethics', 'C4 Capacity building SDG 4', 'C3 Access', 'C5 Security'][i % 6],
    type: ['Keynote', 'Talk', 'Panel', 'Knowledge Café', 'Workshop', 'Talk'][i % 6],
    abstract: 'A session of the forum week.',
    persons: [{ public_name: `Speaker ${i + 1}` }],
  }));
  const days = [6, 7].map((day, index) => ({
    index: index + 1,
    date: `2026-07-0${day}`,
    rooms: Object.fromEntries(rooms.map((room) => [room, events.filter((e) => e.room === room && e.date.startsWith(`2026-07-0${day}`))])),
  }));
  return JSON.stringify({ schedule: { version: '1', conference: { title: 'WSIS Forum 2026', time_zone_name: 'Europe/Zurich', days } } });
}

/** The registration list: on-site and remote people, registration staff, and one row with an unknown country. */
function registrationList() {
  const rows = ['External ID,Name,Organisation,Country,Stakeholder type,Participation,Role,Email'];
  const countries = ['KE', 'Switzerland', 'BR', 'IN', 'France', 'JP', 'EG'];
  for (let n = 1; n <= 9; n += 1) {
    rows.push(`REG-${n},Attendee ${n},Organisation ${n},${countries[n % countries.length]},Government,${n % 3 === 0 ? 'Remote' : 'On site'},Delegate,p${n}@example.org`);
  }
  rows.push('REG-STAFF,Desk Staff,ITU,CH,International organization,On site,Registration staff,desk@example.org');
  rows.push('REG-BAD,Nobody Known,Nowhere Inc,Atlantis,Academia,On site,Delegate,');
  return rows.join('\r\n') + '\r\n';
}

async function signIn(page, code) {
  await page.goto(`${server.baseUrl}/#/signin`);
  await page.getByTestId('signin-code').fill(code);
  await page.getByTestId('signin-submit').click();
  await page.waitForURL(/#\/agenda$/, { timeout: wait });
}

/** The text of each page of a PDF. */
async function pdfPages(buffer) {
  const pdf = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let i = 1; i <= pdf.numPages; i += 1) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => item.str).join(' '));
  }
  return pages;
}

describe('the organisers run their own forum in the browser', { timeout: 300_000 }, () => {
  before(async () => {
    server = await startServer({ demo: false });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it('sets up, imports, edits live, issues codes, prints badges, and the desk registers a walk-in', async () => {
    const organiserContext = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const organiser = await organiserContext.newPage();
    organiser.on('dialog', (dialog) => void dialog.accept());

    // The first organiser, with the setup code from the server's log.
    await organiser.goto(`${server.baseUrl}/#/signin`);
    await organiser.getByTestId('setup-link').click();
    await organiser.getByTestId('setup-setupCode').fill(await setupCode());
    await organiser.getByTestId('setup-name').fill('Grace Organiser');
    await organiser.getByTestId('setup-organisation').fill('ITU');
    await organiser.getByTestId('setup-country').selectOption('CH');
    await organiser.getByTestId('setup-submit').click();
    const organiserCode = (await organiser.getByTestId('new-code').textContent({ timeout: wait })).trim();
    assert.match(organiserCode, /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await organiser.getByTestId('register-continue').click();
    await organiser.waitForURL(/#\/organise\/agenda$/, { timeout: wait });

    // The agenda from a pretalx schedule: preview first, then confirm.
    await organiser.getByTestId('import-file-agenda').setInputFiles({ name: 'schedule.json', mimeType: 'application/json', buffer: Buffer.from(schedule()) });
    await organiser.getByTestId('import-preview').waitFor({ timeout: wait });
    assert.equal(await organiser.getByTestId('count-added').getAttribute('data-value'), '12');
    assert.equal(await organiser.getByTestId('import-change').count(), 12);
    await screenshot(organiser, 'organise-agenda-preview.png');
    await organiser.getByTestId('import-confirm').click();
    await organiser.getByTestId('import-applied').waitFor({ timeout: wait });

    // The registration list, with a row whose country does not exist: reported on its line, left out on request.
    await organiser.getByTestId('organise-tab-registration').click();
    await organiser.getByTestId('import-file-registration').setInputFiles({ name: 'registrations.csv', mimeType: 'text/csv', buffer: Buffer.from(registrationList()) });
    await organiser.getByTestId('import-preview').waitFor({ timeout: wait });
    const issue = organiser.getByTestId('issue-error');
    assert.equal(await issue.count(), 1);
    assert.match(await issue.textContent(), /12.*REG-BAD.*country.*Atlantis/s);
    assert.equal(await organiser.getByTestId('import-confirm').count(), 0, 'a preview with errors cannot be confirmed as it is');
    await screenshot(organiser, 'organise-registration-preview.png');
    await organiser.getByTestId('import-confirm-skip').click();
    await organiser.getByTestId('import-applied').waitFor({ timeout: wait });

    // The codes for the mail merge, downloaded with the bearer token.
    await organiser.getByTestId('organise-tab-people').click();
    await organiser.getByTestId('person-row').first().waitFor({ timeout: wait });
    const [download] = await Promise.all([organiser.waitForEvent('download', { timeout: wait }), organiser.getByTestId('codes-export').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    const codes = Object.fromEntries(csv.split(/\r?\n/).slice(1).filter(Boolean).map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, ''))).map((cells) => [cells[0], cells[6]]));
    assert.ok(codes['REG-1'] && codes['REG-STAFF'], 'the export lists the imported people with their codes');
    assert.equal(codes['REG-BAD'], undefined);

    // An attendee keeps the agenda open on a phone while the organiser renames a session.
    const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const phone = await phoneContext.newPage();
    await signIn(phone, codes['REG-1']);
    await phone.getByTestId('agenda-item').first().waitFor({ timeout: wait });
    await organiser.getByTestId('organise-tab-sessions').click();
    await organiser.locator('[data-testid="session-pick"][data-session="e2e-001-0000-4000-8000-000000000000"]').click();
    await organiser.getByTestId('session-title').fill('Opening of the WSIS Forum, renamed live');
    await screenshot(organiser, 'organise-session-edit.png');
    await organiser.getByTestId('session-save').click();
    await organiser.getByTestId('session-notice').waitFor({ timeout: wait });
    await phone.getByText('Opening of the WSIS Forum, renamed live').waitFor({ timeout: wait });

    // A new code for the attendee: the old one stops working, the phone is sent back to sign in.
    await organiser.getByTestId('organise-tab-people').click();
    await organiser.getByTestId('people-search').fill('REG-1');
    await organiser.locator('[data-testid="person-row"]').filter({ hasText: 'Attendee 1' }).first().getByTestId('person-reissue').click();
    const reissued = (await organiser.getByTestId('issued-code-value').textContent({ timeout: wait })).trim();
    assert.notEqual(reissued, codes['REG-1']);
    await screenshot(organiser, 'organise-people.png');
    await phone.waitForURL(/#\/signin/, { timeout: wait });
    const old = await fetch(`${server.baseUrl}/api/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: codes['REG-1'] }) });
    assert.equal(old.status, 401);

    // Badges for the on-site people, codes on slips: printed to PDF by the browser.
    await organiser.getByTestId('organise-tab-badges').click();
    await organiser.getByTestId('badges-open').click();
    await organiser.getByTestId('printed-badge').first().waitFor({ timeout: wait });
    const onSite = await organiser.getByTestId('printed-badge').count();
    assert.equal(onSite, 8, 'six on-site attendees, the desk staff and the organiser');
    assert.equal(await organiser.locator('[data-testid="printed-badge"] [data-testid="slip-code"]').count(), 0);
    await screenshot(organiser, 'badges-print.png');
    const pdf = await organiser.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pages = await pdfPages(pdf);
    assert.equal(pages.length, Math.ceil(onSite / 4) + Math.ceil(onSite / 8), 'two sheets of four badges, one sheet of eight slips');
    const badgePages = pages.slice(0, Math.ceil(onSite / 4));
    const slipPages = pages.slice(Math.ceil(onSite / 4));
    const allCodes = [...Object.values(codes), reissued, organiserCode];
    for (const text of badgePages) {
      assert.ok(text.includes('Attendee') || text.includes('Grace') || text.includes('Desk'), 'a badge page shows names');
      for (const code of allCodes) assert.ok(!text.includes(code), `no sign-in code on a badge page (${code})`);
    }
    assert.ok(slipPages.join(' ').includes(reissued), 'the slips carry the codes');

    // The forum's switches.
    await organiser.goto(`${server.baseUrl}/#/organise/settings`);
    const toggle = organiser.getByTestId('self-registration');
    await organiser.locator('[data-testid="self-registration"]:not([disabled])').waitFor({ timeout: wait });
    assert.equal(await toggle.isChecked(), true);
    await toggle.uncheck();
    await organiser.waitForFunction(async (url) => !(await (await fetch(`${url}/api/forum`)).json()).selfRegistrationOpen, server.baseUrl, { timeout: wait });
    await organiser.getByTestId('exclude-search').fill('Desk');
    await organiser.getByTestId('exclude-person').first().click();
    await organiser.getByTestId('excluded-list').waitFor({ timeout: wait });
    await screenshot(organiser, 'organise-settings.png');

    // Registration staff: a walk-in at the desk, and no way into the organisers' screens.
    const deskContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const desk = await deskContext.newPage();
    await signIn(desk, codes['REG-STAFF']);
    await desk.goto(`${server.baseUrl}/#/organise/people`);
    await desk.getByTestId('organise-refused').waitFor({ timeout: wait });
    await desk.goto(`${server.baseUrl}/#/desk`);
    await desk.getByTestId('walkin-name').fill('Walk-in Visitor');
    await desk.getByTestId('walkin-organisation').fill('Open Schools');
    await desk.getByTestId('walkin-country').selectOption('GH');
    await desk.getByTestId('walkin-stakeholder').selectOption('CivilSociety');
    await desk.getByTestId('walkin-submit').click();
    const walkInCode = (await desk.getByTestId('walkin-code').textContent({ timeout: wait })).trim();
    assert.equal(await desk.getByTestId('printed-badge').count(), 1);
    assert.equal((await desk.getByTestId('slip-code').textContent()).trim(), walkInCode);
    await screenshot(desk, 'desk-walk-in.png');
    const walkIn = await fetch(`${server.baseUrl}/api/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: walkInCode }) });
    assert.equal(walkIn.status, 200);
    assert.equal((await walkIn.json()).profile.participation, 'OnSite');

    // The organisers' screens in Arabic: right to left, translated.
    await organiser.goto(`${server.baseUrl}/#/organise/registration`);
    await organiser.getByTestId('lang-picker').selectOption('ar');
    await organiser.waitForFunction(() => document.documentElement.dir === 'rtl', null, { timeout: wait });
    assert.equal(await organiser.getByTestId('organise-tab-registration').textContent(), 'استيراد التسجيلات');
    await organiser.getByTestId('import-file-registration').setInputFiles({ name: 'registrations.csv', mimeType: 'text/csv', buffer: Buffer.from(registrationList()) });
    await organiser.getByTestId('import-preview').waitFor({ timeout: wait });
    const tabs = await organiser.getByTestId('organise-tab-agenda').boundingBox();
    const last = await organiser.getByTestId('organise-tab-settings').boundingBox();
    assert.ok(tabs.x > last.x, 'the first tab is on the right in Arabic');
    await screenshot(organiser, 'organise-arabic.png');
    await organiser.getByTestId('import-discard').click();

    await Promise.all([organiserContext.close(), phoneContext.close(), deskContext.close()]);
  });
});
