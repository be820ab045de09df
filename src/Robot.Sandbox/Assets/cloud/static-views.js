// The parts of the app the migration does not touch: present so the app looks whole, static in the sandbox.
import { h } from './dom.js';

function notInSandbox(container, title, description) {
  container.replaceChildren(
    h('div', { class: 'view-header' }, h('h2', {}, title)),
    h('p', { class: 'view-description' }, description),
    h('div', { class: 'section-message' }, 'This page is not part of the rehearsal sandbox.'));
}

export function renderGeneral(container) {
  container.replaceChildren(
    h('div', { class: 'view-header' }, h('h2', {}, 'General Settings')),
    h('p', { class: 'view-description' }, 'How Email This Issue sends and receives email for this Jira site.'),
    h('dl', { class: 'settings' },
      h('dt', {}, 'App version'), h('dd', {}, '9.3.0 (rehearsal sandbox)'),
      h('dt', {}, 'Email sending'), h('dd', {}, 'Enabled'),
      h('dt', {}, 'Mail processing'), h('dd', {}, 'Enabled'),
      h('dt', {}, 'Default encoding'), h('dd', {}, 'UTF-8')));
}

export function renderTemplates(container) {
  container.replaceChildren(
    h('div', { class: 'view-header' }, h('h2', {}, 'Templates')),
    h('p', { class: 'view-description' }, 'Email templates used by notifications and manual emails.'),
    h('ul', { class: 'static-list' },
      h('li', {}, 'Default Notification Template'), h('li', {}, 'Issue Created'), h('li', {}, 'Comment Added')));
}

export function renderHandlersTab(container) {
  notInSandbox(container, 'Mail Handlers', 'Rules that turn incoming email into issues and comments.');
}

export function renderMailHandlers(container) {
  notInSandbox(container, 'Mail Handlers', 'Each mail handler reads one incoming mail connection and decides what to do with every email.');
}

export function renderOutgoing(container) {
  notInSandbox(container, 'Outgoing Mail Connections', 'SMTP servers and mail APIs that Email This Issue sends with.');
}
