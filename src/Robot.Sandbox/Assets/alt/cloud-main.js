// The alt Cloud app in Jira Cloud's iframe: configuration links across the top, under Administration a side menu.
// The location hash names the view (#administration/incoming-connections).
import { request } from './cloud-api.js';
import { el, WORDS } from './cloud-dom.js';
import { renderConnections } from './cloud-list.js';

const TABS = [['general', 'General'], ['administration', 'Administration'], ['templates', 'Templates']];
const MENU = [
  ['INCOMING MAILS', [['incoming-connections', WORDS.connections, renderConnections], ['mail-handlers', 'Mail Handlers', sketch('Mail Handlers')]]],
  ['OUTGOING MAILS', [['outgoing-connections', 'Outgoing Mail Connections', sketch('Outgoing Mail Connections')]]],
  ['OAUTH2', [['oauth2-credentials', 'OAuth2 Credentials', renderClients]]],
];
const VIEWS = new Map(MENU.flatMap(([, links]) => links).map(([key, , render]) => [key, render]));

function sketch(title) {
  return (view) => view.replaceChildren(el('h2', { text: title }), el('p', { text: 'Not part of the rehearsal sandbox.' }));
}

async function renderClients(view) {
  const table = el('table', { className: 'eti-table', 'aria-busy': 'true' });
  view.replaceChildren(el('div', { className: 'eti-viewhead' }, el('h2', { text: 'OAuth2 Credentials' })), table);
  const answer = await request('GET', 'oauth2-clients');
  const clients = answer.ok ? answer.data.clients : [];
  table.replaceChildren(
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Name' }), el('th', { scope: 'col', text: 'Service Provider' }))),
    el('tbody', {}, clients.map((c) => el('tr', {}, el('td', { text: c.name }), el('td', { text: c.serviceProvider })))));
  table.setAttribute('aria-busy', 'false');
}

function render() {
  const [tab = 'general', key = 'incoming-connections'] = decodeURIComponent(location.hash.slice(1)).split('/');
  document.querySelectorAll('.eti-listbox, .eti-blanket').forEach((n) => n.remove());
  document.getElementById('eti-tabs').replaceChildren(...TABS.map(([k, label]) =>
    el('a', { href: k === 'administration' ? '#administration/incoming-connections' : `#${k}`, className: 'eti-tab', 'aria-current': k === tab ? 'page' : null, text: label })));
  const view = document.getElementById('eti-view');
  if (tab !== 'administration') {
    view.replaceChildren(el('div', { className: 'eti-panel' }, el('h2', { text: tab === 'templates' ? 'Templates' : 'General' }),
      el('p', { text: 'Choose Administration to configure mail connections.' })));
    return;
  }
  const content = el('main', { className: 'eti-content' });
  view.replaceChildren(el('div', { className: 'eti-admin' },
    el('aside', { className: 'eti-menu' }, MENU.map(([heading, links]) => el('section', {},
      el('p', { className: 'eti-menuheading', text: heading }),
      links.map(([k, label]) => el('a', { href: `#administration/${k}`, className: 'eti-menulink', 'aria-current': k === key ? 'page' : null, text: label }))))),
    content));
  (VIEWS.get(key) ?? renderConnections)(content);
}

// Following a link to the view already shown loads it again (as a person expects from a click).
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href^="#"]');
  if (link && link.getAttribute('href') === location.hash) render();
});
window.addEventListener('hashchange', render);
request('GET', 'oauth2-clients').then(render); // the app first checks its session, then draws
