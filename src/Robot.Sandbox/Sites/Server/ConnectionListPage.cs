using System.Globalization;
using Robot.Sandbox.Hosting;
using Robot.Sandbox.State;
using static Robot.Sandbox.Sites.Server.Html;

namespace Robot.Sandbox.Sites.Server;

/// <summary>
/// GET /plugins/servlet/eti/incoming-connections?page=N&amp;q=TEXT: the paged table of Incoming Mail Connections,
/// each row with its "More actions" menu; the Edit and Delete dialogs are filled by server.js.
/// </summary>
internal static class ConnectionListPage
{
    public const string EmptyText = "No incoming mail connections";

    public static void Map(IEndpointRouteBuilder admin, SandboxContext context, ConnectionHealth health)
    {
        admin.MapGet(ServerPaths.IncomingConnections, (HttpContext http) =>
        {
            var query = http.Request.Query["q"].ToString().Trim();
            var matches = context.Server.Search(query);
            var paging = Paging.For(http.Request.Query["page"].ToString(), matches.Count);
            var rows = matches.Skip(paging.Skip).Take(paging.PageSize).ToList();
            var content = Render(query, paging, rows, health) + EditDialog.Markup(context.Server, context.Options.Quirks);
            return Page(ServerLayout.AdminPage("Incoming Mail Connections", ServerPaths.IncomingConnections, http.ServerSession().User, content));
        });
    }

    private static string Render(string query, Paging paging, IReadOnlyList<ServerConnectionRecord> rows, ConnectionHealth health)
    {
        var body = rows.Count == 0
            ? $"""<tr class="empty"><td colspan="7"><p class="empty-text">{EmptyText}</p></td></tr>"""
            : string.Join("\n", rows.Select(c => Row(c, health.Of(c))));
        var clear = query.Length == 0 ? "" : $"""<a class="clear-search" href="{ServerPaths.IncomingConnections}">Clear search</a>""";
        var count = paging.Total == 0
            ? ""
            : $"""<p class="results-count">Showing {paging.First}–{paging.Last} of {paging.Total}</p>""";
        return $"""
            <div class="page-heading">
              <h2>Incoming Mail Connections</h2>
              <div class="page-actions"><button type="button" class="aui-button" id="add-connection">Add</button></div>
            </div>
            <p class="page-description">Incoming mail connections fetch mail from your mailboxes; mail handlers turn that mail into issues and comments.</p>
            <form class="search-form" method="get" action="{ServerPaths.IncomingConnections}" role="search">
              <label class="sr-only" for="connection-search">Search</label>
              <input class="text" type="search" id="connection-search" name="q" value="{E(query)}" placeholder="Search name, description, host, username" dir="auto">
              <button type="submit" class="aui-button">Filter</button>
              {clear}
            </form>
            <table class="aui connections-table" id="incoming-connections">
              <thead>
                <tr>
                  <th scope="col" class="col-name">Name</th>
                  <th scope="col" class="col-description">Description</th>
                  <th scope="col" class="col-protocol">Protocol</th>
                  <th scope="col" class="col-host">Host</th>
                  <th scope="col" class="col-username">Username</th>
                  <th scope="col" class="col-status">Status</th>
                  <th scope="col" class="col-actions"><span class="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {body}
              </tbody>
            </table>
            <div class="table-footer">
              {count}
              {Pagination(query, paging)}
            </div>
            <div class="aui-dropdown" id="row-actions-menu" role="menu" hidden>
              <button type="button" role="menuitem" tabindex="-1" data-action="edit">Edit</button>
              <button type="button" role="menuitem" tabindex="-1" data-action="test">Test Connection</button>
              <button type="button" role="menuitem" tabindex="-1" data-action="delete">Delete</button>
            </div>
            """;
    }

    private static string Row(ServerConnectionRecord c, Health health)
    {
        var (text, css, explanation) = ConnectionHealth.Describe(health);
        var id = c.Id.ToString(CultureInfo.InvariantCulture);
        return $"""
                <tr data-connection-id="{id}" data-connection-name="{E(c.Name)}">
                  <td class="col-name" dir="auto">{E(c.Name)}</td>
                  <td class="col-description" dir="auto" title="{E(c.Description)}"><span class="truncate">{E(c.Description)}</span></td>
                  <td class="col-protocol">{E(c.Protocol)}</td>
                  <td class="col-host">{E(c.Host)}</td>
                  <td class="col-username" dir="auto">{E(c.Username)}</td>
                  <td class="col-status"><span class="status-lozenge {css}" title="{E(explanation)}">{E(text)}</span></td>
                  <td class="col-actions"><button type="button" class="aui-button aui-button-subtle more-actions" aria-label="More actions" aria-haspopup="menu" aria-expanded="false" aria-controls="row-actions-menu" data-connection-id="{id}">⋯</button></td>
                </tr>
            """;
    }

    private static string Pagination(string query, Paging paging)
    {
        if (paging.Pages <= 1) return "";
        string Href(int page) => E(ServerPaths.IncomingConnections + "?page=" + page.ToString(CultureInfo.InvariantCulture)
            + (query.Length == 0 ? "" : "&q=" + Uri.EscapeDataString(query)));
        var items = new List<string>
        {
            paging.HasPrevious
                ? $"""<li><a class="aui-nav-previous" href="{Href(paging.Page - 1)}" rel="prev">Previous</a></li>"""
                : """<li><span class="aui-nav-previous disabled" aria-disabled="true">Previous</span></li>""",
        };
        foreach (var n in paging.Numbers())
        {
            items.Add(n == 0
                ? """<li><span class="aui-nav-truncation" aria-hidden="true">…</span></li>"""
                : n == paging.Page
                    ? $"""<li class="aui-nav-selected"><a href="{Href(n)}" aria-current="page">{n}</a></li>"""
                    : $"""<li><a href="{Href(n)}">{n}</a></li>""");
        }
        items.Add(paging.HasNext
            ? $"""<li><a class="aui-nav-next" href="{Href(paging.Page + 1)}" rel="next">Next</a></li>"""
            : """<li><span class="aui-nav-next disabled" aria-disabled="true">Next</span></li>""");
        return $"""
            <nav class="aui-nav-pagination" aria-label="Pagination">
              <ol>
                {string.Join("\n", items)}
              </ol>
            </nav>
            """;
    }
}
