// Administration → INCOMING MAILS → Incoming Mail Connections: the list, with Add and a per-row Edit.
import { api } from './api.js';
import { openConnectionPanel } from './connection-panel.js';
import { h, progressbar } from './dom.js';
import { clearFlags, showErrorFlag, showFlag } from './flags.js';

const STATUS_STYLE = { Enabled: 'lozenge success', Disabled: 'lozenge', 'Needs correction': 'lozenge moved' };

export function renderConnections(container) {
  const area = h('div', { class: 'list-area' });
  const reload = () => load(area, reload);
  container.replaceChildren(
    h('div', { class: 'view-header' },
      h('h2', {}, 'Incoming Mail Connections'),
      h('button', { class: 'button primary', type: 'button', onclick: () => openConnectionPanel({ mode: 'add', onSaved: reload }) }, 'Add')),
    h('p', { class: 'view-description' },
      'Mailboxes that Email This Issue reads to create issues and comments. New and edited connections start disabled; enable them with a mail handler.'),
    area);
  return reload();
}

let generation = 0;

// Enabling starts polling: the first poll downloads every message in the folder.
async function enable(c, reload) {
  clearFlags();
  const answer = await api('POST', `incoming/${encodeURIComponent(c.id)}/enable`);
  if (!answer.ok) {
    showErrorFlag(answer.data, `'${c.name}' could not be enabled.`);
    return;
  }
  showFlag('success', `Incoming mail connection '${c.name}' was enabled.`);
  reload();
}

async function load(area, reload) {
  const mine = ++generation;
  area.setAttribute('aria-busy', 'true');
  area.replaceChildren(progressbar('Loading incoming mail connections'));
  const answer = await api('GET', 'incoming');
  if (mine !== generation || !area.isConnected) return;
  area.removeAttribute('aria-busy');
  if (!answer.ok) {
    area.replaceChildren(h('p', { class: 'empty' }, 'The connections could not be loaded.'));
    showErrorFlag(answer.data, 'The connections could not be loaded.');
    return;
  }
  const rows = answer.data.connections.map((c) => h('tr', {},
    h('td', {}, c.name),
    h('td', {}, c.serviceProvider),
    h('td', {}, c.host),
    h('td', {}, c.username),
    h('td', {}, h('span', { class: STATUS_STYLE[c.status] ?? 'lozenge' }, c.status)),
    h('td', { class: 'actions' },
      h('button', { class: 'button', type: 'button', onclick: () => openConnectionPanel({ mode: 'edit', id: c.id, onSaved: reload }) }, 'Edit'),
      c.status === 'Disabled' ? h('button', { class: 'button', type: 'button', onclick: () => enable(c, reload) }, 'Enable') : null)));
  area.replaceChildren(h('table', { class: 'table' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Service Provider'), h('th', { scope: 'col' }, 'Host'),
      h('th', { scope: 'col' }, 'Username'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col', class: 'actions' }, 'Actions'))),
    h('tbody', {}, rows.length > 0 ? rows : h('tr', {}, h('td', { class: 'empty', colspan: 6 }, 'No incoming mail connections yet. Add one.')))));
}
