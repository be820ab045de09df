using Robot.Adapters.Browser;
using Robot.Adapters.Configuration;
using Robot.Application;
using Robot.Domain.Ports;

namespace Robot.Cli;

/// <summary>What a fault that stopped a command says on stderr ("robot: " first) and the exit code it ends with.</summary>
public sealed record FaultExit(int Code, IReadOnlyList<string> Messages)
{
    public FaultExit(int code, string message) : this(code, [message]) { }
}

/// <summary>The faults a command may end with, each mapped to its words and exit code; null for a fault that is a bug.</summary>
public static class FaultExits
{
    public static FaultExit? Of(Exception error, CancellationToken abort) => error switch
    {
        ConfigurationException => new(ExitCodes.UsageOrConfiguration, $"configuration error: {error.Message}"),
        SiteUnavailableException unavailable => new(ExitCodes.UsageOrConfiguration, unavailable.Reasons),
        RunRefusedException => new(ExitCodes.UsageOrConfiguration, error.Message),
        SessionExpiredException => new(ExitCodes.UsageOrConfiguration, $"{error.Message}; nothing was changed"),
        SiteLoginException => new(ExitCodes.UsageOrConfiguration, $"login refused: {error.Message}; nothing was changed"),
        // A results file that cannot be used: the message is a whole sentence with what to do.
        InvalidDataException => new(ExitCodes.UsageOrConfiguration, error.Message),
        OperationCanceledException when abort.IsCancellationRequested => new(ExitCodes.Aborted, "stopped before any connection was written"),
        // A page that no longer fits the selectors is the same configuration problem whether it shows while reading or writing.
        ChangedUiException => new(ExitCodes.UsageOrConfiguration, error.Message),
        SystemFaultException or BusinessFaultException or Microsoft.Playwright.PlaywrightException or TimeoutException =>
            new(ExitCodes.NeedsAttention, $"failed: {error.Message}"),
        _ => null,
    };
}
