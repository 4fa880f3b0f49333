import { h, replaceChildren } from '../app/dom';
import { t } from '../i18n';
import type { ConnectionState, LiveConnection } from './liveConnection';

const labels = {
  connecting: 'connection.connecting',
  connected: 'connection.connected',
  reconnecting: 'connection.reconnecting',
  disconnected: 'connection.disconnected',
} as const satisfies Record<ConnectionState, string>;

/** Shows whether live updates are flowing; offers a manual reconnect when the connection gave up. */
export function createConnectionBadge(connection: LiveConnection): { element: HTMLElement; refresh(): void; dispose(): void } {
  const element = h('div', { class: 'connection', 'data-testid': 'connection-state', role: 'status' });

  function refresh(): void {
    const state = connection.state;
    element.dataset.state = state;
    replaceChildren(
      element,
      h('span', { class: 'connection-dot', 'aria-hidden': 'true' }),
      h('span', { class: 'connection-label' }, t(labels[state])),
      state === 'disconnected'
        ? h('button', { type: 'button', class: 'button button-link button-small', onClick: () => void connection.start() }, t('connection.reconnect'))
        : null,
    );
  }

  const unsubscribe = connection.onState(refresh);
  refresh();
  return { element, refresh, dispose: unsubscribe };
}
