import { h, type Attrs, type Child } from './dom';

let nextId = 0;

/** A unique id for wiring labels, hints and errors to their control. */
export function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/**
 * A labelled form field: the label is tied to the control, and the hint and error (if any) are announced
 * with it through aria-describedby.
 */
export function field(
  label: string,
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  options: { hint?: string; error?: string | null; extra?: Child } = {},
): HTMLElement {
  if (!control.id) {
    control.id = uid('field');
  }
  const described: string[] = [];
  const hint = options.hint ? h('p', { class: 'field-hint', id: `${control.id}-hint` }, options.hint) : null;
  if (hint) {
    described.push(hint.id);
  }
  const error = options.error ? h('p', { class: 'field-error', id: `${control.id}-error` }, options.error) : null;
  if (error) {
    described.push(error.id);
    control.setAttribute('aria-invalid', 'true');
  }
  if (described.length > 0) {
    control.setAttribute('aria-describedby', described.join(' '));
  }
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control, hint, error, options.extra);
}

/** A select with a leading empty choice. */
export function select(
  options: readonly { value: string; label: string }[],
  selected: string,
  attrs: Attrs = {},
  placeholder?: string,
): HTMLSelectElement {
  return h(
    'select',
    attrs,
    placeholder !== undefined ? h('option', { value: '', selected: selected === '' }, placeholder) : null,
    options.map((o) => h('option', { value: o.value, selected: o.value === selected }, o.label)),
  );
}
