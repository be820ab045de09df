// Administration → OAUTH2 → OAuth2 Credentials: the Cloud's OAuth2 client settings, with "Add OAuth2 Credentials"
// and a per-row Edit ("Edit OAuth2 Credentials"). The Callback URL is this Jira's, read-only: the provider's app
// registration must allow it.
import { api, guarded } from './api.js';
import { h, progressbar } from './dom.js';
import { createSelect } from './dropdown.js';
import { markInvalid, textField } from './fields.js';
import { clearFlags, showErrorFlag, showFlag } from './flags.js';
import { openModal } from './modal.js';
import { OAUTH_PROVIDERS } from './vocabulary.js';

export function renderOAuthClients(container) {
  const area = h('div', { class: 'list-area' });
  const reload = () => load(area, reload);
  container.replaceChildren(
    h('div', { class: 'view-header' },
      h('h2', {}, 'OAuth2 Credentials'),
      h('button', { class: 'button primary', type: 'button', onclick: () => openPanel({ record: null, callbackUrl: area.dataset.callbackUrl ?? '', reload }) }, 'Add')),
    h('p', { class: 'view-description' },
      'OAuth2 client settings that GMail/GSuite and Microsoft365 mail connections sign in with. Migrate them before the connections that use them.'),
    area);
  return reload();
}

async function load(area, reload) {
  area.setAttribute('aria-busy', 'true');
  area.replaceChildren(progressbar('Loading OAuth2 credentials'));
  // ?view names the caller, so the sandbox's --cloud-oauth-page-hangs can hold this page's list alone.
  const answer = await api('GET', 'oauth2-clients?view=credentials-page');
  if (!area.isConnected) return;
  area.removeAttribute('aria-busy');
  if (!answer.ok) {
    area.replaceChildren(h('p', { class: 'empty' }, 'The OAuth2 credentials could not be loaded.'));
    showErrorFlag(answer.data, 'The OAuth2 credentials could not be loaded.');
    return;
  }
  const callbackUrl = answer.data.callbackUrl;
  area.dataset.callbackUrl = callbackUrl;
  const rows = answer.data.clients.map((c) => h('tr', {},
    h('td', {}, c.name),
    h('td', {}, c.serviceProvider),
    h('td', { class: 'actions' },
      h('button', { class: 'button', type: 'button', onclick: () => openPanel({ record: c, callbackUrl, reload }) }, 'Edit'))));
  area.replaceChildren(h('table', { class: 'table' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Service Provider'), h('th', { scope: 'col', class: 'actions' }, 'Actions'))),
    h('tbody', {}, rows.length > 0 ? rows : h('tr', {}, h('td', { class: 'empty', colspan: 3 }, 'No OAuth2 Client settings found.')))));
}

function openPanel({ record, callbackUrl, reload }) {
  clearFlags();
  const editing = record !== null;
  const r = record ?? {};
  const modal = openModal(editing ? 'Edit OAuth2 Credentials' : 'Add OAuth2 Credentials');
  const fields = {
    name: textField({ label: 'Name', value: r.name, required: true }),
    serviceProvider: createSelect({ label: 'Service Provider', options: OAUTH_PROVIDERS, value: r.serviceProvider ?? null, required: true }),
    clientId: textField({ label: 'Client ID', value: r.clientId, required: true }),
    clientSecret: textField({
      label: 'Client Secret', type: 'password', autocomplete: 'new-password', required: !editing,
      hint: editing ? 'Stored encrypted. Leave blank to keep it.' : null,
    }),
    authorizationEndpoint: textField({ label: 'Authorization Endpoint', value: r.authorizationEndpoint, required: true }),
    tokenEndpoint: textField({ label: 'Token Endpoint', value: r.tokenEndpoint, required: true }),
  };
  const callback = textField({ label: 'Callback URL', value: callbackUrl, hint: 'Add this address to the allowed redirect URIs of your app at Google or Microsoft.' });
  callback.input.readOnly = true;
  const save = h('button', { class: 'button primary', type: 'button' }, 'Save');
  save.addEventListener('click', guarded(async () => {
    clearFlags();
    save.disabled = true;
    try {
      const body = Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, field.value ?? '']));
      const answer = editing
        ? await api('PUT', `oauth2-clients/${encodeURIComponent(r.name)}`, body)
        : await api('POST', 'oauth2-clients', body);
      if (answer.ok) {
        modal.close();
        showFlag('success', `OAuth2 credentials '${answer.data.name}' were saved.`);
        reload();
        return;
      }
      markInvalid(fields, answer.data?.errors);
      showErrorFlag(answer.data, `The OAuth2 credentials were not stored (HTTP ${answer.status}).`);
    } finally {
      save.disabled = false;
    }
  }));
  modal.body.append(...Object.values(fields).map((field) => field.element), callback.element);
  modal.footer.append(h('span', { class: 'spacer' }), save, h('button', { class: 'button subtle', type: 'button', onclick: modal.close }, 'Cancel'));
  fields.name.focus();
}
