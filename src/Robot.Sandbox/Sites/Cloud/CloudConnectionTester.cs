using Robot.Sandbox.Mail;
using Robot.Sandbox.State;

namespace Robot.Sandbox.Sites.Cloud;

/// <summary>What "Test Connection" does for a form that passed the checks.</summary>
internal static class CloudConnectionTester
{
    public const int DefaultTimeoutMs = 10_000;

    public static async Task<TestResult> TestAsync(ValidConnection form, IReadOnlyList<OAuthClientRecord> clients, MailLoginTester tester, CancellationToken ct)
    {
        if (form.IsOAuth)
        {
            // Simulated: the sandbox is offline, so it cannot reach Google or Microsoft. An OAuth2 connection
            // "connects" exactly when its OAuth2 client exists on this Cloud (the form checks already ensured it).
            var client = CloudConnectionForm.FindClient(clients, form.ServiceProvider, form.OAuth2Credentials);
            return client is null
                ? new TestResult(false, $"OAuth2 Credentials '{form.OAuth2Credentials}' do not exist for {form.ServiceProvider}.")
                : new TestResult(true, MailLoginResult.SuccessMessage);
        }

        var protocol = form.ServiceProvider == CloudVocabulary.Pop3 ? MailProtocol.Pop3 : MailProtocol.Imap;
        var encryption = EncryptionOf(form.Encryption);
        var port = form.Port ?? DefaultPort(protocol, encryption);
        var request = new MailLoginRequest(protocol, encryption, form.Host, port, form.Username, form.Password, form.Timeout ?? DefaultTimeoutMs);
        var result = await tester.TestAsync(request, ct);
        return new TestResult(result.Success, result.Message);
    }

    public static MailEncryption EncryptionOf(string cloudEncryption) => cloudEncryption switch
    {
        "SSL/TLS" => MailEncryption.SslTls,
        "STARTTLS" => MailEncryption.StartTls,
        _ => MailEncryption.None,
    };

    /// <summary>A blank Port means the usual one: IMAP 143 (also STARTTLS), IMAPS 993, POP3 110, POP3S 995.</summary>
    public static int DefaultPort(MailProtocol protocol, MailEncryption encryption) => (protocol, encryption) switch
    {
        (MailProtocol.Imap, MailEncryption.SslTls) => 993,
        (MailProtocol.Imap, _) => 143,
        (MailProtocol.Pop3, MailEncryption.SslTls) => 995,
        _ => 110,
    };
}
