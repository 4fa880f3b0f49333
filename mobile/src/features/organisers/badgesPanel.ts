import { h, replaceChildren } from '../../app/dom';
import { field, select } from '../../app/form';
import type { Page } from '../../app/page';
import { t } from '../../i18n';

/**
 * Choosing which badges to print: who (on site, remote, a name), a batch of the list (a browser prints a few
 * hundred badges at a time well), where the sign-in codes go, and the paper. Opens the print view.
 */
export function createBadgesPanel(): Page {
  const element = h('section', { class: 'organise-panel', 'data-testid': 'badges-panel' });
  const state = { text: '', participation: 'OnSite', skip: 0, take: 100, codes: 'slips', paper: 'a4' };

  function link(): string {
    const params = new URLSearchParams({ q: state.text, participation: state.participation, skip: String(state.skip), take: String(state.take), codes: state.codes, paper: state.paper });
    return `#/print-badges?${params.toString()}`;
  }

  function render(): void {
    const open = h('a', { class: 'button button-primary', href: link(), 'data-testid': 'badges-open' }, t('badges.open'));
    const update = (key: keyof typeof state, numeric = false) => (e: Event): void => {
      const value = (e.target as HTMLInputElement | HTMLSelectElement).value;
      Object.assign(state, { [key]: numeric ? Math.max(0, Number(value) || 0) : value });
      open.setAttribute('href', link());
    };
    replaceChildren(
      element,
      h('h2', {}, t('badges.heading')),
      h('p', { class: 'muted' }, t('badges.intro')),
      h(
        'div',
        { class: 'form-grid' },
        field(t('badges.who'), select([{ value: 'OnSite', label: t('participation.OnSite') }, { value: 'Remote', label: t('participation.Remote') }, { value: '', label: t('badges.everyone') }], state.participation, { class: 'input', onChange: update('participation') })),
        field(t('badges.name'), h('input', { class: 'input', value: state.text, onInput: update('text') })),
        field(t('badges.from'), h('input', { type: 'number', min: 0, class: 'input', value: String(state.skip), onInput: update('skip', true) })),
        field(t('badges.count'), h('input', { type: 'number', min: 1, max: 400, class: 'input', value: String(state.take), onInput: update('take', true) })),
        field(t('badges.codes'), select([{ value: 'slips', label: t('badges.codes.slips') }, { value: 'back', label: t('badges.codes.back') }, { value: 'none', label: t('badges.codes.none') }], state.codes, { class: 'input', onChange: update('codes') })),
        field(t('badges.paper'), select([{ value: 'a4', label: t('badges.paper.a4') }, { value: 'a6', label: t('badges.paper.a6') }], state.paper, { class: 'input', onChange: update('paper') })),
      ),
      h('p', { class: 'notice notice-warning' }, t('badges.codeWarning')),
      open,
    );
  }

  render();
  return { element, refresh: render, dispose: () => undefined };
}
