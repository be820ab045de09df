// Page-level flags (outside any dialog), newest on top; each stays STAY_MS, so several can be on screen at once.
import { el } from './cloud-dom.js';

const STAY_MS = 8000;

/** kind: 'success' | 'error' | 'info'. */
export function flag(kind, title, lines = []) {
  const item = el('div', { className: `eti-flag eti-flag-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    el('span', { className: 'eti-flag-icon', 'aria-hidden': 'true', text: kind === 'error' ? '⚠' : kind === 'success' ? '✔' : 'ℹ' }),
    el('div', {}, el('p', { className: 'eti-flag-title', text: title }), lines.map((line) => el('p', { text: line }))),
    el('button', { type: 'button', className: 'eti-flag-close', 'aria-label': 'Close', onClick: () => item.remove() }, '✕'));
  document.getElementById('eti-flags').prepend(item);
  setTimeout(() => item.remove(), STAY_MS);
}

/** An API error as a flag: the field messages when there are some. */
export function errorFlag(title, data) {
  const lines = data?.errors?.length ? data.errors.map((e) => e.message) : [data?.message ?? 'Something went wrong.'];
  flag('error', title, lines);
}
