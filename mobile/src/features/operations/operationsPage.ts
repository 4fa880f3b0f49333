import './operations.css';
import type { ForumPulse } from '../../api/generated/contracts';
import { h, replaceChildren } from '../../app/dom';
import type { Page } from '../../app/page';
import { pageConnection } from '../../app/pageConnection';
import { t } from '../../i18n';
import { describeHubError } from '../../realtime/hubError';
import { RejoinRetry } from '../../realtime/rejoinRetry';
import { currentAuth, hasRole } from '../auth/authStore';
import { OperationsState } from './operationsState';
import { OperationsView } from './operationsView';

/**
 * The organisers' live operations dashboard (#/operations): shows only what the server pushes (one pulse a second
 * for the whole forum), watched while the page is open, watched again after every reconnect (a new connection is in
 * no group), and no longer watched once the organiser leaves, so an idle tab costs the server nothing.
 */
export function createOperationsPage(): Page {
  const element = h('div', { class: 'page page-operations' });
  const auth = currentAuth();
  const connection = auth && hasRole(auth.profile, 'Organiser') ? pageConnection('/operations') : null;
  if (!connection) {
    const refuse = (): void =>
      replaceChildren(element, h('div', { class: 'notice notice-error', role: 'alert', 'data-testid': 'operations-refused' }, t('operations.organisersOnly')));
    refuse();
    return { element, refresh: refuse, dispose: () => undefined };
  }
  const state = new OperationsState();
  const view = new OperationsView(state);
  const retry = new RejoinRetry(connection);
  let disposed = false;
  let error: string | null = null;
  element.append(view.element);

  const show = (pulse: ForumPulse): void => {
    if (!disposed && state.apply(pulse)) {
      error = null;
      view.update();
    }
  };
  const watch = (): void => {
    connection
      .watchOperations()
      .then((pulse) => {
        retry.succeeded();
        show(pulse);
      })
      .catch((failure: unknown) => {
        error = describeHubError(failure);
        view.showStatus(error);
        retry.failed(failure, watch, () => !disposed);
      });
  };
  const stops = [connection.onConnected(watch), connection.onOperationsPulse(show)];
  // Without pushes (the connection is down) the figures grow old: say so, rather than show them as current.
  const ageing = setInterval(() => view.showStatus(error), 1_000);
  void connection
    .start()
    .then(() => {
      if (connection.state === 'connected') watch();
    })
    .catch(() => undefined);

  return {
    element,
    refresh: () => view.render(),
    dispose: () => {
      disposed = true;
      clearInterval(ageing);
      stops.forEach((stop) => stop());
      void connection.unwatchOperations().catch(() => undefined);
    },
  };
}
