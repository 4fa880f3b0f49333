import { sdgs as allSdgs, type ProfileField } from '../../api/forum';
import { networkingLimits, type NetworkingProfile } from '../../api/generated/contracts';
import { ApiError } from '../../api/http';
import { h, icon, replaceChildren } from '../../app/dom';
import { describeError } from '../../app/errors';
import { uid } from '../../app/form';
import { icons } from '../../app/icons';
import type { Page } from '../../app/page';
import { href } from '../../app/router';
import { formatNumber, t } from '../../i18n';
import { actionLineName, c7AreaName, languageName, sdgName, stakeholderName, trackName } from '../../i18n/labels';
import { currentAuth, type StoredAuth } from '../auth/authStore';
import { countryName } from '../auth/countries';
import { signInPrompt } from '../auth/signInPrompt';
import { fetchProfile, saveProfile } from './meApi';
import { fieldMessage, fieldset, tickGroup, toggle, visibilitySelect } from './profileFields';
import { fieldOfProblem, interestActionLines, isValidLink, languageChoices, specialTracks, type EditableField } from './profileOptions';

type Errors = Partial<Record<EditableField, string>>;

/**
 * The networking profile: interests (action lines with the C7 areas, SDGs, special tracks), languages, a bio,
 * links, who may see each field, and whether to be in the directory at all. The server checks it again; a field
 * it refuses is marked where it is.
 */
