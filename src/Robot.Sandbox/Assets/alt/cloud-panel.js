// The Add / Edit modal (a portal at the end of <body>). The Service Provider decides which fields show: the General
// services show Encryption, Host, Port, Username and Password; the OAuth2 providers hide those and show OAuth2
// Credentials. Timeout is asked in SECONDS here and sent to the shared API in milliseconds. Encryption is shown in
// this app's words (WORDS.encryptions maps the API's values to them). Test and Save answer with page-level flags.
import { request } from './cloud-api.js';
import { combobox } from './cloud-combobox.js';
import { el, newId, WORDS } from './cloud-dom.js';
import { errorFlag, flag } from './cloud-flags.js';

const NO_CLIENTS = 'No OAuth2 Client settings found. Migrate your OAuth2 credentials first.';
const TIMEOUT_RULE = 'Timeout must be a whole number of seconds from 1 to 60.';
const encryptionLabel = (api) => WORDS.encryptions[api] ?? api;
const encryptionValue = (label) => Object.keys(WORDS.encryptions).find((k) => WORDS.encryptions[k] === label) ?? label;
const isOAuth = (provider) => WORDS.oauthProviders.includes(provider);

function textField(label, { multiline = false, type = 'text', help = null } = {}) {
  const id = newId('field');
  const input = el(multiline ? 'textarea' : 'input', { id, className: 'eti-input', type: multiline ? null : type, rows: multiline ? 3 : null, autocomplete: 'off' });
  if (help) input.setAttribute('aria-describedby', `${id}-help`);
  const element = el('div', { className: 'eti-field' }, el('label', { for: id, className: 'eti-label', text: label }), input,
    help ? el('small', { id: `${id}-help`, className: 'eti-help', text: help }) : null);
  return { element, input };
}

/** Seconds as typed → milliseconds for the API; undefined when it is not a whole number of seconds from 1 to 60. */
function timeoutMs(text) {
  const t = text.trim();
  if (t === '') return '';
  return /^\d+$/.test(t) && Number(t) >= 1 && Number(t) <= 60 ? String(Number(t) * 1000) : undefined;
}

/** Opens the panel; existing: a ConnectionView to edit, or null to add. onSaved() runs after a successful Save. */
export function openPanel(existing, onSaved) {
  const titleId = newId('title');
  const name = textField('Name');
  const description = textField('Description', { multiline: true });
  const provider = combobox({ label: 'Service Provider', load: async () => WORDS.serviceProviders, onChange: () => arrange() });
  const encryption = combobox({ label: 'Encryption', load: async () => Object.values(WORDS.encryptions) });
  const host = textField('Host');
  const port = textField('Port', { help: 'Leave blank for the usual port.' });
  const username = textField('Username');
  const password = textField('Password', { type: 'password', help: existing?.hasPassword ? 'Leave blank to keep the saved password.' : null });
  const credentials = combobox({ label: 'OAuth2 Credentials', load: loadClients });
  const noClients = el('p', { className: 'eti-warning', text: NO_CLIENTS, hidden: true });
  const timeout = textField('Timeout', { help: 'In seconds, 1–60. Blank means 10 seconds.' });
  const general = [encryption.element, host.element, port.element, username.element, password.element];
  const oauth = [credentials.element];
  let clients = [];

  async function loadClients() {
    const answer = await request('GET', `oauth2-clients?serviceProvider=${encodeURIComponent(provider.value)}`);
    clients = answer.ok ? answer.data.clients.map((c) => c.name) : [];
    return clients;
  }

  async function arrange() {
    const chosen = provider.value;
    general.forEach((e) => { e.hidden = chosen === '' || isOAuth(chosen); });
    oauth.forEach((e) => { e.hidden = !isOAuth(chosen); });
    noClients.hidden = true;
    if (isOAuth(chosen) && (await loadClients()).length === 0) { credentials.element.hidden = true; noClients.hidden = false; }
    if (isOAuth(chosen) && !clients.includes(credentials.value)) credentials.value = '';
  }

  function body() {
    const oauthChosen = isOAuth(provider.value);
    return {
      id: existing?.id, name: name.input.value, description: description.input.value, serviceProvider: provider.value,
      encryption: oauthChosen ? 'SSL/TLS' : encryptionValue(encryption.value),
      host: oauthChosen ? '' : host.input.value, port: oauthChosen ? '' : port.input.value,
      username: oauthChosen ? '' : username.input.value, password: oauthChosen ? '' : password.input.value,
      timeout: timeoutMs(timeout.input.value), oauth2Credentials: oauthChosen ? credentials.value : '',
    };
  }

  function checked() {
    const form = body();
    timeout.input.setAttribute('aria-invalid', form.timeout === undefined ? 'true' : 'false');
    if (form.timeout === undefined) { flag('error', TIMEOUT_RULE); return null; }
    return form;
  }

  async function busy(button, action) {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try { await action(); } finally { button.disabled = false; button.removeAttribute('aria-busy'); }
  }

  const testButton = el('button', { type: 'button', className: 'eti-button', text: 'Test Connection' });
  testButton.addEventListener('click', () => busy(testButton, async () => {
    const form = checked();
    if (!form) return;
    const answer = await request('POST', 'incoming/test', form);
    if (!answer.ok) errorFlag(answer.status >= 500 ? answer.data.message : 'Connection test not possible', answer.data);
    else if (answer.data.success) flag('success', 'Connection successful', [`${provider.value} answered.`]);
    else flag('error', 'Connection failed', [answer.data.message]);
  }));

  const saveButton = el('button', { type: 'button', className: 'eti-button eti-primary', text: 'Save' });
  saveButton.addEventListener('click', () => busy(saveButton, async () => {
    const form = checked();
    if (!form) return;
    delete form.id;
    const answer = existing ? await request('PUT', `incoming/${existing.id}`, form) : await request('POST', 'incoming', form);
    if (!answer.ok) { errorFlag(`The ${WORDS.thing} was not saved`, answer.data); return; }
    close();
    flag('success', 'Connection saved', [`“${answer.data.name}” is saved. It stays disabled until you enable it.`]);
    onSaved();
  }));

  const cancelButton = el('button', { type: 'button', className: 'eti-button eti-subtle', text: 'Cancel', onClick: () => close() });
  const blanket = el('div', { className: 'eti-blanket' },
    el('section', { className: 'eti-modal', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId },
      el('h2', { id: titleId, text: existing ? WORDS.editTitle : WORDS.addTitle }),
      el('div', { className: 'eti-modal-body' }, name.element, description.element, provider.element, ...general, ...oauth, noClients, timeout.element),
      el('footer', { className: 'eti-modal-footer' }, testButton, el('span', { className: 'eti-grow' }), saveButton, cancelButton)));

  function close() {
    [provider, encryption, credentials].forEach((c) => c.close());
    blanket.remove();
  }

  if (existing) {
    name.input.value = existing.name;
    description.input.value = existing.description;
    provider.value = existing.serviceProvider;
    encryption.value = encryptionLabel(existing.encryption);
    host.input.value = existing.host;
    port.input.value = existing.port ?? '';
    username.input.value = existing.username;
    timeout.input.value = existing.timeout == null ? '' : String(existing.timeout / 1000);
    credentials.value = existing.oauth2Credentials;
  }
  arrange();
  document.body.append(blanket);
  name.input.focus();
}
