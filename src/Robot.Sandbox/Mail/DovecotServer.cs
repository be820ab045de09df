namespace Robot.Sandbox.Mail;

/// <summary>
/// A private Dovecot (never the system one) with IMAP, IMAPS, POP3, POP3S and LMTP on free
/// loopback ports, plus the SMTP entry point that delivers into it. Everything lives in one
/// temporary directory that disposal removes.
/// </summary>
public sealed class DovecotServer : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(30);

    private readonly DovecotWorkDir dir;
    private readonly DovecotProcess process;
    private readonly PasswdFile passwd;
    private readonly MailboxDirectory mailboxes;
    private readonly SemaphoreSlim passwdGate = new(1, 1);
    private readonly SmtpToLmtpRelay relay;
    private int disposed;

    private DovecotServer(DovecotWorkDir dir, DovecotProcess process, PasswdFile passwd, MailboxDirectory mailboxes,
        SmtpToLmtpRelay relay, SandboxCertificate certificate, MailEndpoints endpoints)
    {
        this.dir = dir;
        this.process = process;
        this.passwd = passwd;
        this.mailboxes = mailboxes;
        this.relay = relay;
        Certificate = certificate;
        Endpoints = endpoints;
    }

    public MailEndpoints Endpoints { get; }

    public SandboxCertificate Certificate { get; }

    /// <summary>The pid of the Dovecot master process.</summary>
    public int ProcessId => this.process.Pid;

    /// <summary>The instance's directory: config, maildirs, sockets and dovecot.log.</summary>
    public string WorkDirectory => this.dir.Root;

    /// <summary>Starts Dovecot and the SMTP entry point; returns once every port accepts connections.</summary>
    public static async Task<DovecotServer> StartAsync(IEnumerable<Mailbox> mailboxes, CancellationToken ct = default)
    {
        var list = MailboxNames.Validate(mailboxes);
        if (!UnixNative.IsRoot)
        {
            throw new InvalidOperationException(
                "The sandbox mail server must run as root: Dovecot's master switches to its own users.");
        }

        OrphanGuard.SweepStale();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryStartAsync(list, ct);
            }
            catch (PortTakenException) when (attempt < StartAttempts)
            {
                // Another program took one of the picked ports before Dovecot bound it: pick again.
            }
        }
    }

    private static async Task<DovecotServer> TryStartAsync(IReadOnlyList<Mailbox> mailboxes, CancellationToken ct)
    {
        var mailUser = SystemUser.ForMail();
        var dir = DovecotWorkDir.Create(mailUser);
        DovecotProcess? process = null;
        SandboxCertificate? certificate = null;
        try
        {
            // Dovecot compares file times and certificate dates with the machine's real clock.
            certificate = SandboxCertificate.Create(dir.Root, TimeProvider.System);
            var passwd = new PasswdFile(dir.Passwd, mailUser, TimeProvider.System);
            await passwd.WriteAsync(mailboxes, ct);
            var picked = FreePorts.Pick(6);
            var ports = new DovecotPorts(picked[0], picked[1], picked[2], picked[3], picked[4]);
            await File.WriteAllTextAsync(dir.Config, DovecotConfig.Render(dir, ports, certificate, mailUser), ct);

            process = DovecotProcess.Start(dir.Config);
            OrphanGuard.Register(dir, process);
            var failure = await PortProbe.WaitUntilAcceptingAsync(
                ports.All, StartDeadline, () => process.HasExited ? "dovecot exited" : null, ct);
            if (failure is not null)
            {
                var log = dir.LogTail(15);
                var output = process.OutputTail();
                var details = $"Dovecot did not start ({failure}).\n--- dovecot.log ---\n{log}\n--- output ---\n{output}";
                throw log.Contains("Address already in use", StringComparison.Ordinal)
                    || output.Contains("Address already in use", StringComparison.Ordinal)
                    ? new PortTakenException(details)
                    : new InvalidOperationException(details);
            }

            var directory = new MailboxDirectory();
            directory.Replace(mailboxes);
            var relay = await SmtpToLmtpRelay.StartAsync(picked[5], ports.Lmtp, directory, ct);
            var endpoints = new MailEndpoints("127.0.0.1", ports.Imap, ports.Imaps, ports.Pop3, ports.Pop3s, relay.Port);
            return new DovecotServer(dir, process, passwd, directory, relay, certificate, endpoints);
        }
        catch
        {
            if (process is not null)
            {
                await process.StopAsync();
                OrphanGuard.Unregister(dir);
            }

            certificate?.Dispose();
            dir.Delete();
            throw;
        }
    }

    /// <summary>Replaces the mailboxes; logins and deliveries use the new set when this returns.</summary>
    public async Task SetMailboxesAsync(IEnumerable<Mailbox> mailboxes)
    {
        var list = MailboxNames.Validate(mailboxes);
        await passwdGate.WaitAsync();
        try
        {
            await this.passwd.WriteAsync(list);
            this.mailboxes.Replace(list);
        }
        finally
        {
            passwdGate.Release();
        }
    }

    /// <summary>While blocked, the SMTP entry point accepts mail for <paramref name="username"/> and drops it.</summary>
    public void BlockDelivery(string username, bool blocked) => this.mailboxes.Block(username, blocked);

    /// <summary>The last lines of dovecot.log, for diagnostics.</summary>
    public string LogTail(int lines = 20) => this.dir.LogTail(lines);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await this.relay.DisposeAsync();
        await this.process.StopAsync();
        OrphanGuard.Unregister(this.dir);
        this.dir.Delete();
        Certificate.Dispose();
        passwdGate.Dispose();
    }
}
