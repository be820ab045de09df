using System.Runtime.ExceptionServices;

namespace Robot.Adapters.Browser;

/// <summary>A site the robot cannot use at all (login refused, site unreachable): one sentence per site saying what to do.</summary>
public sealed class SiteUnavailableException(IReadOnlyList<string> reasons) : Exception(string.Join("; ", reasons))
{
    public IReadOnlyList<string> Reasons { get; } = reasons;
}

/// <summary>One site a command needs: its name in messages and settings keys ("Server", "Cloud"), where it is, how to log in.</summary>
public sealed record SiteToLogIn(string Name, Uri BaseUrl, Func<CancellationToken, Task> LogInAsync);

/// <summary>
/// Logs in to every site a command needs, all at the same time, before anything is read: a wrong password or a site
/// that cannot be reached is then known in seconds, not after the Server's whole inventory has been read.
/// </summary>
public static class SiteLogins
{
    /// <exception cref="SiteUnavailableException">A site refused the login or could not be reached (each such site named, in the order given).</exception>
    /// <remarks>Any other fault (a page that changed, a cancellation) is thrown as it is, the first site's first.</remarks>
    public static async Task LogInAsync(IReadOnlyList<SiteToLogIn> sites, TimeSpan pageLoadTimeout, CancellationToken cancellationToken)
    {
        var logins = sites.Select(site => site.LogInAsync(cancellationToken)).ToList();
        // Every login's own fault is looked at, not only the first one Task.WhenAll would throw.
        await Task.WhenAll(logins).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var reasons = new List<string>();
        for (var i = 0; i < sites.Count; i++)
        {
            if (logins[i].IsCanceled) await logins[i].ConfigureAwait(false);
            if (!logins[i].IsFaulted) continue;
            var error = logins[i].Exception!.InnerException!;
            var reason = Reason(sites[i], error, pageLoadTimeout);
            if (reason is null) ExceptionDispatchInfo.Throw(error);
            reasons.Add(reason);
        }
        if (reasons.Count > 0) throw new SiteUnavailableException(reasons);
    }

    private static string? Reason(SiteToLogIn site, Exception error, TimeSpan pageLoadTimeout)
    {
        if (error is SiteLoginException) return $"login refused: {error.Message}; nothing was read or changed";
        if (error is Robot.Domain.Ports.SessionExpiredException) return $"{error.Message}; nothing was read or changed";
        var words = NetworkErrors.Describe(error, site.BaseUrl, pageLoadTimeout);
        return words is null ? null : $"the {site.Name} site at {site.BaseUrl} cannot be reached: {words}; check {site.Name}:BaseUrl";
    }
}
