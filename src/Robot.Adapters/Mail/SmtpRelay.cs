using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Robot.Adapters.Configuration;
using Robot.Domain;

namespace Robot.Adapters.Mail;

/// <summary>The configured SMTP relay the test email goes out through; logs in only when a username is set.</summary>
internal sealed class SmtpRelay
{
    private readonly string host;
    private readonly int port;
    private readonly SecureSocketOptions security;
    private readonly string username;
    private readonly string? password;
    private readonly CertificateTrust trust;
    private readonly TimeSpan timeout;

    public SmtpRelay(MailCheckSmtpSettings settings, string? password, CertificateTrust trust, TimeSpan timeout)
    {
        host = settings.Host.Trim();
        security = MailSecurity.Parse(settings.Encryption) ?? throw new ArgumentException($"unknown encryption '{settings.Encryption}'", nameof(settings));
        port = settings.Port > 0 ? settings.Port : MailSecurity.DefaultSmtpPort(security);
        username = settings.Username.Trim();
        this.password = password;
        this.trust = trust;
        this.timeout = timeout;
    }

    /// <summary>"smtp.example.test:587 (STARTTLS)", for messages.</summary>
    public string Describe() => $"{host}:{port} ({MailSecurity.Describe(security)})";

    /// <summary>Sends one message; a refusal or failure comes out as a <see cref="MailLoginException"/> naming the relay.</summary>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var check = trust.NewCheck();
        using var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        check.ApplyTo(client);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var where = $"the SMTP relay {host}:{port}";
        var stage = LoginStage.Connect;
        try
        {
            await client.ConnectAsync(host, port, security, deadline.Token).ConfigureAwait(false);
            stage = LoginStage.Authenticate;
            if (username.Length > 0) await client.AuthenticateAsync(username, password ?? "", deadline.Token).ConfigureAwait(false);
            try
            {
                await client.SendAsync(message, deadline.Token).ConfigureAwait(false);
            }
            catch (SmtpCommandException refused)
            {
                throw new MailLoginException(PreflightKind.Network,
                    Scrub($"{where} did not take the message: {(int)refused.StatusCode} {FirstLine(refused.Message)}"), refused);
            }
            await client.DisconnectAsync(true, deadline.Token).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not MailLoginException && !cancellationToken.IsCancellationRequested)
        {
            var failure = MailFailure.Classify(error, stage, where, timeout, check.Rejection);
            throw new MailLoginException(failure.Kind, Scrub(failure.Message), error);
        }
    }

    private string Scrub(string text) => SecretText.Scrub(text, [password]);

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return (end < 0 ? text : text[..end]).Trim();
    }
}
