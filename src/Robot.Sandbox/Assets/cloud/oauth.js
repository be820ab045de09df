// Administration → OAUTH2 → OAuth2 Credentials: the Cloud's OAuth2 client settings, with "Add OAuth2 Credentials".
import { api, guarded } from './api.js';
import { h, progressbar } from './dom.js';
import { createSelect } from './dropdown.js';
import { markInvalid, textField } from './fields.js';
import { clearFlags, showErrorFlag, showFlag } from './flags.js';
import { openModal } from './modal.js';
import { OAUTH_PROVIDERS } from './vocabulary.js';


export function renderOAuthClients(container) {
  const area = h('div', { class: 'list-area' });
  const reload = () => load(area);
  container.replaceChildren(
    h('div', { class: 'view-header' },
      h('h2', {}, 'OAuth2 Credentials'),
      h('button', { class: 'button primary', type: 'button', onclick: () => openAddPanel(reload) }, 'Add')),
    h('p', { class: 'view-description' },
      'OAuth2 client settings that GMail/GSuite and Microsoft365 mail connections sign in with. Migrate them before the connections that use them.'),
    area);
  return reload();
}

async function load(area) {
  area.replaceChildren(progressbar('Loading OAuth2 credentials'));
  // ?view names the caller, so the sandbox's --cloud-oauth-page-hangs can hold this page's list alone.
  const answer = await api('GET', 'oauth2-clients?view=credentials-page');
  if (!area.isConnected) return;
  if (!answer.ok) {
    area.replaceChildren(h('p', { class: 'empty' }, 'The OAuth2 credentials could not be loaded.'));
    showErrorFlag(answer.data, 'The OAuth2 credentials could not be loaded.');
    return;
  }
  const rows = answer.data.clients.map((c) => h('tr', {}, h('td', {}, c.name), h('td', {}, c.serviceProvider)));
  area.replaceChildren(h('table', { class: 'table' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Service Provider'))),
    h('tbody', {}, rows.length > 0 ? rows : h('tr', {}, h('td', { class: 'empty', colspan: 2 }, 'No OAuth2 Client settings found.')))));
}

function openAddPanel(reload) {
  clearFlags();
  const modal = openModal('Add OAuth2 Credentials');
  const name = textField({ label: 'Name', required: true });
  const provider = createSelect({ label: 'Service Provider', options: OAUTH_PROVIDERS, value: null, required: true });
  const clientId = textField({ label: 'Client ID', required: true });
  const clientSecret = textField({ label: 'Client Secret', type: 'password', autocomplete: 'new-password', required: true });
  const fields = { name, serviceProvider: provider, clientId, clientSecret };
  const save = h('button', { class: 'button primary', type: 'button' }, 'Save');
  save.addEventListener('click', guarded(async () => {
    clearFlags();
    save.disabled = true;
    try {
      const answer = await api('POST', 'oauth2-clients', {
        name: name.value, serviceProvider: provider.value ?? '', clientId: clientId.value, clientSecret: clientSecret.value,
      });
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
  modal.body.append(name.element, provider.element, clientId.element, clientSecret.element);
  modal.footer.append(h('span', { class: 'spacer' }), save, h('button', { class: 'button subtle', type: 'button', onclick: modal.close }, 'Cancel'));
  name.focus();
}
