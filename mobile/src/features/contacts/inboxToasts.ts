import { describeHubError, isRetryableHubError } from '../../realtime/hubError';
import { href, type Route } from '../../app/router';
import { showToast } from '../../app/toast';
import { t } from '../../i18n';
import type { InboxEvent } from './inbox';

/**
 * Turns news from the inbox into toasts, except where the screen already shows it: a new contact on the
 * contacts, badge and scan pages, a message in its own conversation or the conversation list.
 */
export function inboxToasts(route: () => Route): (event: InboxEvent) => void {
  return (event) => {
    const here = route();
    switch (event.kind) {
      case 'contactAdded':
        if (here.name !== 'contacts' && here.name !== 'scan' && here.name !== 'badge') {
          showToast(t('toast.newContact', { name: event.contact.name }), {
            kind: 'success',
            link: { href: href({ name: 'contacts' }), label: t('toast.seeContacts') },
          });
        }
        return;
      case 'request':
        if (event.incoming && event.request.status === 'Pending' && here.name !== 'contacts') {
          showToast(t('toast.newRequest', { name: event.request.fromName }), {
            key: `request:${event.request.fromId}`,
            link: { href: href({ name: 'contacts' }), label: t('toast.seeRequests') },
          });
        }
        return;
      case 'message': {
        const { message, senderName } = event;
        const inConversation = here.name === 'messages' && (here.contactId === null || here.contactId === message.fromId);
        if (!event.own && !inConversation) {
          showToast(t('toast.newMessage', { name: senderName ?? t('person.someone') }), {
            key: `message:${message.fromId}`,
            link: { href: href({ name: 'messages', contactId: message.fromId }), label: t('toast.read') },
          });
        }
        return;
      }
      case 'scanned':
        showToast(event.created ? t('toast.newContact', { name: event.contact.name }) : t('scan.already', { name: event.contact.name }), {
          kind: 'success',
          link: { href: href({ name: 'contacts' }), label: t('toast.seeContacts') },
        });
        return;
      case 'scanFailed':
        // A store or node briefly away is "reconnecting, try again", not an error.
        showToast(describeHubError(event.error), { kind: isRetryableHubError(event.error) ? 'info' : 'error' });
        return;
    }
  };
}
