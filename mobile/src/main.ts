import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/agenda.css';
import './styles/session.css';
import './styles/polls.css';
import './styles/pages.css';
import './styles/room.css';
import './styles/networking.css';
import './styles/messages.css';
import './features/organisers/organisers.css';
import './features/outcome/outcome.css';
import './features/badges/badges.css';
import { startShell } from './app/shell';
import { detectLanguage, setLanguage } from './i18n';

// Before any await: the load event may pass while the language is fetched.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined);
  });
}

// A language other than English is a chunk of its own: wait for it rather than flash the app in English first;
// if it cannot be fetched (offline, never cached), English it is.
await setLanguage(detectLanguage(), { persist: false }).catch(() => undefined);

const root = document.getElementById('app');
if (root) {
  startShell(root);
}
