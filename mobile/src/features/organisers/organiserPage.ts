import { h, replaceChildren } from '../../app/dom';
import type { Page } from '../../app/page';
import { t } from '../../i18n';
import { currentAuth, hasRole } from '../auth/authStore';
import { createBadgesPanel } from './badgesPanel';
import { createImportPanel } from './importPanel';
import { createPeoplePanel } from './peoplePanel';
import { createSessionsPanel } from './sessionsPanel';
import { createSettingsPanel } from './settingsPanel';

export const organiserSections = ['agenda', 'sessions', 'registration', 'people', 'badges', 'settings'] as const;
export type OrganiserSection = (typeof organiserSections)[number];

export function isOrganiserSection(value: string): value is OrganiserSection {
  return (organiserSections as readonly string[]).includes(value);
}

/** The organisers' screens (#/organise/{section}): desktop first, usable on a tablet; one section at a time. */
export function createOrganiserPage(section: OrganiserSection): Page {
  const element = h('div', { class: 'page page-organise' });
  const auth = currentAuth();
  if (!auth || !hasRole(auth.profile, 'Organiser')) {
    const render = (): void =>
      replaceChildren(element, h('div', { class: 'notice notice-error', role: 'alert', 'data-testid': 'organise-refused' }, t('organise.organisersOnly')));
    render();
    return { element, refresh: render, dispose: () => undefined };
  }
  const panel = createPanel(section);

  function render(): void {
    replaceChildren(
      element,
      h('div', { class: 'page-heading' }, h('h1', {}, t('organise.title')), h('p', { class: 'muted' }, t('organise.intro'))),
      h(
        'nav',
        { class: 'organise-tabs', 'aria-label': t('organise.sections') },
        organiserSections.map((name) =>
          h(
            'a',
            { class: `organise-tab${name === section ? ' is-current' : ''}`, href: `#/organise/${name}`, 'aria-current': name === section ? 'page' : null, 'data-testid': `organise-tab-${name}` },
            t(`organise.section.${name}`),
          ),
        ),
        h('a', { class: 'organise-tab', href: '#/outcome', 'data-testid': 'organise-tab-outcome' }, t('organise.outcomeLink')),
        h('a', { class: 'organise-tab', href: '#/operations', 'data-testid': 'organise-tab-operations' }, t('organise.operationsLink')),
      ),
      panel.element,
    );
  }

  render();
  return {
    element,
    refresh: () => {
      panel.refresh();
      render();
    },
    dispose: () => panel.dispose(),
  };
}

function createPanel(section: OrganiserSection): Page {
  switch (section) {
    case 'agenda':
      return createImportPanel('agenda');
    case 'registration':
      return createImportPanel('registration');
    case 'sessions':
      return createSessionsPanel();
    case 'people':
      return createPeoplePanel();
    case 'badges':
      return createBadgesPanel();
    case 'settings':
      return createSettingsPanel();
  }
}
