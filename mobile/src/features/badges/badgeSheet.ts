import type { BadgePrint } from '../../api/generated/contracts';
import { h } from '../../app/dom';
import { t } from '../../i18n';
import { participationName } from '../../i18n/labels';
import { countryName } from '../auth/countries';
import { qrCodeSvg } from '../room/qrCode';
import { printPages, type CodePlacement, type Paper } from './badgeLayout';

/**
 * The printable sheets: badge fronts (name, organisation, country, on site or remote, the contact QR code) and the
 * slips or backs with the personal sign-in code. Sized in millimetres for the printer; print CSS in badges.css.
 */
export function badgeSheets(badges: readonly BadgePrint[], codes: CodePlacement, paper: Paper): HTMLElement {
  return h(
    'div',
    { class: `print-sheets paper-${paper}`, 'data-testid': 'print-sheets' },
    printPages(badges, codes, paper).map((page) =>
      h(
        'section',
        { class: `print-sheet sheet-${page.kind}`, 'data-testid': `sheet-${page.kind}` },
        page.badges.map((badge) => (badge === null ? h('div', { class: 'print-cell is-empty' }) : page.kind === 'badges' ? front(badge) : slip(badge, page.kind))),
      ),
    ),
  );
}

function front(badge: BadgePrint): HTMLElement {
  const qr = qrCodeSvg(badge.contactLink, t('print.contactQr', { name: badge.name }));
  qr.setAttribute('data-testid', 'print-qr');
  qr.setAttribute('class', 'print-qr');
  return h(
    'article',
    { class: 'print-cell print-front', 'data-testid': 'printed-badge', 'data-attendee': badge.attendeeId },
    h('p', { class: 'print-forum' }, t('print.forumName')),
    h('p', { class: 'print-name' }, badge.name),
    badge.organisation ? h('p', { class: 'print-organisation' }, badge.organisation) : null,
    h('p', { class: 'print-country' }, countryName(badge.country)),
    h('p', { class: `print-participation is-${badge.participation === 'OnSite' ? 'onsite' : 'remote'}` }, participationName(badge.participation)),
    h('div', { class: 'print-contact' }, qr, h('p', { class: 'print-contact-hint' }, t('print.scanToConnect')), h('p', { class: 'print-short', dir: 'ltr' }, badge.shortCode)),
  );
}

function slip(badge: BadgePrint, kind: 'slips' | 'backs'): HTMLElement {
  const qr = badge.signInLink ? qrCodeSvg(badge.signInLink, t('print.signInQr')) : null;
  qr?.setAttribute('data-testid', 'slip-qr');
  qr?.setAttribute('class', 'slip-qr');
  return h(
    'article',
    { class: `print-cell print-slip is-${kind}`, 'data-testid': 'printed-slip', 'data-attendee': badge.attendeeId },
    h('p', { class: 'slip-name' }, badge.name),
    h('p', { class: 'slip-label' }, t('print.yourCode')),
    h('p', { class: 'slip-code', dir: 'ltr', 'data-testid': 'slip-code' }, badge.code ?? ''),
    qr,
    h('p', { class: 'slip-keep' }, t('print.keepPrivate')),
  );
}
