using Robot.Adapters.Configuration;
using Robot.Domain;

namespace Robot.Adapters.Mail;

/// <summary>
/// Logs in to a password connection's mailbox with the Server's settings before the robot touches Cloud, and says
/// whether it worked: ok, or a network, TLS or authentication failure in the server's words; skipped for OAuth
/// connections and those without a password.
/// </summary>
public sealed class MailPreflight
{
    private readonly MailboxLogin login;

    public MailPreflight(MailCheckSettings settings, CertificateTrust trust)
    {
        MailCheckSettingsValidator.Validate(settings, RobotSettings.FileName);
        login = new MailboxLogin(trust, TimeSpan.FromSeconds(settings.TimeoutSeconds));
    }

    /// <summary>The preflight the settings describe; throws <see cref="ConfigurationException"/> for a wrong MailCheck setting.</summary>
    public static MailPreflight From(RobotSettings settings)
    {
        MailCheckSettingsValidator.Validate(settings.MailCheck, settings.SourceFile);
        return new MailPreflight(settings.MailCheck, CertificateTrust.From(settings.MailCheck, settings.SourceFile));
    }

    /// <summary>Logs in and out once. Never throws for a failed login; only cancelling does.</summary>
    public async Task<PreflightResult> CheckAsync(ServerConnection server, CancellationToken cancellationToken)
    {
        var account = MailboxAccount.From(server, out var reason);
        if (account is null) return new PreflightResult(PreflightKind.Skipped, SecretText.Scrub(reason, [server.Password]));
        try
        {
            var client = await login.OpenAsync(account, cancellationToken).ConfigureAwait(false);
            await MailboxLogin.CloseAsync(client).ConfigureAwait(false);
            return new PreflightResult(PreflightKind.Ok, SecretText.Scrub($"logged in to {account.Describe()}", [account.Password]));
        }
        catch (MailLoginException failure)
        {
            return failure.ToResult();
        }
    }

    /// <summary>A planned connection, with the password the plan found (the Server's or the secrets source's).</summary>
    public Task<PreflightResult> CheckAsync(PlannedConnection planned, CancellationToken cancellationToken) =>
        CheckAsync(WithPlannedPassword(planned), cancellationToken);

    /// <summary>Every planned connection, a few at a time; by connection name (ignoring case), in no particular order.</summary>
    public async Task<IReadOnlyDictionary<string, PreflightResult>> CheckAllAsync(
        IEnumerable<PlannedConnection> plan, int parallelism, CancellationToken cancellationToken)
    {
        var results = new System.Collections.Concurrent.ConcurrentDictionary<string, PreflightResult>(StringComparer.OrdinalIgnoreCase);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(plan, options, async (planned, token) =>
            results[planned.Name] = await CheckAsync(planned, token).ConfigureAwait(false)).ConfigureAwait(false);
        return results;
    }

    internal static ServerConnection WithPlannedPassword(PlannedConnection planned) =>
        planned.Server.HasPassword || planned.Cloud?.Password is null
            ? planned.Server
            : planned.Server with { Password = planned.Cloud.Password };
}
