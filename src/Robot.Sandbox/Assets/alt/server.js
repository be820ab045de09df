// The alt Server's script: the row menu (rendered at the end of <body>), the Edit dialog, and page-level flags.
// Loaded in <head>; handlers are delegated from document, so they exist before any button does.
// The Edit dialog opens EMPTY, without a spinner, and its fields arrive 250-600 ms later through the shared JSON API,
// in one of the ways body[data-fill] names (mixed picks one per opening):
//   together     every field at once
//   name-first   Name first, the other fields 80-200 ms later
//   stale-first  the previously opened row's values first (its request was still finishing), then this row's
//   never        nothing ever arrives
(function () {
  'use strict';

  var API = '/rest/eti/1.0/incoming/';
  var FLAG_MS = 8000;
  var words = null;
  var lastOpenedId = null;
  var openings = 0;

  function between(min, max) { return min + Math.floor(Math.random() * (max - min + 1)); }
  function until(at) { return new Promise(function (done) { setTimeout(done, Math.max(0, at - performance.now())); }); }
  function later(ms) { return until(performance.now() + ms); }

  function node(tag, attrs, children) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === 'text') el.textContent = attrs[key];
      else if (attrs[key] !== null && attrs[key] !== false) el.setAttribute(key, attrs[key] === true ? '' : attrs[key]);
    });
    (children || []).forEach(function (child) { if (child) el.appendChild(child); });
    return el;
  }

  function call(method, id, suffix) {
    return fetch(API + id + (suffix || ''), { method: method, credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (res) {
        if (res.status === 401) { location.assign('/login.jsp'); return new Promise(function () { }); }
        return res.json().catch(function () { return {}; }).then(function (body) { return { ok: res.ok, body: body || {} }; });
      });
  }

  // ---- page-level flags: stacked at the bottom left, each stays FLAG_MS ----
  function flag(kind, title, text) {
    var box = document.getElementById('dc-flags');
    var item = node('div', { class: 'dc-flag dc-flag-' + kind, role: kind === 'error' ? 'alert' : 'status' }, [
      node('strong', { text: title }), text ? node('p', { text: text }) : null]);
    box.appendChild(item);
    setTimeout(function () { item.remove(); }, FLAG_MS);
  }

  // ---- the row menu, a portal at the end of <body> ----
  function closeMenu() {
    var menu = document.getElementById('dc-row-menu');
    if (menu) menu.remove();
    document.querySelectorAll('[data-action="row-menu"][aria-expanded="true"]').forEach(function (b) { b.setAttribute('aria-expanded', 'false'); });
  }

  function openMenu(button) {
    closeMenu();
    var row = button.closest('tr');
    var id = row.getAttribute('data-id');
    var name = row.cells[0].textContent;
    var box = button.getBoundingClientRect();
    var menu = node('div', { id: 'dc-row-menu', class: 'dc-menu', role: 'menu', style: 'top:' + (box.bottom + scrollY) + 'px;left:' + (box.right + scrollX - 180) + 'px' }, [
      node('button', { type: 'button', role: 'menuitem', 'data-item': 'edit', text: 'Edit' }),
      node('button', { type: 'button', role: 'menuitem', 'data-item': 'test', text: 'Test connection' }),
      node('button', { type: 'button', role: 'menuitem', 'data-item': 'delete', text: 'Delete' })]);
    menu.dataset.id = id;
    menu.dataset.name = name;
    document.body.appendChild(menu);
    button.setAttribute('aria-expanded', 'true');
  }

  function menuItem(item) {
    var menu = item.closest('#dc-row-menu');
    var id = menu.dataset.id, name = menu.dataset.name;
    closeMenu();
    if (item.dataset.item === 'edit') openEdit(id);
    else if (item.dataset.item === 'test') {
      call('POST', id, '/test').then(function (r) { flag(r.body.success ? 'success' : 'error', r.body.success ? 'Connection successful' : 'Connection failed', r.body.success ? name : r.body.message); });
    } else call('DELETE', id).then(function (r) { flag('error', 'Not deleted', r.body.message); });
  }

  // ---- the Edit dialog ----
  var FIELDS = [
    ['name', 'Name', 'input'], ['description', 'Description', 'textarea'], ['protocol', 'Protocol', 'combo'],
    ['encryption', 'Encryption', 'combo'], ['host', 'Host', 'input'], ['username', 'Username', 'input'],
    ['password', 'Password', 'password'], ['oauthCredentials', 'OAuth Credentials', 'combo'],
    ['port', 'Port', 'input'], ['timeout', 'Timeout', 'input'], ['interval', 'Interval', 'input']];
  var HELP = { timeout: 'Milliseconds, 1–60000.', interval: 'Minutes between fetches.', encryption: 'TLS upgrades a plain connection (STARTTLS).' };

  function field(key, label, kind) {
    var id = 'dc-edit-' + key;
    var control = kind === 'textarea' ? node('textarea', { id: id, rows: '2' })
      : kind === 'combo' ? node('input', { id: id, role: 'combobox', readonly: true, 'aria-expanded': 'false', 'aria-autocomplete': 'none' })
      : node('input', { id: id, type: kind === 'password' ? 'password' : 'text', autocomplete: 'off' });
    var help = HELP[key] ? node('small', { id: id + '-help', text: HELP[key] }) : null;
    if (help) control.setAttribute('aria-describedby', id + '-help');
    return node('div', { class: 'dc-field', 'data-field': key }, [node('label', { for: id, text: label }), control, help]);
  }

  function closeEdit() {
    var dialog = document.getElementById('dc-edit');
    if (dialog) dialog.remove();
    openings++; // whatever is still on its way belongs to a dialog that is gone
  }

  function openEdit(id) {
    closeEdit();
    var opening = ++openings;
    var previous = lastOpenedId;
    lastOpenedId = id;
    var form = node('form', { class: 'dc-form', novalidate: true }, FIELDS.map(function (f) { return field(f[0], f[1], f[2]); }));
    form.querySelector('[data-field="oauthCredentials"]').hidden = true;
    var dialog = node('div', { id: 'dc-edit', class: 'dc-blanket' }, [
      node('div', { class: 'dc-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'dc-edit-title' }, [
        node('h2', { id: 'dc-edit-title', text: words.editTitle }), form,
        node('div', { class: 'dc-dialog-buttons' }, [
          node('button', { type: 'button', class: 'dc-button dc-primary', 'data-action': 'save', text: 'Save' }),
          node('button', { type: 'button', class: 'dc-button dc-subtle', 'data-action': 'cancel', text: 'Cancel' })])])]);
    dialog.dataset.id = id;
    document.body.appendChild(dialog);
    fillLate(form, id, previous, opening);
  }

  function plan(previous, id) {
    var mode = document.body.dataset.fill;
    if (mode !== 'mixed') return mode;
    var plans = previous !== null && previous !== id ? ['together', 'name-first', 'stale-first'] : ['together', 'name-first'];
    return plans[between(0, plans.length - 1)];
  }

  function fillLate(form, id, previous, opening) {
    var opened = performance.now();
    var how = plan(previous, id);
    if (how === 'never') return;
    var current = function () { return opening === openings; };
    var mine = call('GET', id);
    var stale = how === 'stale-first' && previous !== null && previous !== id
      ? call('GET', previous).then(function (r) { return until(opened + between(100, 200)).then(function () { if (current()) show(form, r.body, null); }); })
      : Promise.resolve();
    stale.then(function () { return mine; }).then(function (r) {
      return until(Math.max(opened + between(250, 600), performance.now() + 60)).then(function () {
        if (!current()) return null;
        if (how !== 'name-first') { show(form, r.body, null); return null; }
        show(form, r.body, ['name']);
        return later(between(80, 200)).then(function () { if (current()) show(form, r.body, FIELDS.map(function (f) { return f[0]; }).filter(function (k) { return k !== 'name'; })); });
      });
    });
  }

  function show(form, c, only) {
    var values = {
      name: c.name, description: c.description, protocol: words.protocols[c.protocol] || c.protocol,
      encryption: words.encryptions[c.encryption] || c.encryption, host: c.host, username: c.username,
      password: c.password, oauthCredentials: c.oauthCredentials, port: c.port, timeout: c.timeout, interval: '1'
    };
    Object.keys(values).forEach(function (key) {
      if (only && only.indexOf(key) < 0) return;
      form.querySelector('#dc-edit-' + key).value = values[key] == null ? '' : String(values[key]);
    });
    if (!only || only.indexOf('protocol') >= 0) {
      form.querySelector('[data-field="password"]').hidden = !!c.oauth;
      form.querySelector('[data-field="oauthCredentials"]').hidden = !c.oauth;
    }
  }

  function save() {
    var dialog = document.getElementById('dc-edit');
    call('PUT', dialog.dataset.id).then(function (r) { flag(r.ok ? 'success' : 'error', r.ok ? 'Saved' : 'Not saved', r.body.message); });
  }

  document.addEventListener('click', function (event) {
    var target = event.target.closest('[data-action], [role="menuitem"]');
    if (!event.target.closest('#dc-row-menu') && !(target && target.dataset.action === 'row-menu')) closeMenu();
    if (!target) return;
    if (target.getAttribute('role') === 'menuitem') menuItem(target);
    else if (target.dataset.action === 'row-menu') openMenu(target);
    else if (target.dataset.action === 'cancel') closeEdit();
    else if (target.dataset.action === 'save') save();
    else if (target.dataset.action === 'add') flag('error', 'Not available', 'The Server is read-only in the rehearsal sandbox.');
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { closeMenu(); closeEdit(); }
  });

  document.addEventListener('DOMContentLoaded', function () { words = JSON.parse(document.body.dataset.words); });
})();
