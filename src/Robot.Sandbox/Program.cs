using System.Text.Json;
using Robot.Sandbox.Hosting;
using Robot.Sandbox.Seed;

// The rehearsal sandbox: both admin UIs and a real Dovecot, until Ctrl-C or SIGTERM.
if (args.Any(arg => arg is "--help" or "-h"))
{
    Console.WriteLine(SandboxCommandLine.Usage);
    return 0;
}

(SandboxOptions options, string? urlsFile) parsed;
try
{
    parsed = SandboxCommandLine.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"sandbox: {e.Message}\n{SandboxCommandLine.Usage}");
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });

SandboxHost host;
try
{
    host = await SandboxHost.StartAsync(parsed.options, stop.Token);
}
catch (SeedException e)
{
    Console.Error.WriteLine($"sandbox: {e.Message}");
    return 2;
}

await using (host)
{
    var urls = host.Urls;
    var o = parsed.options;
    Console.WriteLine($"Skin:        {o.Skin.ToString().ToLowerInvariant()}{(o.LegacyLabels ? " (legacy labels)" : "")}");
    Console.WriteLine($"Server site: {urls.Server}  (login {o.ServerAdmin.User} / {o.ServerAdmin.Password})");
    Console.WriteLine($"Cloud site:  {urls.Cloud}  (login {o.CloudAdmin.User} / {o.CloudAdmin.Password})");
    Console.WriteLine($"Cloud app:   {urls.App}  (embedded in the Cloud site's iframe)");
    Console.WriteLine($"State:       {urls.Cloud}_sandbox/state");
    foreach (var line in LoginOptionsText.Lines(o.Login, urls)) Console.WriteLine(line);
    Console.WriteLine($"Mail:        {host.Context.Mail.Describe()}");
    if (parsed.urlsFile is not null)
    {
        // The demo reads this file to log in; it is written to a private temp folder, never into results.
        var json = JsonSerializer.Serialize(new
        {
            server = urls.Server, cloud = urls.Cloud, app = urls.App, mail = host.Context.Mail,
            mailCertificateFingerprint = host.MailServer.Certificate.Fingerprint,
            serverLogin = o.ServerAdmin, cloudLogin = o.CloudAdmin,
            idp = urls.Idp, idpLogin = o.Login.IdpUser, totpSecret = o.Login.CloudTotp ? o.Login.TotpSecret : null,
        });
        var temp = parsed.urlsFile + ".tmp";
        await File.WriteAllTextAsync(temp, json);
        File.Move(temp, parsed.urlsFile, overwrite: true);
    }
    Console.WriteLine("Ready. Press Ctrl-C to stop.");
    try { await Task.Delay(Timeout.Infinite, stop.Token); } catch (OperationCanceledException) { }
    Console.WriteLine("Stopping.");
}
return 0;
