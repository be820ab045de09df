using System.Globalization;
using Robot.Sandbox.Hosting;
using Robot.Sandbox.Sites.Server;
using Robot.Sandbox.State;
using static Robot.Sandbox.Sites.Server.Html;

namespace Robot.Sandbox.Sites.Alt;

/// <summary>
/// The alt Server's list of connections: 10 rows a page with icon-only page links, each row with an icon-only
/// "Actions for NAME" button whose menu (Edit, Test connection, Delete) server.js renders at the end of the body.
/// The Edit dialog is built by server.js too, empty, and fills late (see AltFill).
/// </summary>
internal static class AltConnectionListPage
{
    public const int PageSize = 10;

    public static void Map(IEndpointRouteBuilder pages, SandboxContext context, AltWords words, ConnectionHealth health)
    {
        pages.MapGet(AltServerPaths.Connections, (HttpContext http) =>
        {
            var query = http.Request.Query["filter"].ToString().Trim();
            var matches = context.Server.Search(query);
            var paging = Paging.For(http.Request.Query["p"].ToString(), matches.Count, PageSize);
            var rows = matches.Skip(paging.Skip).Take(paging.PageSize).Select(c => Row(c, health.Of(c))).ToList();
            var body = rows.Count == 0
                ? $"""<tr><td colspan="5" class="dc-empty">{E(words.EmptyList)}</td></tr>"""
                : string.Join("\n", rows);
            return Page(AltServerLayout.AppPage(words.ServerConnections, AltServerPaths.Connections, http.ServerSession().User, $"""
                <div class="dc-pagehead">
                  <h1 class="dc-title">{E(words.ServerConnections)}</h1>
                  <button class="dc-button" type="button" data-action="add">Add</button>
                </div>
                <form class="dc-filter" method="get" action="{AltServerPaths.Connections}">
                  <input type="search" name="filter" value="{E(query)}" aria-label="Filter by name, description, host or username">
                </form>
                <table class="dc-table dc-connections">
                  <thead><tr><th>Name</th><th>Host</th><th>Protocol</th><th>Status</th><th><span class="dc-sr">Actions</span></th></tr></thead>
                  <tbody>{body}</tbody>
                </table>
                {Pager(query, paging)}
                """, context, words));
        });
    }

    private static string Row(ServerConnectionRecord c, Health health)
    {
        var (text, _, explanation) = ConnectionHealth.Describe(health);
        var protocol = AltWords.ServerProtocols.TryGetValue(c.Protocol, out var shown) ? shown : c.Protocol;
        return $"""
            <tr data-id="{c.Id.ToString(CultureInfo.InvariantCulture)}">
              <td>{E(c.Name)}</td>
              <td>{E(c.Host)}</td>
              <td>{E(protocol)}</td>
              <td><span class="dc-lozenge dc-{health.ToString().ToLowerInvariant()}" title="{E(explanation)}">{E(text)}</span></td>
              <td class="dc-actions"><button type="button" class="dc-iconbutton" data-action="row-menu" aria-haspopup="true" aria-expanded="false" aria-label="Actions for {E(c.Name)}"><svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16"><circle cx="5" cy="12" r="2"/><circle cx="12" cy="12" r="2"/><circle cx="19" cy="12" r="2"/></svg></button></td>
            </tr>
            """;
    }

    /// <summary>Icon-only Previous / Next links ("Previous page", "Next page"); the one that leads nowhere is aria-disabled.</summary>
    private static string Pager(string query, Paging paging)
    {
        string Href(int page) => E(AltServerPaths.Connections + "?p=" + page.ToString(CultureInfo.InvariantCulture)
            + (query.Length == 0 ? "" : "&filter=" + Uri.EscapeDataString(query)));
        string Link(bool enabled, int page, string label, string glyph) => enabled
            ? $"""<a class="dc-pagelink" href="{Href(page)}" aria-label="{label}"><span aria-hidden="true">{glyph}</span></a>"""
            : $"""<a class="dc-pagelink" aria-disabled="true" role="link" aria-label="{label}"><span aria-hidden="true">{glyph}</span></a>""";
        return $"""
            <nav class="dc-pager" aria-label="Pages">
              {Link(paging.HasPrevious, paging.Page - 1, "Previous page", "‹")}
              <span class="dc-pageinfo">{paging.First}–{paging.Last} of {paging.Total}</span>
              {Link(paging.HasNext, paging.Page + 1, "Next page", "›")}
            </nav>
            """;
    }
}
