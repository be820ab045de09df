using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Pop3;
using MailKit.Security;

namespace Robot.Sandbox.Mail;

/// <summary>
/// What the Cloud's "Test Connection" button does: really logs in to the mail server with
/// MailKit, then disconnects. TLS certificates must validate normally or be pinned by their
/// SHA-256 fingerprint (the sandbox's own self-signed certificate).
/// </summary>
public sealed class MailLoginTester(IEnumerable<string> trustedFingerprints)
{
    private const int DefaultTimeoutMs = 30_000;

    private readonly IReadOnlySet<string> pinned = trustedFingerprints
        .Select(CertificatePinning.Normalize)
        .Where(f => f.Length > 0)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Connects, logs in and disconnects. Every failure becomes an unsuccessful result; only
    /// cancelling <paramref name="ct"/> throws.
    /// </summary>
    public async Task<MailLoginResult> TestAsync(MailLoginRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var timeoutMs = request.TimeoutMs > 0 ? request.TimeoutMs : DefaultTimeoutMs;
        var pinning = new CertificatePinning(this.pinned);
        using var client = CreateClient(request.Protocol);
        client.Timeout = timeoutMs;
        client.CheckCertificateRevocation = false; // the sandbox is offline; revocation lists are unreachable
        client.ServerCertificateValidationCallback = pinning.Validate;

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeoutMs);
        try
        {
            await client.ConnectAsync(request.Host, request.Port, SocketOptions(request.Encryption), deadline.Token);
            await client.AuthenticateAsync(request.Username, request.Password, deadline.Token);
            await client.DisconnectAsync(true, deadline.Token);
            return MailLoginResult.Succeeded();
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return MailLoginResult.Failed(MailLoginFailure.Describe(e, request, timeoutMs, pinning.Rejection));
        }
    }

    private static MailService CreateClient(MailProtocol protocol) => protocol switch
    {
        MailProtocol.Imap => new ImapClient(),
        MailProtocol.Pop3 => new Pop3Client(),
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, null),
    };

    private static SecureSocketOptions SocketOptions(MailEncryption encryption) => encryption switch
    {
        MailEncryption.None => SecureSocketOptions.None,
        MailEncryption.SslTls => SecureSocketOptions.SslOnConnect,
        MailEncryption.StartTls => SecureSocketOptions.StartTls,
        _ => throw new ArgumentOutOfRangeException(nameof(encryption), encryption, null),
    };
}
