// Calls the shared Cloud API (/rest/api/1/). A 401 replaces the app with the "session has expired" card.
import { el } from './cloud-dom.js';

export class Expired extends Error {}

export async function request(method, path, body) {
  let response;
  try {
    response = await fetch(`/rest/api/1/${path}`, {
      method, credentials: 'same-origin',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, data: { message: 'Email This Issue could not be reached.' } };
  }
  const data = await response.json().catch(() => ({ message: `Unexpected answer (HTTP ${response.status}).` }));
  if (response.status === 401) {
    document.body.replaceChildren(el('div', { className: 'eti-expired', role: 'alert' },
      el('p', { text: 'Your Atlassian session has expired. Log in to continue.' }),
      el('a', { className: 'eti-button eti-primary', href: document.body.dataset.loginUrl, target: '_top', text: 'Log in' })));
    throw new Expired();
  }
  return { ok: response.ok, status: response.status, data };
}

window.addEventListener('unhandledrejection', (event) => { if (event.reason instanceof Expired) event.preventDefault(); });
