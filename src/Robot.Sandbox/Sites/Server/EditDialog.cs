using Robot.Sandbox.Hosting;
using Robot.Sandbox.State;
using static Robot.Sandbox.Sites.Server.Html;

namespace Robot.Sandbox.Sites.Server;

/// <summary>
/// The "Edit Incoming Mail Connection" dialog and the Delete confirmation. The dialog opens with a spinner; server.js
/// fetches the connection from the JSON API, clones the form template, fills it and swaps it in, so the fields only
/// exist once they hold the stored values.
/// </summary>
internal static class EditDialog
{
    public const string Heading = "Edit Incoming Mail Connection";

    public static string Markup(ServerStore store, PageQuirks quirks) => Dialogs(quirks) + FormTemplate(store);

    /// <summary>The Edit dialog's frame (its form comes from <see cref="FormTemplate"/>), the Delete confirmation and the loading spinner.</summary>
    private static string Dialogs(PageQuirks quirks) => $"""
        <div class="dialog-backdrop" id="edit-dialog-backdrop" hidden>
          <section class="aui-dialog2" role="dialog" aria-modal="true" aria-labelledby="edit-dialog-heading" id="edit-dialog"{LateFill.Attributes(quirks)}>
            <header class="aui-dialog2-header"><h2 id="edit-dialog-heading">{Heading}</h2></header>
            <div class="aui-dialog2-content" id="edit-dialog-content"></div>
            <footer class="aui-dialog2-footer">
              <button type="submit" form="edit-connection-form" class="aui-button aui-button-primary" id="edit-dialog-save">Save</button>
              <button type="button" class="aui-button aui-button-link" id="edit-dialog-cancel">Cancel</button>
            </footer>
          </section>
        </div>
        <div class="dialog-backdrop" id="delete-dialog-backdrop" hidden>
          <section class="aui-dialog2 aui-dialog2-small" role="alertdialog" aria-modal="true" aria-labelledby="delete-dialog-heading" aria-describedby="delete-dialog-text" id="delete-dialog">
            <header class="aui-dialog2-header"><h2 id="delete-dialog-heading">Delete Incoming Mail Connection</h2></header>
            <div class="aui-dialog2-content">
              <p id="delete-dialog-text">Delete the connection <strong id="delete-dialog-name" dir="auto"></strong>? Mail handlers using it stop fetching mail.</p>
            </div>
            <footer class="aui-dialog2-footer">
              <button type="button" class="aui-button aui-button-primary aui-button-danger" id="delete-dialog-confirm">Delete</button>
              <button type="button" class="aui-button aui-button-link" id="delete-dialog-cancel">Cancel</button>
            </footer>
          </section>
        </div>
        <template id="edit-dialog-loading">
          <div class="dialog-loading"><span class="aui-spinner" role="progressbar" aria-label="Loading connection"></span><span class="loading-text" aria-hidden="true">Loading…</span></div>
        </template>

        """;

    /// <summary>The form server.js clones, fills with the stored values and swaps into the Edit dialog.</summary>
    private static string FormTemplate(ServerStore store) => $"""
        <template id="edit-form-template">
          <form class="aui long-label" id="edit-connection-form" novalidate>
            <div class="aui-message warning" data-role="form-message" role="alert" hidden></div>
            {TextField("ec-name", "Name", "name", required: true)}
            <div class="field-group">
              <label for="ec-description">Description</label>
              <textarea class="textarea" id="ec-description" name="description" rows="3" dir="auto"></textarea>
            </div>
            {Select("ec-protocol", "Protocol", "protocol", ServerVocabulary.Protocols, "How the app talks to the mailbox; the OAuth variants sign in with OAuth2 credentials.")}
            {Select("ec-encryption", "Encryption", "encryption", ServerVocabulary.Encryptions, null)}
            {TextField("ec-host", "Host", "host", required: true)}
            {TextField("ec-username", "Username", "username", required: true)}
            <div class="field-group" data-group="password">
              <label for="ec-password">Password</label>
              <input class="text" type="password" id="ec-password" name="password" autocomplete="new-password">
              <div class="description" data-role="password-withheld" hidden>The stored password is not shown. Leave it blank to keep it.</div>
            </div>
            <div class="field-group" data-group="oauth">
              {SelectControl("ec-oauth", "OAuth Credentials", "oauthCredentials", store.OAuthCredentials.Select(o => o.Name))}
              <div class="description">Defined under SETTINGS → OAuth2 Credentials.</div>
            </div>
            <div class="field-group">
              <label for="ec-port">Port</label>
              <input class="text short-field" type="text" id="ec-port" name="port" inputmode="numeric">
              <div class="description">Blank or 0: the default port (IMAP 143, IMAP SSL/TLS 993, POP3 110, POP3 SSL/TLS 995).</div>
            </div>
            <div class="field-group">
              <label for="ec-timeout">Timeout</label>
              <input class="text short-field" type="text" id="ec-timeout" name="timeout" inputmode="numeric">
              <div class="description">In milliseconds, 1–60000.</div>
            </div>
            <div class="field-group">
              <label for="ec-interval">Interval</label>
              <input class="text short-field" type="text" id="ec-interval" name="interval" inputmode="numeric">
              <div class="description">Minutes between two fetches, 1–60.</div>
            </div>
            <div class="field-group">
              <label for="ec-folder">Folder</label>
              <input class="text" type="text" id="ec-folder" name="folder">
              <div class="description">Blank means the Inbox; use slashes for subfolders (not for POP3).</div>
            </div>
            {Select("ec-after-download", "After download", "afterDownload", ServerVocabulary.AfterDownload, "What happens to a message once it is fetched.")}
            <div class="field-group">
              <input class="checkbox" type="checkbox" id="ec-shared" name="shared">
              <label for="ec-shared">Use a shared mailbox</label>
            </div>
            <div class="field-group" data-group="shared-alias" hidden>
              <label for="ec-shared-alias">Shared mailbox alias</label>
              <input class="text" type="text" id="ec-shared-alias" name="sharedMailboxAlias">
            </div>
          </form>
        </template>
        """;

    private static string TextField(string id, string label, string name, bool required) => $"""
        <div class="field-group">
              <label for="{id}">{E(label)}</label>{(required ? """<span class="required-mark" aria-hidden="true">*</span>""" : "")}
              <input class="text" type="text" id="{id}" name="{name}" dir="auto"{(required ? " required" : "")}>
            </div>
        """;

    private static string Select(string id, string label, string name, IEnumerable<string> options, string? description) => $"""
        <div class="field-group">
              {SelectControl(id, label, name, options)}
              {(description is null ? "" : $"""<div class="description">{E(description)}</div>""")}
            </div>
        """;

    private static string SelectControl(string id, string label, string name, IEnumerable<string> options) => $"""
        <label for="{id}">{E(label)}</label>
              <select class="select" id="{id}" name="{name}">
                {string.Join("", options.Select(o => $"""<option value="{E(o)}">{E(o)}</option>"""))}
              </select>
        """;
}
