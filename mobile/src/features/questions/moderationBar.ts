import type { QuestionMode } from '../../api/generated/contracts';
import { h, replaceChildren } from '../../app/dom';
import { formatNumber, t, type MessageKey } from '../../i18n';

export type ModerationTab = 'queue' | 'live' | 'dismissed';

export const moderationTabs: Readonly<Record<ModerationTab, { label: MessageKey; empty: MessageKey }>> = {
  queue: { label: 'mod.tabQueue', empty: 'mod.emptyQueue' },
  live: { label: 'mod.tabLive', empty: 'mod.emptyLive' },
  dismissed: { label: 'mod.tabDismissed', empty: 'mod.emptyDismissed' },
};

const order: readonly ModerationTab[] = ['queue', 'live', 'dismissed'];

export interface ModerationBar {
  /** The moderator's strip: who they are here and the pre-moderation switch. */
  render(mode: QuestionMode, open: boolean): HTMLElement;
  /** The Queue / Live / Dismissed tabs. */
  tabs(selected: ModerationTab): HTMLElement;
  counts(counts: Readonly<Record<ModerationTab, number>>): void;
}

export function createModerationBar(handlers: {
  setMode(mode: QuestionMode): Promise<void>;
  selectTab(tab: ModerationTab): void;
}): ModerationBar {
  const countElements = new Map<ModerationTab, HTMLElement>();
  const tabElements = new Map<ModerationTab, HTMLButtonElement>();
  let switching = false;

  function select(tab: ModerationTab, focus: boolean): void {
    for (const [name, button] of tabElements) {
      const selected = name === tab;
      button.setAttribute('aria-selected', selected ? 'true' : 'false');
      button.tabIndex = selected ? 0 : -1;
      if (selected && focus) {
        button.focus();
      }
    }
    handlers.selectTab(tab);
  }

  return {
    render(mode, open) {
      const toggle = h('input', {
        type: 'checkbox',
        role: 'switch',
        class: 'switch-input',
        checked: mode === 'PreModerated',
        disabled: switching || !open,
        'data-testid': 'mod-mode',
        onChange: (e) => {
          const input = e.target as HTMLInputElement;
          switching = true;
          input.disabled = true;
          void handlers.setMode(input.checked ? 'PreModerated' : 'Open').finally(() => {
            switching = false;
          });
        },
      });
      return h(
        'div',
        { class: 'mod-bar' },
        h('span', { class: 'badge badge-moderator' }, t('mod.badge')),
        h('label', { class: 'switch' }, toggle, h('span', { class: 'switch-track', 'aria-hidden': 'true' }), h('span', {}, t('mod.preModerated'))),
      );
    },
    tabs(selected) {
      countElements.clear();
      tabElements.clear();
      const buttons = order.map((tab) => {
        const count = h('span', { class: 'tab-count', 'data-testid': `tab-${tab}-count` });
        countElements.set(tab, count);
        const button = h(
          'button',
          {
            type: 'button',
            role: 'tab',
            class: 'tab',
            id: `questions-tab-${tab}`,
            'aria-controls': 'questions-tab-panel',
            'aria-selected': tab === selected ? 'true' : 'false',
            tabindex: tab === selected ? '0' : '-1',
            'data-testid': `tab-${tab}`,
            onClick: () => select(tab, false),
          },
          h('span', {}, t(moderationTabs[tab].label)),
          count,
        );
        tabElements.set(tab, button);
        return button;
      });
      const tablist = h('div', { class: 'tabs', role: 'tablist', 'aria-label': t('mod.tabs') }, buttons);
      tablist.addEventListener('keydown', (event) => {
        const rtl = document.documentElement.dir === 'rtl';
        const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
        const current = order.findIndex((tab) => tabElements.get(tab)?.getAttribute('aria-selected') === 'true');
        const next = step ? order[(current + step + order.length) % order.length] : undefined;
        if (next) {
          event.preventDefault();
          select(next, true);
        }
      });
      return tablist;
    },
    counts(counts) {
      for (const [tab, element] of countElements) {
        replaceChildren(element, formatNumber(counts[tab]));
      }
    },
  };
}
