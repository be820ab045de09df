// The "Add Incoming Mail Connection" / "Edit Incoming Mail Connection" panel. Its content follows the
// Service Provider: the two OAuth2 providers trade Password for an "OAuth2 Credentials" dropdown.
import { api, guarded } from './api.js';
import { h, progressbar } from './dom.js';
import { createSelect } from './dropdown.js';
import { markInvalid, textField } from './fields.js';
import { clearFlags, showErrorFlag, showFlag } from './flags.js';
import { openModal } from './modal.js';

import { ENCRYPTIONS, OAUTH_PROVIDERS, PROVIDERS } from './vocabulary.js';
const NO_CLIENTS = 'No OAuth2 Client settings found. Migrate your OAuth2 credentials first.';

/** mode 'add' or 'edit' (with id); onSaved runs after a successful save (the list reloads). */
export async function openConnectionPanel({ mode, id = null, onSaved }) {
  clearFlags();
  const editing = mode === 'edit';
  const modal = openModal(editing ? 'Edit Incoming Mail Connection' : 'Add Incoming Mail Connection');
  modal.body.append(progressbar(editing ? 'Loading the connection' : 'Loading'));
  const cancelWhileLoading = h('button', { class: 'button subtle', type: 'button', onclick: modal.close }, 'Cancel');
  modal.footer.append(h('span', { class: 'spacer' }), cancelWhileLoading);

  const [clientsAnswer, recordAnswer] = await Promise.all([
    api('GET', 'oauth2-clients'),
    editing ? api('GET', `incoming/${encodeURIComponent(id)}`) : Promise.resolve(null),
  ]);
  if (!modal.dialog.isConnected) return;
  if (!clientsAnswer.ok || (recordAnswer && !recordAnswer.ok)) {
    modal.close();
    showErrorFlag((recordAnswer && !recordAnswer.ok ? recordAnswer : clientsAnswer).data, 'The connection could not be loaded.');
    return;
  }
  buildForm(modal, { editing, id, clients: clientsAnswer.data.clients, record: recordAnswer?.data ?? null, onSaved });
}

function buildForm(modal, { editing, id, clients, record, onSaved }) {
  const r = record ?? {};
  const text = (value) => (value === null || value === undefined ? '' : String(value));

  const provider = createSelect({ label: 'Service Provider', options: PROVIDERS, value: r.serviceProvider || PROVIDERS[0], required: true, onChange: () => followProvider() });
  const name = textField({ label: 'Name', value: text(r.name), required: true });
  const description = textField({ label: 'Description', value: text(r.description), multiline: true });
  const encryption = createSelect({ label: 'Encryption', options: ENCRYPTIONS, value: r.encryption || 'None', required: true });
  const host = textField({ label: 'Host', value: text(r.host), required: true });
  const port = textField({ label: 'Port', value: text(r.port), inputmode: 'numeric', hint: 'Leave blank for the default: IMAP 143, IMAP SSL/TLS 993, POP3 110, POP3 SSL/TLS 995.' });
  const username = textField({ label: 'Username', value: text(r.username), required: true });
  // RevealPasswordInputs: a plain text input on a colour nothing else uses, so a screenshot shows whether it was masked.
  const reveal = document.body.dataset.revealPasswords === 'true';
  const password = textField({
    label: 'Password', type: reveal ? 'text' : 'password', autocomplete: 'new-password',
    hint: editing ? 'Leave blank to keep the current password.' : null,
  });
  if (reveal) password.input.classList.add('revealed-password');
  const oauthSlot = h('div');
  let oauth = null;
  const timeout = textField({ label: 'Timeout', value: text(r.timeout ?? (editing ? '' : 10000)), inputmode: 'numeric', hint: 'Milliseconds, from 1 to 60000.' });
  const folder = textField({ label: 'Folder', value: text(r.folder), hint: 'Blank means the Inbox.' });
  const status = h('div', { class: 'test-result', role: 'status', hidden: true });

  function followProvider() {
    const chosen = provider.value;
    const isOAuth = OAUTH_PROVIDERS.includes(chosen);
    password.element.hidden = isOAuth;
    oauthSlot.hidden = !isOAuth;
    if (!isOAuth) return;
    const names = clients.filter((c) => c.serviceProvider === chosen).map((c) => c.name);
    const keep = oauth?.value ?? r.oauth2Credentials ?? null;
    if (names.length === 0) {
      oauth = null;
      oauthSlot.replaceChildren(h('div', { class: 'field' },
        h('div', { class: 'field-label-row' }, h('span', { class: 'field-label' }, 'OAuth2 Credentials')),
        h('div', { class: 'section-message' }, NO_CLIENTS)));
      return;
    }
    oauth = createSelect({ label: 'OAuth2 Credentials', options: names, value: names.includes(keep) ? keep : null, required: true });
    oauthSlot.replaceChildren(oauth.element);
  }

  function collect() {
    const isOAuth = OAUTH_PROVIDERS.includes(provider.value);
    return {
      name: name.value,
      description: description.value,
      serviceProvider: provider.value,
      encryption: encryption.value,
      host: host.value,
      port: port.value,
      username: username.value,
      password: isOAuth ? '' : password.value,
      timeout: timeout.value,
      oauth2Credentials: isOAuth ? (oauth?.value ?? '') : '',
      folder: folder.value,
    };
  }

  const fields = { name, description, serviceProvider: provider, encryption, host, port, username, password, timeout, folder };
  const testButton = h('button', { class: 'button', type: 'button' }, 'Test Connection');
  const saveButton = h('button', { class: 'button primary', type: 'button' }, 'Save');
  const cancelButton = h('button', { class: 'button subtle', type: 'button', onclick: modal.close }, 'Cancel');

  testButton.addEventListener('click', guarded(async () => {
    testButton.disabled = true;
    status.hidden = false;
    status.className = 'test-result';
    status.textContent = 'Testing…';
    try {
      const answer = await api('POST', 'incoming/test', { ...collect(), id: editing ? id : null });
      const success = answer.ok && answer.data?.success === true;
      status.className = success ? 'test-result success' : 'test-result failure';
      status.textContent = success ? 'Connection successful' : `Connection failed: ${answer.data?.message ?? `HTTP ${answer.status}`}`;
    } finally {
      testButton.disabled = false;
    }
  }));

  saveButton.addEventListener('click', guarded(async () => {
    clearFlags();
    saveButton.disabled = true;
    try {
      const answer = editing
        ? await api('PUT', `incoming/${encodeURIComponent(id)}`, collect())
        : await api('POST', 'incoming', collect());
      if (answer.ok) {
        modal.close();
        showFlag('success', `Incoming mail connection '${answer.data.name}' was saved.`);
        onSaved?.();
        return;
      }
      markInvalid({ ...fields, oauth2Credentials: oauth }, answer.data?.errors);
      showErrorFlag(answer.data, `The connection was not stored (HTTP ${answer.status}).`);
    } finally {
      saveButton.disabled = false;
    }
  }));

  modal.body.replaceChildren(
    provider.element, name.element, description.element, encryption.element, host.element, port.element,
    username.element, password.element, oauthSlot, timeout.element, folder.element, status);
  modal.footer.replaceChildren(testButton, h('span', { class: 'spacer' }), saveButton, cancelButton);
  followProvider();
  (editing ? name : provider).focus();
}
