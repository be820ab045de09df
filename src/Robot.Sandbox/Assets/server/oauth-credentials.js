// SETTINGS → OAuth2 Credentials: the row's "More actions" menu and the "Edit OAuth2 Credentials" dialog. The dialog
// opens with a spinner and gets its fields only once they hold the stored values (as the connection dialog does).
// Handlers are delegated from document, so nothing can be clicked before its handler exists.
(function () {
  'use strict';

  var API = '/rest/eti/1.0/oauth2-credentials/';
  var menuButton = null;
  var generation = 0;

  function byId(id) { return document.getElementById(id); }

  function closeMenu() {
    if (!menuButton) return;
    byId('credential-actions-menu').hidden = true;
    menuButton.setAttribute('aria-expanded', 'false');
    menuButton = null;
  }

  function openMenu(button) {
    closeMenu();
    var menu = byId('credential-actions-menu');
    menuButton = button;
    menu.setAttribute('aria-label', 'Actions for ' + button.closest('tr').getAttribute('data-credential-name'));
    menu.hidden = false;
    var rect = button.getBoundingClientRect();
    menu.style.top = (rect.bottom + window.scrollY + 4) + 'px';
    menu.style.left = Math.max(8, rect.right + window.scrollX - menu.offsetWidth) + 'px';
    button.setAttribute('aria-expanded', 'true');
    menu.querySelector('[role="menuitem"]').focus();
  }

  function fill(data) {
    var form = byId('credential-form-template').content.firstElementChild.cloneNode(true);
    var values = {
      'oc-name': data.name, 'oc-provider': data.serviceProvider, 'oc-client-id': data.clientId,
      'oc-client-secret': data.clientSecret, 'oc-authorization': data.authorizationEndpoint,
      'oc-token': data.tokenEndpoint, 'oc-callback': data.callbackUrl
    };
    Object.keys(values).forEach(function (id) { form.querySelector('#' + id).value = values[id] || ''; });
    if (data.secretWithheld) form.querySelector('[data-role="secret-withheld"]').hidden = false;
    return form;
  }

  function openEdit(id) {
    var current = ++generation;
    var dialog = byId('credential-dialog');
    var content = byId('credential-dialog-content');
    dialog.setAttribute('aria-busy', 'true');
    dialog.setAttribute('data-credential-id', id);
    var spinner = document.createElement('span');
    spinner.className = 'aui-spinner';
    spinner.setAttribute('role', 'progressbar');
    spinner.setAttribute('aria-label', 'Loading OAuth2 credentials');
    content.replaceChildren(spinner);
    byId('credential-dialog-backdrop').hidden = false;
    fetch(API + encodeURIComponent(id), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (res) {
        if (res.status === 401) { location.assign('/login.jsp?os_destination=' + encodeURIComponent(location.pathname)); return null; }
        return res.json().then(function (body) { return { ok: res.ok, body: body }; });
      })
      .then(function (r) {
        if (!r || current !== generation) return;
        dialog.removeAttribute('aria-busy');
        if (!r.ok) {
          var error = document.createElement('p');
          error.className = 'aui-message error';
          error.setAttribute('role', 'alert');
          error.textContent = r.body.message || 'The OAuth2 credentials could not be loaded.';
          content.replaceChildren(error);
          return;
        }
        content.replaceChildren(fill(r.body));
      });
  }

  function closeEdit() {
    generation++;
    byId('credential-dialog-content').replaceChildren();
    byId('credential-dialog-backdrop').hidden = true;
  }

  document.addEventListener('click', function (e) {
    var target = e.target instanceof Element ? e.target : null;
    if (!target) return;
    var button = target.closest('button.credential-actions');
    if (button) { if (menuButton === button) closeMenu(); else openMenu(button); return; }
    var item = target.closest('#credential-actions-menu [data-action="edit"]');
    if (item && menuButton) {
      var id = menuButton.closest('tr').getAttribute('data-credential-id');
      closeMenu();
      openEdit(id);
      return;
    }
    if (menuButton && !target.closest('#credential-actions-menu')) closeMenu();
    if (target.closest('#credential-dialog-cancel')) closeEdit();
  });

  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    if (menuButton) closeMenu();
    else if (byId('credential-dialog-backdrop') && !byId('credential-dialog-backdrop').hidden) closeEdit();
  });
})();
