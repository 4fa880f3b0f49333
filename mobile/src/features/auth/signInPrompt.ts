import { h } from '../../app/dom';
import { href } from '../../app/router';
import { t } from '../../i18n';

/** A card asking to sign in, coming back to `next` ("/contacts") afterwards. */
export function signInPrompt(text: string, next: string | null): HTMLElement {
  return h(
    'section',
    { class: 'card signin-prompt', 'data-testid': 'signin-prompt' },
    h('p', {}, text),
    h('a', { class: 'button button-primary', href: href({ name: 'signin', next }), 'data-testid': 'signin-prompt-link' }, t('nav.signIn')),
  );
}
