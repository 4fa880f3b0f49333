/** What h() accepts as attributes: plain values become attributes, `on*` functions become listeners. */
export type Attrs = Readonly<Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>>;

export type Child = Node | string | number | null | undefined | false | readonly Child[];

/**
 * Creates an element. `class` sets the class name, `value`/`checked` set the live properties,
 * `true` adds a bare attribute and `false`/null/undefined leave it out.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'value' && typeof value === 'string' && 'value' in element) {
      element.value = value;
    } else if (name === 'checked' && element instanceof HTMLInputElement) {
      element.checked = value === true;
    } else if (value === true) {
      element.setAttribute(name === 'className' ? 'class' : name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      element.setAttribute(name === 'className' ? 'class' : name, String(value));
    }
  }
  append(element, children);
  return element;
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

function append(parent: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(parent, child);
    } else if (child instanceof Node) {
      parent.appendChild(child);
    } else {
      parent.appendChild(document.createTextNode(String(child)));
    }
  }
}

/** A small inline SVG icon from a path list, hidden from assistive technology (the text next to it speaks). */
export function icon(paths: readonly string[], className = 'icon'): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of paths) {
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', d);
    svg.appendChild(path);
  }
  return svg;
}
