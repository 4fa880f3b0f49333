import type { ProfileField } from '../../api/forum';
import { networkingLimits, type FieldVisibility, type NetworkingProfile } from '../../api/generated/contracts';
import { h, icon, type Child } from '../../app/dom';
import { uid } from '../../app/form';
import { icons } from '../../app/icons';
import { t } from '../../i18n';
import { visibilityName } from '../../i18n/labels';
import { fieldVisibilities, type EditableField } from './profileOptions';

// The pieces the profile editor is made of: who-sees-it selectors, groups of ticks, fieldsets with their error.

/** "Who sees it" for one field; the choice goes straight into the draft. */
export function visibilitySelect(field: ProfileField, profile: NetworkingProfile): HTMLElement {
  const id = uid('visibility');
  return h(
    'div',
    { class: 'visibility' },
    h('label', { for: id }, icon(icons.shield, 'icon icon-small'), h('span', {}, t('profile.whoSees'))),
    h(
      'select',
      {
        id,
        class: 'input input-compact',
        'data-testid': `visibility-${field}`,
        onChange: (e) => {
          const value = (e.target as HTMLSelectElement).value as FieldVisibility;
          profile.visibility = { ...profile.visibility, [field]: value };
        },
      },
      fieldVisibilities.map((v) => h('option', { value: v, selected: profile.visibility[field] === v }, visibilityName(v))),
    ),
  );
}

/** A group of ticks for a list held in the draft; C7 areas sit indented under C7. */
export function tickGroup<T extends string | number>(
  options: readonly T[],
  selected: T[],
  label: (value: T) => Child,
  testId: (value: T) => string,
  className: string,
  onToggle: (value: T, on: boolean) => void,
): HTMLElement {
  return h(
    'div',
    { class: className },
    options.map((value) =>
      h(
        'label',
        { class: 'tick' + (typeof value === 'string' && value.startsWith('C7 ') ? ' tick-sub' : '') },
        h('input', {
          type: 'checkbox',
          value: String(value),
          checked: selected.includes(value),
          'data-testid': testId(value),
          onChange: (e) => onToggle(value, (e.target as HTMLInputElement).checked),
        }),
        h('span', { class: 'tick-text' }, label(value)),
      ),
    ),
  );
}

/** The list with `value` added or taken out. */
export function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? (list.includes(value) ? list : [...list, value]) : list.filter((v) => v !== value);
}

/** A fieldset with its legend, an optional hint and the error the server or the form found for it. */
export function fieldset(legend: string, field: EditableField | null, error: string | undefined, hint: string | null, ...children: Child[]): HTMLElement {
  const errorId = error ? uid('error') : null;
  return h(
    'fieldset',
    { class: `fieldset${error ? ' fieldset-invalid' : ''}`, 'aria-describedby': errorId, 'data-testid': field ? `fieldset-${field}` : null },
    h('legend', {}, legend),
    hint ? h('p', { class: 'field-hint' }, hint) : null,
    children,
    error ? h('p', { class: 'field-error', id: errorId, role: 'alert', 'data-testid': `error-${field}` }, error) : null,
  );
}

/** The message shown on a field the server or the form refused. */
export function fieldMessage(field: EditableField): string {
  switch (field) {
    case 'bio':
      return t('profile.error.bio', { max: networkingLimits.maxBioLength });
    case 'links':
      return t('profile.error.links', { max: networkingLimits.maxLinks, length: networkingLimits.maxLinkLength });
    case 'languages':
      return t('profile.error.languages', { max: networkingLimits.maxLanguages });
    case 'tracks':
      return t('profile.error.tracks', { max: networkingLimits.maxTracks });
    case 'actionLines':
      return t('profile.error.actionLines');
    case 'sdgs':
      return t('profile.error.sdgs');
  }
}
