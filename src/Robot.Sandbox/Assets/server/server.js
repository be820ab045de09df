// The Server site's little script: the row menu, the Edit / Delete dialogs, Test Connection and the flags.
// Every value from the server is set with textContent / value, never parsed as HTML.
(function () {
  'use strict';

  var API = '/rest/eti/1.0/incoming/';

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
  var flags = document.getElementById('flag-container');

  function showFlag(kind, title, body) {
    if (!flags) return null;
    flags.replaceChildren();
    var flag = el('div', 'aui-flag ' + kind);
    flag.setAttribute('role', 'status');
    flag.appendChild(el('div', 'flag-title', title));
    if (body) flag.appendChild(el('div', 'flag-body', body));
    var close = el('button', 'flag-close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', function () { flag.remove(); });
    flag.appendChild(close);
    flags.appendChild(flag);
    return flag;
  }

  function readOnlyFlag(what) {
    showFlag('warning', what + ' is disabled in the rehearsal sandbox.', 'The Server is read-only: the sandbox only shows what the seed file holds.');
  }

  var add = document.getElementById('add-connection');
  if (add) add.addEventListener('click', function () { readOnlyFlag('Adding incoming mail connections'); });
  document.querySelectorAll('[data-flag-readonly]').forEach(function (button) {
    button.addEventListener('click', function () { readOnlyFlag(button.getAttribute('data-flag-readonly')); });
  });

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

  document.addEventListener('keydown', function (e) {
    if (!openDialog) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      closeEdit();
      hideDialog();
    } else if (e.key === 'Tab') {
      var items = focusables(openDialog.backdrop);
      if (items.length === 0) return;
      var first = items[0], last = items[items.length - 1];
      if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
      else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
    }
  });

  // ---- Edit Incoming Mail Connection ----
  var editBackdrop = document.getElementById('edit-dialog-backdrop');
  var editDialog = document.getElementById('edit-dialog');
  var editContent = document.getElementById('edit-dialog-content');
  var editSave = document.getElementById('edit-dialog-save');
  var editCancel = document.getElementById('edit-dialog-cancel');
  var loadingTemplate = document.getElementById('edit-dialog-loading');
  var formTemplate = document.getElementById('edit-form-template');
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

  function buildForm(data) {
    var form = formTemplate.content.firstElementChild.cloneNode(true);
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

    // OAuth protocols sign in with OAuth Credentials instead of a password: only one of the two is in the form.
    var passwordGroup = form.querySelector('[data-group="password"]');
    var oauthGroup = form.querySelector('[data-group="oauth"]');
    var protocol = field('ec-protocol');
    function applyProtocol() {
      var oauth = /oauth/i.test(protocol.value);
      var showing = oauth ? oauthGroup : passwordGroup;
      var hiding = oauth ? passwordGroup : oauthGroup;
      if (hiding.parentNode) hiding.replaceWith(showing);
    }
    oauthGroup.remove();
    if (/oauth/i.test(protocol.value)) passwordGroup.replaceWith(oauthGroup);
    protocol.addEventListener('change', applyProtocol);

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var id = editDialog.getAttribute('data-connection-id');
      var message = form.querySelector('[data-role="form-message"]');
      editSave.disabled = true;
      api('PUT', API + encodeURIComponent(id)).then(function (r) {
        editSave.disabled = false;
        message.textContent = r.body.message || ('Saving failed (HTTP ' + r.status + ').');
        message.hidden = false;
      });
    });
    return form;
  }

  function closeEdit() {
    editGeneration++;
    if (editContent) editContent.replaceChildren();
    if (editDialog) editDialog.removeAttribute('aria-busy');
  }

  function openEdit(id, opener) {
    var generation = ++editGeneration;
    editDialog.setAttribute('data-connection-id', id);
    editDialog.setAttribute('aria-busy', 'true');
    editContent.replaceChildren(loadingTemplate.content.cloneNode(true));
    editSave.disabled = true;
    showDialog(editBackdrop, opener);
    editCancel.focus();
    api('GET', API + encodeURIComponent(id)).then(function (r) {
      if (generation !== editGeneration) return; // closed or reopened meanwhile
      editDialog.removeAttribute('aria-busy');
      if (!r.ok) {
        var error = el('div', 'aui-message error');
        error.setAttribute('role', 'alert');
        error.appendChild(el('p', null, r.body.message || ('The connection could not be loaded (HTTP ' + r.status + ').')));
        editContent.replaceChildren(error);
        return;
      }
      editContent.replaceChildren(buildForm(r.body));
      editSave.disabled = false;
      var name = document.getElementById('ec-name');
      if (name) name.focus();
    }, function () {
      if (generation !== editGeneration) return;
      editDialog.removeAttribute('aria-busy');
      editContent.replaceChildren(el('p', 'aui-message error', 'The connection could not be loaded: the server did not answer.'));
    });
  }

  if (editCancel) editCancel.addEventListener('click', function () { closeEdit(); hideDialog(); });

  // ---- Delete ----
  var deleteBackdrop = document.getElementById('delete-dialog-backdrop');
  var deleteName = document.getElementById('delete-dialog-name');
  var deleteConfirm = document.getElementById('delete-dialog-confirm');
  var deleteCancel = document.getElementById('delete-dialog-cancel');
  var deleteId = null;

  function openDelete(id, name, opener) {
    deleteId = id;
    deleteName.textContent = name;
    showDialog(deleteBackdrop, opener);
    deleteCancel.focus();
  }

  if (deleteCancel) deleteCancel.addEventListener('click', hideDialog);
  if (deleteConfirm) deleteConfirm.addEventListener('click', function () {
    var name = deleteName.textContent;
    api('DELETE', API + encodeURIComponent(deleteId)).then(function (r) {
      hideDialog();
      if (r.ok) showFlag('success', 'Incoming mail connection deleted.', name);
      else showFlag('warning', r.body.message || ('Deleting failed (HTTP ' + r.status + ').'), 'Incoming mail connection “' + name + '” was not deleted.');
    });
  });

  // ---- Test Connection ----
  function testConnection(id, name, row) {
    showFlag('info', 'Testing connection…', 'Incoming mail connection “' + name + '”');
    api('POST', API + encodeURIComponent(id) + '/test').then(function (r) {
      if (!r.ok) {
        showFlag('error', 'Connection failed: ' + (r.body.message || ('HTTP ' + r.status)), 'Incoming mail connection “' + name + '”');
        return;
      }
      var b = r.body;
      showFlag(b.success ? 'success' : 'error',
        b.success ? 'Connection successful' : 'Connection failed: ' + b.message,
        'Incoming mail connection “' + name + '”');
      var lozenge = row && row.querySelector('.status-lozenge');
      if (lozenge && b.status) {
        lozenge.textContent = b.status;
        lozenge.className = 'status-lozenge ' + b.statusClass;
        lozenge.title = b.statusTitle || '';
      }
    });
  }

  // ---- the row's "More actions" menu ----
  var menu = document.getElementById('row-actions-menu');
  var menuButton = null;

  function menuItems() { return Array.prototype.slice.call(menu.querySelectorAll('[role="menuitem"]')); }

  function closeMenu(focusButton) {
    if (!menuButton) return;
    menu.hidden = true;
    menuButton.setAttribute('aria-expanded', 'false');
    if (focusButton) menuButton.focus();
    menuButton = null;
  }

  function openMenu(button) {
    if (menuButton) closeMenu(false);
    menuButton = button;
    var row = button.closest('tr');
    menu.setAttribute('aria-label', 'Actions for ' + (row ? row.getAttribute('data-connection-name') : ''));
    menu.hidden = false;
    var rect = button.getBoundingClientRect();
    var top = rect.bottom + window.scrollY + 4;
    var left = rect.right + window.scrollX - menu.offsetWidth;
    menu.style.top = top + 'px';
    menu.style.left = Math.max(8, left) + 'px';
    button.setAttribute('aria-expanded', 'true');
    menuItems()[0].focus();
  }

  if (menu) {
    document.addEventListener('click', function (e) {
      var button = e.target.closest('button.more-actions');
      if (button) {
        if (menuButton === button) closeMenu(true); else openMenu(button);
        return;
      }
      var item = e.target.closest('[role="menuitem"]');
      if (item && menu.contains(item) && menuButton) {
        var opener = menuButton;
        var row = opener.closest('tr');
        var id = row.getAttribute('data-connection-id');
        var name = row.getAttribute('data-connection-name');
        closeMenu(false);
        var action = item.getAttribute('data-action');
        if (action === 'edit') openEdit(id, opener);
        else if (action === 'test') { opener.focus(); testConnection(id, name, row); }
        else if (action === 'delete') openDelete(id, name, opener);
        return;
      }
      if (menuButton && !menu.contains(e.target)) closeMenu(false);
    });

    menu.addEventListener('keydown', function (e) {
      var items = menuItems();
      var index = items.indexOf(document.activeElement);
      if (e.key === 'ArrowDown') { e.preventDefault(); items[(index + 1) % items.length].focus(); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); items[(index - 1 + items.length) % items.length].focus(); }
      else if (e.key === 'Home') { e.preventDefault(); items[0].focus(); }
      else if (e.key === 'End') { e.preventDefault(); items[items.length - 1].focus(); }
      else if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); closeMenu(true); }
      else if (e.key === 'Tab') closeMenu(false);
    });
  }
})();
