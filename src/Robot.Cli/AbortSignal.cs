using System.Runtime.InteropServices;

namespace Robot.Cli;

/// <summary>
/// Ctrl-C and SIGTERM: the first asks the run to stop after the connections in hand (their rows are written);
/// a second one ends the process at once.
/// </summary>
public sealed class AbortSignal : IDisposable
{
    private readonly CancellationTokenSource source = new();
    private readonly List<PosixSignalRegistration> registrations = [];
    private readonly TextWriter error;
    private int received;

    public AbortSignal(TextWriter error)
    {
        this.error = error;
        registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle));
        registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle));
    }

    public CancellationToken Token => source.Token;

    private void Handle(PosixSignalContext context)
    {
        if (Interlocked.Increment(ref received) > 1)
        {
            context.Cancel = false; // the second signal: let it end the process
            return;
        }
        context.Cancel = true;
        error.WriteLine($"robot: {context.Signal} received: finishing the connection(s) in hand, then stopping (again to quit at once)");
        source.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in registrations) registration.Dispose();
        source.Dispose();
    }
}
