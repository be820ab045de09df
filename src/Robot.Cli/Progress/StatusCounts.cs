using System.Globalization;
using Robot.Domain;
using Spectre.Console;

namespace Robot.Cli.Progress;

/// <summary>How many connections ended in each status so far, in the order an operator reads them.</summary>
public sealed class StatusCounts
{
    // needs-secret is an OAuth2 Credentials status only: no connection ends in it, so the connections' counts leave it out.
    public static readonly IReadOnlyList<ConnectionStatus> Order =
        [.. ConnectionStatuses.All.Select(entry => entry.Status).Where(status => status != ConnectionStatus.NeedsSecret)];

    private readonly Dictionary<ConnectionStatus, int> counts = [];

    public int Done { get; private set; }

    public int this[ConnectionStatus status] => counts.GetValueOrDefault(status);

    public void Add(ConnectionStatus status)
    {
        counts[status] = this[status] + 1;
        Done++;
    }

    /// <summary>"migrated 3 · updated 0 · …" with every status, the ones that need attention coloured when not zero.</summary>
    public string Markup()
    {
        var parts = Order.Select(status =>
        {
            var count = this[status].ToString(CultureInfo.InvariantCulture);
            var colour = this[status] == 0 ? "grey" : ConnectionStatuses.Of(status).ConsoleColour;
            return $"[{colour}]{Spectre.Console.Markup.Escape(status.ToWire())} {count}[/]";
        });
        return string.Join(" [grey]·[/] ", parts);
    }
}
