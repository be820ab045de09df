// The Server site's little script: the row menu, the Edit / Delete dialogs, Test Connection and the flags.
// It is loaded synchronously in <head> and every handler is delegated from document, so no button on the page can
// be clicked before its handler exists (a fast robot would otherwise win that race).
// Every value from the server is set with textContent / value, never parsed as HTML.
(function () {
  'use strict';

  var API = '/rest/eti/1.0/incoming/';

  function byId(id) { return document.getElementById(id); }

  function toLogin() {
    location.assign('/login.jsp?os_destination=' + encodeURIComponent(location.pathname + location.search));
  }

  // Calls the JSON API; a 401 (no session, or it expired) goes to the login page, as Jira does.
  function api(method, path) {
    return fetch(path, {
      method: method,
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check' }
    }).then(function (res) {
      if (res.status === 401) {
        toLogin();
        return new Promise(function () { }); // never settles: the page is going away
      }
      return res.json().catch(function () { return {}; }).then(function (body) {
        return { ok: res.ok, status: res.status, body: body || {} };
      });
    });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  // ---- flags (one at a time, role=status) ----
  function showFlag(kind, title, body) {
    var flags = byId('flag-container');
    if (!flags) return;
    flags.replaceChildren();
    var flag = el('div', 'aui-flag ' + kind);
    flag.setAttribute('role', 'status');
    flag.appendChild(el('div', 'flag-title', title));
    if (body) flag.appendChild(el('div', 'flag-body', body));
    var close = el('button', 'flag-close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close');
    flag.appendChild(close);
    flags.appendChild(flag);
  }

  function readOnlyFlag(what) {
    showFlag('warning', what + ' is disabled in the rehearsal sandbox.', 'The Server is read-only: the sandbox only shows what the seed file holds.');
  }

  // ---- dialogs ----
  var openDialog = null; // { backdrop, opener }

  function showDialog(backdrop, opener) {
    backdrop.hidden = false;
    openDialog = { backdrop: backdrop, opener: opener };
  }

  function hideDialog() {
    if (!openDialog) return;
    var current = openDialog;
    openDialog = null;
    current.backdrop.hidden = true;
    if (current.opener && document.body.contains(current.opener)) current.opener.focus();
  }

  function focusables(root) {
    return Array.prototype.filter.call(
      root.querySelectorAll('a[href], button:not([disabled]), input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])'),
      function (node) { return node.offsetParent !== null; });
  }

  // ---- Edit Incoming Mail Connection ----
  var editGeneration = 0;

  // Shows exactly what is stored: a value the list does not offer becomes an extra, selected option.
  function selectValue(select, value) {
    var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
    if (!known) {
      var option = new Option(value, value);
      option.setAttribute('data-unlisted', 'true');
      select.add(option);
    }
    select.value = value;
  }

  function isOAuth(protocol) { return /oauth/i.test(protocol); }

  // OAuth protocols sign in with OAuth Credentials instead of a password: only one of the two groups is in the form.
  function applyProtocol(form) {
    var oauth = isOAuth(form.querySelector('#ec-protocol').value);
    var showing = oauth ? form.oauthGroup : form.passwordGroup;
    var hiding = oauth ? form.passwordGroup : form.oauthGroup;
    if (hiding.parentNode) hiding.replaceWith(showing);
  }

  // The alias shows only while "Use a shared mailbox" is on.
  function applyShared(form) {
    form.querySelector('[data-group="shared-alias"]').hidden = !form.querySelector('#ec-shared').checked;
  }

  function buildForm(data) {
    var form = byId('edit-form-template').content.firstElementChild.cloneNode(true);
    function field(id) { return form.querySelector('#' + id); }
    field('ec-name').value = data.name || '';
    field('ec-description').value = data.description || '';
    selectValue(field('ec-protocol'), data.protocol || '');
    selectValue(field('ec-encryption'), data.encryption || '');
    field('ec-host').value = data.host || '';
    field('ec-username').value = data.username || '';
    field('ec-password').value = data.password || '';
    if (data.passwordWithheld) form.querySelector('[data-role="password-withheld"]').hidden = false;
    selectValue(field('ec-oauth'), data.oauthCredentials || '');
    field('ec-port').value = data.port || '';
    field('ec-timeout').value = data.timeout || '';
    field('ec-interval').value = data.interval || '1';
    field('ec-folder').value = data.folder || '';
    if (data.afterDownload) selectValue(field('ec-after-download'), data.afterDownload);
    field('ec-shared-alias').value = data.sharedMailboxAlias || '';
    field('ec-shared').checked = !!data.sharedMailboxAlias;
    applyShared(form);
    form.passwordGroup = form.querySelector('[data-group="password"]');
    form.oauthGroup = form.querySelector('[data-group="oauth"]');
    form.oauthGroup.remove();
    applyProtocol(form);
    return form;
  }

  function closeEdit() {
    editGeneration++;
    var content = byId('edit-dialog-content');
    if (content) content.replaceChildren();
    var dialog = byId('edit-dialog');
    if (dialog) dialog.removeAttribute('aria-busy');
  }

  var previousEditId = null;

  function openEdit(id, opener) {
    var generation = ++editGeneration;
    var dialog = byId('edit-dialog');
    var content = byId('edit-dialog-content');
    var save = byId('edit-dialog-save');
    var previousId = previousEditId;
    previousEditId = id;
    dialog.setAttribute('data-connection-id', id);
    if (dialog.hasAttribute('data-late-fill-ms') && window.serverLateFill) {
      // Another build's dialog (late-fill.js): the empty form at once, no spinner, the values later.
      showDialog(byId('edit-dialog-backdrop'), opener);
      window.serverLateFill({
        dialog: dialog, content: content, save: save, id: id, previousId: previousId,
        current: function () { return generation === editGeneration; },
        load: function (which) { return api('GET', API + encodeURIComponent(which)); },
        buildForm: buildForm, selectValue: selectValue, applyProtocol: applyProtocol, applyShared: applyShared
      });
      return;
    }
    dialog.setAttribute('aria-busy', 'true');
    content.replaceChildren(byId('edit-dialog-loading').content.cloneNode(true));
    save.disabled = true;
    showDialog(byId('edit-dialog-backdrop'), opener);
    byId('edit-dialog-cancel').focus();
    api('GET', API + encodeURIComponent(id)).then(function (r) {
      if (generation !== editGeneration) return; // closed or reopened meanwhile
      dialog.removeAttribute('aria-busy');
      if (!r.ok) {
        var error = el('div', 'aui-message error');
        error.setAttribute('role', 'alert');
        error.appendChild(el('p', null, r.body.message || ('The connection could not be loaded (HTTP ' + r.status + ').')));
        content.replaceChildren(error);
        return;
      }
      content.replaceChildren(buildForm(r.body));
      save.disabled = false;
      byId('ec-name').focus();
    }, function () {
      if (generation !== editGeneration) return;
      dialog.removeAttribute('aria-busy');
      content.replaceChildren(el('p', 'aui-message error', 'The connection could not be loaded: the server did not answer.'));
    });
  }

  function saveEdit(form) {
    var id = byId('edit-dialog').getAttribute('data-connection-id');
    var message = form.querySelector('[data-role="form-message"]');
    var save = byId('edit-dialog-save');
    save.disabled = true;
    api('PUT', API + encodeURIComponent(id)).then(function (r) {
      save.disabled = false;
      message.textContent = r.body.message || ('Saving failed (HTTP ' + r.status + ').');
      message.hidden = false;
    });
  }

  // ---- Delete ----
  var deleteId = null;

  function openDelete(id, name, opener) {
    deleteId = id;
    byId('delete-dialog-name').textContent = name;
    showDialog(byId('delete-dialog-backdrop'), opener);
    byId('delete-dialog-cancel').focus();
  }

  function confirmDelete() {
    var name = byId('delete-dialog-name').textContent;
    api('DELETE', API + encodeURIComponent(deleteId)).then(function (r) {
      hideDialog();
      if (r.ok) showFlag('success', 'Incoming mail connection deleted.', name);
      else showFlag('warning', r.body.message || ('Deleting failed (HTTP ' + r.status + ').'), 'Incoming mail connection “' + name + '” was not deleted.');
    });
  }

  // ---- Test Connection ----
  function testConnection(id, name, row) {
    var about = 'Incoming mail connection “' + name + '”';
    showFlag('info', 'Testing connection…', about);
    api('POST', API + encodeURIComponent(id) + '/test').then(function (r) {
      if (!r.ok) {
        showFlag('error', 'Connection failed: ' + (r.body.message || ('HTTP ' + r.status)), about);
        return;
      }
      var b = r.body;
      showFlag(b.success ? 'success' : 'error', b.success ? 'Connection successful' : 'Connection failed: ' + b.message, about);
      var lozenge = row && row.querySelector('.status-lozenge');
      if (lozenge && b.status) {
        lozenge.textContent = b.status;
        lozenge.className = 'status-lozenge ' + b.statusClass;
        lozenge.title = b.statusTitle || '';
      }
    });
  }

  // ---- the row's "More actions" menu ----
  var menuButton = null;

  function menu() { return byId('row-actions-menu'); }

  function menuItems() { return Array.prototype.slice.call(menu().querySelectorAll('[role="menuitem"]')); }

  function closeMenu(focusButton) {
    if (!menuButton) return;
    menu().hidden = true;
    menuButton.setAttribute('aria-expanded', 'false');
    if (focusButton) menuButton.focus();
    menuButton = null;
  }

  function openMenu(button) {
    if (menuButton) closeMenu(false);
    var m = menu();
    menuButton = button;
    var row = button.closest('tr');
    m.setAttribute('aria-label', 'Actions for ' + (row ? row.getAttribute('data-connection-name') : ''));
    m.hidden = false;
    var rect = button.getBoundingClientRect();
    m.style.top = (rect.bottom + window.scrollY + 4) + 'px';
    m.style.left = Math.max(8, rect.right + window.scrollX - m.offsetWidth) + 'px';
    button.setAttribute('aria-expanded', 'true');
    menuItems()[0].focus();
  }

  function runMenuItem(item) {
    var opener = menuButton;
    var row = opener.closest('tr');
    var id = row.getAttribute('data-connection-id');
    var name = row.getAttribute('data-connection-name');
    closeMenu(false);
    var action = item.getAttribute('data-action');
    if (action === 'edit') openEdit(id, opener);
    else if (action === 'test') { opener.focus(); testConnection(id, name, row); }
    else if (action === 'delete') openDelete(id, name, opener);
  }

  // ---- one delegated handler per event type ----
  document.addEventListener('click', function (e) {
    var target = e.target instanceof Element ? e.target : null;
    if (!target) return;
    var button = target.closest('button.more-actions');
    if (button) {
      if (menuButton === button) closeMenu(true); else openMenu(button);
      return;
    }
    var item = target.closest('#row-actions-menu [role="menuitem"]');
    if (item && menuButton) { runMenuItem(item); return; }
    if (menuButton && !target.closest('#row-actions-menu')) closeMenu(false);

    if (target.closest('#add-connection')) readOnlyFlag('Adding incoming mail connections');
    var readOnly = target.closest('[data-flag-readonly]');
    if (readOnly) readOnlyFlag(readOnly.getAttribute('data-flag-readonly'));
    if (target.closest('#edit-dialog-cancel')) { closeEdit(); hideDialog(); }
    if (target.closest('#delete-dialog-cancel')) hideDialog();
    if (target.closest('#delete-dialog-confirm')) confirmDelete();
    var flagClose = target.closest('.flag-close');
    if (flagClose) flagClose.closest('.aui-flag').remove();
  });

  document.addEventListener('submit', function (e) {
    if (e.target instanceof HTMLFormElement && e.target.id === 'edit-connection-form') {
      e.preventDefault();
      saveEdit(e.target);
    }
  });

  document.addEventListener('change', function (e) {
    if (e.target instanceof Element && e.target.id === 'ec-protocol') applyProtocol(e.target.closest('form'));
    if (e.target instanceof Element && e.target.id === 'ec-shared') applyShared(e.target.closest('form'));
  });

  document.addEventListener('keydown', function (e) {
    var m = menu();
    if (menuButton && m && m.contains(document.activeElement)) {
      var items = menuItems();
      var index = items.indexOf(document.activeElement);
      if (e.key === 'ArrowDown') { e.preventDefault(); items[(index + 1) % items.length].focus(); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); items[(index - 1 + items.length) % items.length].focus(); }
      else if (e.key === 'Home') { e.preventDefault(); items[0].focus(); }
      else if (e.key === 'End') { e.preventDefault(); items[items.length - 1].focus(); }
      else if (e.key === 'Escape') { e.preventDefault(); closeMenu(true); }
      else if (e.key === 'Tab') closeMenu(false);
      return;
    }
    if (!openDialog) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      if (openDialog.backdrop.id === 'edit-dialog-backdrop') closeEdit();
      hideDialog();
    } else if (e.key === 'Tab') {
      var focusable = focusables(openDialog.backdrop);
      if (focusable.length === 0) return;
      var first = focusable[0], last = focusable[focusable.length - 1];
      if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
      else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
    }
  });
})();
