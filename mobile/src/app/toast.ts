import { t } from '../i18n';
import { h, replaceChildren } from './dom';

export interface ToastOptions {
  /** A link to follow ("#/contacts"), shown as the toast's action. */
  link?: { href: string; label: string };
  kind?: 'info' | 'success' | 'error';
  /** Milliseconds before it goes away by itself. */
  duration?: number;
  /** A newer toast with the same key replaces the older one (three messages from one person: one toast). */
  key?: string;
  /** The screen ("#/session/s001") the toast speaks of: it goes as soon as the person moves to another one. */
  screen?: string;
}

let region: HTMLElement | null = null;

/** The live region the toasts appear in, above the phone's bottom bar; mounted once by the shell. */
export function toastRegion(): HTMLElement {
  region ??= h('div', { class: 'toasts', role: 'status', 'aria-live': 'polite', 'data-testid': 'toasts' });
  return region;
}

/** Shows a short notice that goes away by itself (or with its close button). */
export function showToast(text: string, options: ToastOptions = {}): void {
  const host = toastRegion();
  const toast = h('div', { class: `toast toast-${options.kind ?? 'info'}`, 'data-testid': 'toast', 'data-key': options.key, 'data-href': options.link?.href, 'data-screen': options.screen });
  const close = (): void => toast.remove();
  replaceChildren(
    toast,
    h('p', { class: 'toast-text', dir: 'auto' }, text),
    options.link ? h('a', { class: 'toast-link', href: options.link.href, onClick: close }, options.link.label) : null,
    h('button', { type: 'button', class: 'toast-close', 'aria-label': t('common.close'), onClick: close }, '×'),
  );
  if (options.key) {
    for (const older of host.querySelectorAll<HTMLElement>('[data-testid="toast"]')) {
      if (older.dataset.key === options.key) {
        older.remove();
      }
    }
  }
  host.append(toast);
  // Three at most: the oldest make room.
  while (host.children.length > 3) {
    host.firstElementChild?.remove();
  }
  setTimeout(close, options.duration ?? 7_000);
}

/** Removes the toasts that lead to `hash` (the person is there now) and those about another screen. */
export function dismissToastsFor(hash: string): void {
  for (const toast of toastRegion().querySelectorAll<HTMLElement>('[data-testid="toast"]')) {
    if (toast.dataset.href === hash || (toast.dataset.screen !== undefined && toast.dataset.screen !== hash)) {
      toast.remove();
    }
  }
}
