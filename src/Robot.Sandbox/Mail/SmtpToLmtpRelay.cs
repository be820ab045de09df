using System.Buffers;
using System.Net;
using System.Net.Sockets;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Robot.Sandbox.Mail;

/// <summary>
/// The sandbox's SMTP entry point (no auth, no TLS): accepts mail for known mailboxes on
/// 127.0.0.1 and hands every message to Dovecot's LMTP listener, so it lands in the real mailbox.
/// Mail for a blocked mailbox is accepted and silently dropped.
/// </summary>
internal sealed class SmtpToLmtpRelay : IAsyncDisposable
{
    private readonly CancellationTokenSource stop;
    private readonly Task running;

    private SmtpToLmtpRelay(int port, Task running, CancellationTokenSource stop)
    {
        Port = port;
        this.running = running;
        this.stop = stop;
    }

    public int Port { get; }

    public static async Task<SmtpToLmtpRelay> StartAsync(int port, int lmtpPort, MailboxDirectory mailboxes, CancellationToken ct)
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("sandbox.localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new RecipientFilter(mailboxes));
        services.Add(new LmtpForwarder(lmtpPort, mailboxes));

        var stop = new CancellationTokenSource();
        var running = new global::SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
        var relay = new SmtpToLmtpRelay(port, running, stop);
        var failure = await PortProbe.WaitUntilAcceptingAsync(
            [port], TimeSpan.FromSeconds(10), () => running.IsFaulted ? running.Exception?.GetBaseException().Message : null, ct);
        if (failure is not null)
        {
            var portTaken = running.Exception?.GetBaseException() is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse };
            await relay.DisposeAsync();
            var message = $"The SMTP entry point did not start on 127.0.0.1:{port}: {failure}";
            throw portTaken ? new PortTakenException(message) : new InvalidOperationException(message);
        }

        return relay;
    }

    public async ValueTask DisposeAsync()
    {
        await this.stop.CancelAsync();
        try
        {
            await this.running;
        }
        catch (OperationCanceledException)
        {
        }

        this.stop.Dispose();
    }

    private sealed class RecipientFilter(MailboxDirectory mailboxes) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
            Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(mailboxes.Resolve(to.AsAddress()) is not null);
    }

    private sealed class LmtpForwarder(int lmtpPort, MailboxDirectory mailboxes) : MessageStore
    {
        private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(30);

        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var recipients = transaction.To
                .Select(to => mailboxes.Resolve(to.AsAddress()))
                .OfType<string>()
                .Where(user => !mailboxes.IsBlocked(user))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (recipients.Count == 0)
            {
                return SmtpResponse.Ok;
            }

            var sender = string.IsNullOrEmpty(transaction.From?.User) ? "" : transaction.From.AsAddress();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(DeliveryTimeout);
            try
            {
                var replies = await LmtpClient.DeliverAsync(lmtpPort, sender, recipients, buffer.ToArray(), timeout.Token);
                var refused = replies.Values.FirstOrDefault(r => !r.IsPositive);
                return refused is null ? SmtpResponse.Ok : new SmtpResponse((SmtpReplyCode)refused.Code, refused.Text);
            }
            catch (IOException e)
            {
                return new SmtpResponse(SmtpReplyCode.Aborted, $"Local delivery failed: {e.Message}");
            }
            catch (SocketException e)
            {
                return new SmtpResponse(SmtpReplyCode.Aborted, $"Local delivery failed: {e.Message}");
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return new SmtpResponse(SmtpReplyCode.Aborted, "Local delivery timed out");
            }
        }
    }
}
