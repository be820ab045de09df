namespace Robot.Sandbox.Hosting;

/// <summary>The command-line options of <see cref="PageQuirks"/>.</summary>
public static class PageQuirksCommandLine
{
    public const string Usage = """
          --server-late-fill MS       the Server's Edit dialog opens empty (no spinner) and fills field by field MS ms later
          --server-previous-row-first with --server-late-fill: the previously opened row's values arrive first
          --server-never-fill NAME    the Edit dialog of connection NAME never fills in (repeat for several)
          --server-login-to-dashboard a Server login lands on the dashboard, not on the page that asked for it
          --cloud-oauth-page-hangs    the Cloud's OAuth2 Credentials page never finishes loading
        """;

    /// <summary>Applies option <paramref name="name"/> when it is one of these; false when it is not.</summary>
    public static bool TryApply(string name, Func<string> value, Func<string, string, int> whole, ref PageQuirks quirks)
    {
        switch (name)
        {
            case "--server-late-fill": quirks = quirks with { ServerLateFillMs = whole(name, value()) }; return true;
            case "--server-previous-row-first": quirks = quirks with { ServerPreviousRowFirst = true }; return true;
            case "--server-never-fill": quirks = quirks with { ServerNeverFill = [.. quirks.ServerNeverFill, value()] }; return true;
            case "--server-login-to-dashboard": quirks = quirks with { ServerLoginLandsOnDashboard = true }; return true;
            case "--cloud-oauth-page-hangs": quirks = quirks with { CloudOAuthCredentialsPageHangs = true }; return true;
            default: return false;
        }
    }
}
