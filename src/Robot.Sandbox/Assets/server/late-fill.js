// The Edit dialog as some builds show it (the sandbox's --server-late-fill options): the form opens empty with no
// spinner; after data-late-fill-ms the stored values arrive one field at a time. With data-previous-row-first, the
// answer for the row opened before arrives first (a late reply to an earlier request), then this row's. A request the
// server never answers leaves the form as it is.
(function () {
  'use strict';

  var FIELD_GAP_MS = 40;

  function wait(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

  // [element id, field of the API's answer], in the order of the form.
  var FIELDS = [
    ['ec-name', 'name'], ['ec-description', 'description'], ['ec-protocol', 'protocol'],
    ['ec-encryption', 'encryption'], ['ec-host', 'host'], ['ec-username', 'username'], ['ec-password', 'password'],
    ['ec-oauth', 'oauthCredentials'], ['ec-port', 'port'], ['ec-timeout', 'timeout'], ['ec-interval', 'interval'],
    ['ec-folder', 'folder'], ['ec-after-download', 'afterDownload'], ['ec-shared-alias', 'sharedMailboxAlias']
  ];

  function fieldOf(form, id) {
    // The password and OAuth groups are swapped in and out of the form: look in both.
    return form.querySelector('#' + id) || form.passwordGroup.querySelector('#' + id) || form.oauthGroup.querySelector('#' + id);
  }

  function fillFieldByField(o, form, data) {
    var chain = Promise.resolve();
    FIELDS.forEach(function (pair) {
      chain = chain.then(function () {
        if (!o.current()) return;
        var field = fieldOf(form, pair[0]);
        var value = data[pair[1]] || '';
        if (field.tagName === 'SELECT') o.selectValue(field, value); else field.value = value;
        if (pair[0] === 'ec-protocol') o.applyProtocol(form);
        if (pair[0] === 'ec-shared-alias') { fieldOf(form, 'ec-shared').checked = value.length > 0; o.applyShared(form); }
        return wait(FIELD_GAP_MS);
      });
    });
    return chain;
  }

  window.serverLateFill = function (o) {
    var form = o.buildForm({});
    o.content.replaceChildren(form);
    o.save.disabled = false;
    var delay = Number(o.dialog.getAttribute('data-late-fill-ms')) || 0;
    var stale = o.dialog.hasAttribute('data-previous-row-first') && o.previousId !== null && o.previousId !== o.id
      ? o.load(o.previousId) : Promise.resolve(null);
    var answer = o.load(o.id);
    // An earlier answer that never comes (a never-fill row) does not hold up this row's.
    var staleUnlessLost = Promise.race([stale, answer.then(function () { return wait(delay); }).then(function () { return null; })]);
    wait(delay)
      .then(function () { return staleUnlessLost; })
      .then(function (r) { return r && r.ok && o.current() ? fillFieldByField(o, form, r.body) : null; })
      .then(function () { return answer; })
      .then(function (r) { return r && r.ok && o.current() ? fillFieldByField(o, form, r.body) : null; });
  };
})();
