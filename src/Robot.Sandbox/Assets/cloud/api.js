// The app's calls to its own JSON API (/rest/api/1/). A 401 means the Cloud session is gone.
import { showSessionExpired } from './session.js';

export class SessionExpiredError extends Error {}

/**
 * Calls the API; resolves to { ok, status, data } for every HTTP answer (errors carry { message, errors }).
 * A network failure resolves to status 0 with a message; an expired session replaces the page and rejects.
 */
export async function api(method, path, body) {
  let response;
  try {
    response = await fetch(`/rest/api/1/${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, data: { message: 'Could not reach Email This Issue. Check your network and try again.' } };
  }
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = { message: `Unexpected answer (HTTP ${response.status}).` };
  }
  if (response.status === 401) {
    showSessionExpired();
    throw new SessionExpiredError(data?.message ?? 'session expired');
  }
  return { ok: response.ok, status: response.status, data };
}

/** Runs an action; a SessionExpiredError just ends it (the page already says so). */
export function guarded(action) {
  return (...args) => Promise.resolve(action(...args)).catch((error) => {
    if (!(error instanceof SessionExpiredError)) throw error;
  });
}
