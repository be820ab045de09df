using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Pop3;
using Robot.Domain;

namespace Robot.Adapters.Mail;

/// <summary>Connects and logs in to a mailbox with MailKit, bounded by a timeout; a failure comes out as a classified <see cref="MailLoginException"/>.</summary>
internal sealed class MailboxLogin(CertificateTrust trust, TimeSpan timeout)
{
    public TimeSpan Timeout => timeout;

    /// <summary>A connected, authenticated ImapClient or Pop3Client; the caller disconnects and disposes it.</summary>
    public async Task<IMailService> OpenAsync(MailboxAccount account, CancellationToken cancellationToken)
    {
        var check = trust.NewCheck();
        IMailService client = account.Protocol == MailboxProtocol.Imap ? new ImapClient() : new Pop3Client();
        client.Timeout = (int)timeout.TotalMilliseconds;
        check.ApplyTo(client);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var stage = LoginStage.Connect;
        var where = $"{account.Host}:{account.Port}";
        try
        {
            await client.ConnectAsync(account.Host, account.Port, account.Security, deadline.Token).ConfigureAwait(false);
            stage = LoginStage.Authenticate;
            await client.AuthenticateAsync(account.Username, account.Password.Reveal(), deadline.Token).ConfigureAwait(false);
            return client;
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            client.Dispose();
            var failure = MailFailure.Classify(error, stage, where, timeout, check.Rejection);
            throw new MailLoginException(failure.Kind, SecretText.Scrub(failure.Message, [account.Password]), error);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Logs out politely; a failure to do so changes nothing that was found.</summary>
    public static async Task CloseAsync(IMailService client)
    {
        try
        {
            if (client.IsConnected)
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await client.DisconnectAsync(true, quick.Token).ConfigureAwait(false);
            }
        }
        catch (Exception error) when (error is IOException or OperationCanceledException or MailKit.ProtocolException or MailKit.CommandException)
        {
        }
        finally
        {
            client.Dispose();
        }
    }
}