export function createProfilePage(): Page {
  const element = h('div', { class: 'page page-narrow page-profile' });
  const auth = currentAuth();
  let draft: NetworkingProfile | null = null;
  let loadError: unknown = null;
  let errors: Errors = {};
  let generalError: string | null = null;
  let saving = false;
  let saved = false;
  let disposed = false;

  async function load(): Promise<void> {
    if (!auth) {
      return;
    }
    try {
      const profile = await fetchProfile(auth.token);
      if (!disposed) {
        draft = { ...profile, links: [...profile.links], visibility: { ...profile.visibility } };
        loadError = null;
        render();
      }
    } catch (error: unknown) {
      if (!disposed) {
        loadError = error;
        render();
      }
    }
  }

  function validate(profile: NetworkingProfile): Errors {
    const found: Errors = {};
    if (profile.bio.trim().length > networkingLimits.maxBioLength) {
      found.bio = fieldMessage('bio');
    }
    const links = profile.links.map((l) => l.trim()).filter(Boolean);
    if (links.length > networkingLimits.maxLinks || links.some((l) => !isValidLink(l, networkingLimits.maxLinkLength))) {
      found.links = fieldMessage('links');
    }
    if (profile.languages.length > networkingLimits.maxLanguages) {
      found.languages = fieldMessage('languages');
    }
    if (profile.tracks.length > networkingLimits.maxTracks) {
      found.tracks = fieldMessage('tracks');
    }
    return found;
  }

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    if (!auth || !draft || saving) {
      return;
    }
    const profile: NetworkingProfile = { ...draft, bio: draft.bio.trim(), links: draft.links.map((l) => l.trim()).filter(Boolean) };
    errors = validate(profile);
    generalError = null;
    saved = false;
    if (Object.keys(errors).length > 0) {
      render();
      focusFirstError();
      return;
    }
    saving = true;
    render();
    try {
      const stored = await saveProfile(auth.token, profile);
      draft = { ...stored, links: [...stored.links], visibility: { ...stored.visibility } };
      saved = true;
    } catch (error: unknown) {
      const field = error instanceof ApiError && error.code === 'validation.invalid' ? fieldOfProblem(error.problem.detail ?? undefined) : null;
      if (field) {
        errors = { [field]: fieldMessage(field) };
      } else {
        generalError = describeError(error);
      }
    }
    saving = false;
    if (!disposed) {
      render();
      if (saved) {
        element.querySelector<HTMLElement>('[data-testid="profile-saved"]')?.focus();
      } else {
        focusFirstError();
      }
    }
  }

  function focusFirstError(): void {
    element.querySelector<HTMLElement>('[aria-invalid="true"], .fieldset-invalid input')?.focus();
  }

  function interestsCard(profile: NetworkingProfile): HTMLElement {
    const knownTracks: readonly string[] = specialTracks;
    const tracks = [...specialTracks, ...profile.tracks.filter((track) => !knownTracks.includes(track))];
    return h(
      'section',
      { class: 'card form-card', 'aria-labelledby': 'interests-title' },
      h('div', { class: 'card-head' }, h('h2', { id: 'interests-title' }, t('profile.interests')), visibilitySelect('interests', profile)),
      h('p', { class: 'muted small' }, t('profile.interestsHint')),
      fieldset(
        t('profile.actionLines'),
        'actionLines',
        errors.actionLines,
        null,
        tickGroup(
          interestActionLines,
          profile.actionLines,
          (code) =>
            code.startsWith('C7 ')
              ? h('span', {}, c7AreaName(code.slice(3)))
              : [h('span', { class: 'tick-code' }, code), h('span', {}, actionLineName(code))],
          (code) => `interest-${code.replace(/\s+/g, '-')}`,
          'ticks ticks-lines',
          (code, on) => {
            profile.actionLines = toggle(profile.actionLines, code, on);
          },
        ),
      ),
      fieldset(
        t('profile.sdgs'),
        'sdgs',
        errors.sdgs,
        null,
        tickGroup(
          allSdgs,
          profile.sdgs,
          (goal) => [h('span', { class: 'tick-code' }, formatNumber(goal)), h('span', {}, sdgName(goal))],
          (goal) => `sdg-${goal}`,
          'ticks ticks-sdgs',
          (goal, on) => {
            profile.sdgs = toggle(profile.sdgs, goal, on).sort((a, b) => a - b);
          },
        ),
      ),
      fieldset(
        t('profile.tracks'),
        'tracks',
        errors.tracks,
        null,
        tickGroup(tracks, profile.tracks, (track) => trackName(track), (track) => `track-${track.replace(/\s+/g, '-')}`, 'ticks ticks-chips', (track, on) => {
          profile.tracks = toggle(profile.tracks, track, on);
        }),
      ),
    );
  }

  function languagesCard(profile: NetworkingProfile): HTMLElement {
    const choices: string[] = [...languageChoices];
    const options = [...choices, ...profile.languages.filter((code) => !choices.includes(code))];
    return h(
      'section',
      { class: 'card form-card', 'aria-labelledby': 'languages-title' },
      h('div', { class: 'card-head' }, h('h2', { id: 'languages-title' }, t('profile.languages')), visibilitySelect('languages', profile)),
      fieldset(
        t('profile.languagesLegend'),
        'languages',
        errors.languages,
        t('profile.languagesHint', { max: networkingLimits.maxLanguages }),
        tickGroup(options, profile.languages, (code) => h('span', { lang: code, dir: 'auto' }, languageName(code)), (code) => `language-${code}`, 'ticks ticks-chips', (code, on) => {
          profile.languages = toggle(profile.languages, code, on);
        }),
      ),
    );
  }

  function aboutCard(profile: NetworkingProfile): HTMLElement {
    const bioId = uid('bio');
    const counter = h('span', { class: 'counter', 'data-testid': 'bio-counter' });
    const updateCounter = (): void => {
      const length = profile.bio.length;
      counter.textContent = t('ask.counter', { count: length, max: networkingLimits.maxBioLength });
      counter.classList.toggle('is-over', length > networkingLimits.maxBioLength);
    };
    const bio = h('textarea', {
      id: bioId,
      class: 'input textarea',
      rows: 5,
      dir: 'auto',
      'data-testid': 'profile-bio',
      'aria-invalid': errors.bio ? 'true' : null,
      value: profile.bio,
      onInput: (e) => {
        profile.bio = (e.target as HTMLTextAreaElement).value;
        updateCounter();
      },
    });
    updateCounter();
    const links = Array.from({ length: networkingLimits.maxLinks }, (_, i) => profile.links[i] ?? '');
    return h(
      'section',
      { class: 'card form-card', 'aria-labelledby': 'about-title' },
      h('h2', { id: 'about-title' }, t('profile.about')),
      h(
        'div',
        { class: `field${errors.bio ? ' field-invalid' : ''}` },
        h('div', { class: 'field-head' }, h('label', { for: bioId }, t('profile.bio')), visibilitySelect('bio', profile)),
        bio,
        h('div', { class: 'field-foot' }, h('p', { class: 'field-hint' }, t('profile.bioHint')), counter),
        errors.bio ? h('p', { class: 'field-error', role: 'alert', 'data-testid': 'error-bio' }, errors.bio) : null,
      ),
      fieldset(
        t('profile.links'),
        'links',
        errors.links,
        t('profile.linksHint', { max: networkingLimits.maxLinks }),
        h('div', { class: 'links-visibility' }, visibilitySelect('links', profile)),
        links.map((value, index) =>
          h('input', {
            type: 'url',
            inputmode: 'url',
            class: 'input',
            dir: 'ltr',
            placeholder: 'https://',
            'aria-label': t('profile.linkLabel', { number: index + 1 }),
            'aria-invalid': errors.links && value && !isValidLink(value.trim(), networkingLimits.maxLinkLength) ? 'true' : null,
            'data-testid': `profile-link-${index + 1}`,
            value,
            onInput: (e) => {
              const next = Array.from({ length: networkingLimits.maxLinks }, (_, i) => profile.links[i] ?? '');
              next[index] = (e.target as HTMLInputElement).value;
              profile.links = next;
            },
          }),
        ),
      ),
    );
  }

  function registrationCard(profile: NetworkingProfile, stored: StoredAuth): HTMLElement {
    const me = stored.profile;
    const rows: { field: ProfileField; label: string; value: string }[] = [
      { field: 'organisation', label: t('register.organisation'), value: me.organisation },
      { field: 'title', label: t('profile.jobTitle'), value: me.title },
      { field: 'country', label: t('register.country'), value: me.country ? countryName(me.country) : '' },
      { field: 'stakeholderType', label: t('register.stakeholderType'), value: stakeholderName(me.stakeholderType) },
    ];
    return h(
      'section',
      { class: 'card form-card', 'aria-labelledby': 'registration-title' },
      h('h2', { id: 'registration-title' }, t('profile.registration')),
      h('p', { class: 'muted small' }, t('profile.registrationHint')),
      h(
        'dl',
        { class: 'registration-list' },
        rows.map((row) => h('div', { class: 'registration-row' }, h('dt', {}, row.label), h('dd', { dir: 'auto' }, row.value || '—'), h('dd', { class: 'registration-visibility' }, visibilitySelect(row.field, profile)))),
      ),
    );
  }

  function directoryCard(profile: NetworkingProfile): HTMLElement {
    const id = uid('listed');
    return h(
      'section',
      { class: 'card form-card' },
      h(
        'label',
        { class: 'switch switch-row', for: id },
        h('span', { class: 'switch-text' }, h('span', { class: 'switch-title' }, t('profile.listed')), h('span', { class: 'field-hint' }, t('profile.listedHint'))),
        h('input', {
          id,
          type: 'checkbox',
          class: 'switch-input',
          checked: profile.listed,
          'data-testid': 'profile-listed',
          onChange: (e) => {
            profile.listed = (e.target as HTMLInputElement).checked;
          },
        }),
        h('span', { class: 'switch-track', 'aria-hidden': 'true' }),
      ),
    );
  }

  function render(): void {
    if (!auth) {
      replaceChildren(element, signInPrompt(t('profile.signIn'), '/profile'));
      return;
    }
    const heading = h(
      'div',
      { class: 'page-toolbar' },
      h('a', { class: 'back-link', href: href({ name: 'me' }) }, icon(icons.back, 'icon icon-back'), h('span', {}, t('nav.me'))),
      h('a', { class: 'button button-link button-small', href: href({ name: 'person', id: auth.profile.id }), 'data-testid': 'profile-preview' }, t('profile.preview')),
    );
    if (!draft) {
      replaceChildren(
        element,
        heading,
        h('h1', {}, t('profile.title')),
        loadError
          ? h('div', { class: 'notice notice-error', role: 'alert' }, h('p', {}, describeError(loadError)), h('button', { type: 'button', class: 'button button-secondary', onClick: () => void load() }, t('common.retry')))
          : h('p', { class: 'loading', role: 'status' }, t('common.loading')),
      );
      return;
    }
    const profile = draft;
    replaceChildren(
      element,
      heading,
      h('div', { class: 'page-heading' }, h('h1', {}, icon(icons.edit), h('span', {}, t('profile.title')))),
      h('p', { class: 'lead' }, t('profile.intro')),
      h(
        'form',
        { class: 'profile-form', novalidate: true, 'data-testid': 'profile-form', onSubmit: (e) => void save(e) },
        directoryCard(profile),
        interestsCard(profile),
        languagesCard(profile),
        aboutCard(profile),
        registrationCard(profile, auth),
        h(
          'div',
          { class: 'save-bar' },
          generalError ? h('p', { class: 'notice notice-error', role: 'alert', 'data-testid': 'profile-error' }, generalError) : null,
          Object.keys(errors).length > 0 ? h('p', { class: 'field-error', role: 'alert' }, t('profile.fixErrors')) : null,
          saved ? h('p', { class: 'notice notice-success', role: 'status', tabindex: '-1', 'data-testid': 'profile-saved' }, t('profile.saved')) : null,
          h('button', { type: 'submit', class: 'button button-primary button-block', disabled: saving, 'data-testid': 'profile-save' }, saving ? t('profile.saving') : t('profile.save')),
        ),
      ),
    );
  }

  render();
  void load();
  return {
    element,
    refresh: render,
    dispose: () => {
      disposed = true;
    },
  };
}
