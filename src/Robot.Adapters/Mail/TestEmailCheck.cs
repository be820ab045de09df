using System.Diagnostics;
using MailKit;
using MailKit.Net.Pop3;
using MimeKit;
using Robot.Adapters.Configuration;
using Robot.Domain;

namespace Robot.Adapters.Mail;

/// <summary>
/// The guide's last step, "send yourself a test email": sends a message with a unique token in its subject through the
/// configured SMTP relay to the connection's mailbox address, then logs in to the mailbox with the connection's own
/// settings and looks for it until it is there or the wait is over. Skipped for OAuth connections, connections without a
/// password and mailboxes without a known address.
/// </summary>
public sealed class TestEmailCheck
{
    private static readonly TimeSpan FirstPollInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestPollInterval = TimeSpan.FromSeconds(2);

    private readonly MailCheckSettings settings;
    private readonly SmtpRelay relay;
    private readonly MailboxLogin login;
    private readonly MailboxAddresses addresses;
    private readonly string? relayPassword;

    /// <param name="relayPassword">The relay's password (from ROBOT_MailCheck__Smtp__Password); needed when Smtp:Username is set.</param>
    /// <param name="source">The settings file, for messages about wrong settings.</param>
    public TestEmailCheck(MailCheckSettings settings, CertificateTrust trust, string? relayPassword, string source = RobotSettings.FileName)
    {
        MailCheckSettingsValidator.Validate(settings, source, requireRelay: true);
        if (settings.Smtp.Username.Trim().Length > 0 && string.IsNullOrEmpty(relayPassword))
            throw new ConfigurationException(source, MailCheckSettings.Section + ":Smtp:Username",
                $"is set, so the relay needs a password: set {MailCheckSettings.SmtpPasswordVariable} in the environment");
        this.settings = settings;
        this.relayPassword = relayPassword;
        var timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds);
        relay = new SmtpRelay(settings.Smtp, relayPassword, trust, timeout);
        login = new MailboxLogin(trust, timeout);
        addresses = new MailboxAddresses(settings.Addresses);
        Wait = TimeSpan.FromSeconds(settings.WaitSeconds);
    }

    /// <summary>How long a test email may take to arrive.</summary>
    public TimeSpan Wait { get; }

    /// <summary>The check the settings describe, with the relay password from the environment; throws <see cref="ConfigurationException"/> for wrong settings.</summary>
    public static TestEmailCheck From(RobotSettings settings, Func<string, string?>? environment = null)
    {
        var mailCheck = settings.MailCheck;
        MailCheckSettingsValidator.Validate(mailCheck, settings.SourceFile, requireRelay: true);
        var password = (environment ?? Environment.GetEnvironmentVariable)(MailCheckSettings.SmtpPasswordVariable);
        return new TestEmailCheck(mailCheck, CertificateTrust.From(mailCheck, settings.SourceFile), password, settings.SourceFile);
    }

    /// <summary>A planned connection, with the password the plan found (the Server's or the secrets source's).</summary>
    public Task<MailCheckResult> RunAsync(PlannedConnection planned, CancellationToken cancellationToken) =>
        RunAsync(MailPreflight.WithPlannedPassword(planned), cancellationToken);

    /// <summary>Sends and looks. Never throws for a mail problem; only cancelling does.</summary>
    public async Task<MailCheckResult> RunAsync(ServerConnection server, CancellationToken cancellationToken)
    {
        var account = MailboxAccount.From(server, out var reason);
        if (account is null) return Scrubbed(MailCheckResult.Skipped(reason), server.Password);
        var address = addresses.For(server);
        if (address is null)
            return Scrubbed(MailCheckResult.Skipped(
                $"no address known for the mailbox: the username is not an address; set {MailCheckSettings.Section}:Addresses:{server.Name}"),
                account.Password);

        var token = Guid.NewGuid().ToString("N");
        var clock = Stopwatch.StartNew();
        try
        {
            await relay.SendAsync(Message(server, address, token), cancellationToken).ConfigureAwait(false);
        }
        catch (MailLoginException failure)
        {
            return Scrubbed(MailCheckResult.NotDelivered($"not sent: {failure.Message}"), account.Password);
        }

        var result = await LookAsync(account, address, token, clock, cancellationToken).ConfigureAwait(false);
        return Scrubbed(result, account.Password);
    }

    private MimeMessage Message(ServerConnection server, string address, string token)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(address));
        message.Subject = $"{settings.SubjectPrefix} {token}";
        message.Body = new TextPart("plain")
        {
            Text = $"This message was sent by the mail-connection migration robot to check that mail reaches the " +
                $"connection '{server.Name}'.\nToken: {token}\n",
        };
        return message;
    }

    /// <summary>Polls the mailbox until the token's message is there or <see cref="Wait"/> is over.</summary>
    private async Task<MailCheckResult> LookAsync(MailboxAccount account, string address, string token, Stopwatch clock, CancellationToken cancellationToken)
    {
        var interval = FirstPollInterval;
        string? lastProblem = null;
        IMailService? client = null;
        try
        {
            while (true)
            {
                try
                {
                    client ??= await login.OpenAsync(account, cancellationToken).ConfigureAwait(false);
                    if (await MailboxSearch.HasSubjectAsync(client, token, cancellationToken).ConfigureAwait(false))
                        return new MailCheckResult(MailCheckStatus.Delivered, clock.ElapsedMilliseconds,
                            $"sent to {address} through {relay.Describe()}, found in {account.Describe()}");
                    if (client is Pop3Client)
                    {
                        await MailboxLogin.CloseAsync(client).ConfigureAwait(false);
                        client = null;
                    }
                }
                catch (MailLoginException failure) when (failure.Kind != PreflightKind.Network)
                {
                    return MailCheckResult.NotDelivered($"sent to {address}, but the mailbox cannot be read to confirm: {failure.Message}");
                }
                catch (Exception problem) when (IsTransient(problem) && !cancellationToken.IsCancellationRequested)
                {
                    lastProblem = problem.Message;
                    if (client is not null) await MailboxLogin.CloseAsync(client).ConfigureAwait(false);
                    client = null;
                }

                var left = Wait - clock.Elapsed;
                if (left <= TimeSpan.Zero)
                {
                    var why = lastProblem is null ? "" : $" (last problem reading it: {lastProblem})";
                    return MailCheckResult.NotDelivered(
                        $"sent to {address} through {relay.Describe()}, but no message with token {token} arrived in " +
                        $"{account.Describe()} within {Wait.TotalSeconds:0.#} s{why}");
                }
                await Task.Delay(interval < left ? interval : left, cancellationToken).ConfigureAwait(false);
                interval = TimeSpan.FromTicks(Math.Min(LongestPollInterval.Ticks, interval.Ticks * 3 / 2));
            }
        }
        finally
        {
            if (client is not null) await MailboxLogin.CloseAsync(client).ConfigureAwait(false);
        }
    }

    private static bool IsTransient(Exception error) =>
        error is MailLoginException or IOException or MailKit.ProtocolException or MailKit.CommandException
            or ServiceNotConnectedException or TimeoutException;

    private MailCheckResult Scrubbed(MailCheckResult result, Secret? password) =>
        result with { Message = SecretText.Scrub(SecretText.Scrub(result.Message, [password]), [relayPassword]) };
}
