// Jira's flags, bottom-left. One flag at a time, so "the error flag" is never ambiguous.
// Errors are role=alert and stay until dismissed or replaced; a success flag fades after a while.
import { h } from './dom.js';

const SUCCESS_MS = 10000;
let timer = null;

function group() {
  return document.getElementById('flags');
}

export function clearFlags() {
  clearTimeout(timer);
  group()?.replaceChildren();
}

/** type: 'success' | 'error'; title: one sentence; lines: further sentences. */
export function showFlag(type, title, lines = []) {
  clearFlags();
  const flag = h('div', { class: `flag ${type}`, role: type === 'error' ? 'alert' : null },
    h('span', { class: 'flag-icon', 'aria-hidden': 'true' }, type === 'error' ? '!' : '✓'),
    h('div', { class: 'flag-content' },
      h('div', { class: 'flag-title' }, title),
      lines.map((line) => h('p', {}, line))),
    h('button', { class: 'flag-dismiss', type: 'button', 'aria-label': 'Dismiss', onclick: clearFlags }, '×'));
  group()?.append(flag);
  if (type === 'success') timer = setTimeout(clearFlags, SUCCESS_MS);
}

/** An API error as a flag: one message as the title, several as a list. */
export function showErrorFlag(data, fallback) {
  const messages = data?.errors?.length ? data.errors.map((e) => e.message) : [data?.message ?? fallback];
  if (messages.length === 1) showFlag('error', messages[0]);
  else showFlag('error', 'Fix these fields and save again:', messages);
}
