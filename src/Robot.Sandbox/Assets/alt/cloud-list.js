// The connections list: a table that is busy (aria-busy, skeleton rows) while it loads, and is built afresh, every
// row a new element, each time it loads: on opening and after every Save.
import { request } from './cloud-api.js';
import { between, el, pause, WORDS } from './cloud-dom.js';
import { openPanel } from './cloud-panel.js';

const COLUMNS = ['Name', 'Service Provider', 'Host', 'Status'];
const PENCIL = 'M4 20h4L19 9l-4-4L4 16v4zm13.7-13.3 1.6-1.6a1 1 0 0 0 0-1.4l-1-1a1 1 0 0 0-1.4 0l-1.6 1.6z';

function icon(path) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  const shape = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  shape.setAttribute('d', path);
  svg.append(shape);
  return svg;
}

export function renderConnections(view) {
  const holder = el('div', { className: 'eti-tableholder' });
  view.replaceChildren(
    el('div', { className: 'eti-viewhead' },
      el('h2', { text: WORDS.connections }),
      el('button', { type: 'button', className: 'eti-button eti-primary', onClick: () => openPanel(null, load) }, el('span', { 'aria-hidden': 'true', text: '+ ' }), 'Add')),
    holder);

  async function edit(id) {
    const answer = await request('GET', `incoming/${id}`);
    if (answer.ok) openPanel(answer.data, load);
  }

  async function load() {
    const skeleton = [1, 2, 3].map(() => el('tr', { className: 'eti-skeleton' }, COLUMNS.map(() => el('td', {}, el('span')))));
    holder.replaceChildren(table(skeleton, true));
    const [answer] = await Promise.all([request('GET', 'incoming'), pause(between(200, 500))]);
    const rows = (answer.ok ? answer.data.connections : []).map((c) => el('tr', {},
      el('td', { text: c.name }),
      el('td', { text: c.serviceProvider }),
      el('td', { text: c.host }),
      el('td', {}, el('span', { className: `eti-lozenge eti-${c.status.toLowerCase().replace(/\s+/g, '-')}`, text: c.status })),
      el('td', { className: 'eti-rowactions' },
        el('button', { type: 'button', className: 'eti-iconbutton', 'aria-label': 'Edit connection', title: 'Edit', onClick: () => edit(c.id) }, icon(PENCIL)))));
    const empty = el('tr', {}, el('td', { colspan: COLUMNS.length + 1, className: 'eti-empty', text: `No ${WORDS.thing}s yet.` }));
    holder.replaceChildren(table(rows.length ? rows : [empty], false));
  }

  load();
}

function table(rows, busy) {
  return el('table', { className: 'eti-table', 'aria-busy': busy ? 'true' : 'false' },
    el('thead', {}, el('tr', {}, COLUMNS.map((c) => el('th', { scope: 'col', text: c })), el('th', {}, el('span', { className: 'eti-sr', text: 'Actions' })))),
    el('tbody', {}, rows));
}
