import { h, icon, replaceChildren } from '../../app/dom';
import { icons } from '../../app/icons';
import { t } from '../../i18n';

/** The personal code a new registrant must keep, shown large, with a copy button and the way on. */
export function accessCodeCard(code: string, onContinue: () => void): HTMLElement {
  const copy = h('button', { type: 'button', class: 'button button-ghost' });
  const label = (copied: boolean): void =>
    replaceChildren(copy, icon(copied ? icons.check : icons.copy), copied ? t('register.copied') : t('register.copy'));
  label(false);
  copy.addEventListener('click', () => {
    navigator.clipboard
      ?.writeText(code)
      .then(() => label(true))
      .catch(() => undefined);
  });
  return h(
    'section',
    { class: 'card code-card', 'aria-labelledby': 'code-title' },
    h('h1', { id: 'code-title' }, t('register.successTitle')),
    h('p', { class: 'code-label' }, t('register.yourCode')),
    h('p', { class: 'access-code', 'data-testid': 'new-code', tabindex: '-1', dir: 'ltr' }, code),
    h('p', { class: 'notice notice-warning' }, t('register.keepCode')),
    h(
      'div',
      { class: 'actions' },
      copy,
      h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'register-continue', onClick: onContinue }, t('register.continue')),
    ),
  );
}
