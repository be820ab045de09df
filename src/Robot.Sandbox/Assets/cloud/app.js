// The Email This Issue configuration page inside Jira Cloud's iframe: configuration tabs, and under
// Administration a sidebar of views. The location hash names the view (#administration/incoming-connections).
import { SessionExpiredError } from './api.js';
import { renderConnections } from './connections.js';
import { h } from './dom.js';
import { clearFlags } from './flags.js';
import { closeModal } from './modal.js';
import { renderOAuthClients } from './oauth.js';
import { renderGeneral, renderHandlersTab, renderMailHandlers, renderOutgoing, renderTemplates } from './static-views.js';

const TAB_VIEWS = { general: renderGeneral, templates: renderTemplates, 'mail-handlers': renderHandlersTab };

const SIDEBAR = [
  { heading: 'INCOMING MAILS', links: [
    { view: 'incoming-connections', label: 'Incoming Mail Connections', render: renderConnections },
    { view: 'mail-handlers', label: 'Mail Handlers', render: renderMailHandlers },
  ] },
  { heading: 'OUTGOING MAILS', links: [
    { view: 'outgoing-connections', label: 'Outgoing Mail Connections', render: renderOutgoing },
  ] },
  { heading: 'OAUTH2', links: [
    { view: 'oauth2-credentials', label: 'OAuth2 Credentials', render: renderOAuthClients },
  ] },
];
const ADMIN_VIEWS = new Map(SIDEBAR.flatMap((section) => section.links).map((link) => [link.view, link]));

const panel = document.getElementById('tab-panel');
const tabs = [...document.querySelectorAll('[role="tab"]')];

// An expired session already replaced the page; nothing else is left to report.
window.addEventListener('unhandledrejection', (event) => {
  if (event.reason instanceof SessionExpiredError) event.preventDefault();
});

function parseHash() {
  const [tab, view] = decodeURIComponent(location.hash.replace(/^#/, '')).split('/');
  const knownTab = tab === 'administration' || tab in TAB_VIEWS ? tab : 'general';
  const knownView = ADMIN_VIEWS.has(view) ? view : 'incoming-connections';
  return { tab: knownTab, view: knownView };
}

function navigate(hash) {
  if (location.hash === `#${hash}`) render(); // the same view again: reload it
  else location.hash = hash;
}

function render() {
  const { tab, view } = parseHash();
  closeModal();
  clearFlags();
  for (const t of tabs) {
    const selected = t.dataset.tab === tab;
    t.setAttribute('aria-selected', selected ? 'true' : 'false');
    t.tabIndex = selected ? 0 : -1;
    if (selected) panel.setAttribute('aria-labelledby', t.id);
  }
  if (tab !== 'administration') {
    TAB_VIEWS[tab](panel);
    return;
  }
  const content = h('section', { class: 'admin-content' });
  const sidebar = h('nav', { class: 'sidebar', 'aria-label': 'Administration' },
    SIDEBAR.map((section) => [
      h('h3', { class: 'sidebar-heading' }, section.heading),
      h('ul', {}, section.links.map((link) => h('li', {},
        h('a', {
          href: `#administration/${link.view}`,
          'aria-current': link.view === view ? 'page' : null,
          onclick: (event) => { event.preventDefault(); navigate(`administration/${link.view}`); },
        }, link.label)))),
    ]));
  panel.replaceChildren(h('div', { class: 'admin-layout' }, sidebar, content));
  ADMIN_VIEWS.get(view).render(content);
}

tabs.forEach((tab, index) => {
  tab.addEventListener('click', () => navigate(tab.dataset.tab === 'administration' ? 'administration/incoming-connections' : tab.dataset.tab));
  tab.addEventListener('keydown', (event) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    const next = tabs[(index + step + tabs.length) % tabs.length];
    next.focus();
    next.click();
  });
});

window.addEventListener('hashchange', render);
render();
