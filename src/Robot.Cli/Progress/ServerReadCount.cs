using System.Globalization;
using Robot.Domain.Ports;

namespace Robot.Cli.Progress;

/// <summary>
/// How far the Server's read is: the connections its list showed to be read so far (the list is walked page by page,
/// so this grows with each page) and those read.
/// </summary>
public sealed class ServerReadCount
{
    public int Listed { get; private set; }

    public int Read { get; private set; }

    /// <summary>At least <see cref="Read"/>: another page may read a row before the list's page is counted.</summary>
    public int Total => Math.Max(Listed, Read);

    public void Add(ServerReadProgress step)
    {
        switch (step)
        {
            case ServerListPageSeen page: Listed += page.ToRead; break;
            case ServerConnectionRead: Read++; break;
        }
    }

    /// <summary>"Server: 3 of 24 read" (or that it is still logging in and opening the list), for the live bar and the plain lines.</summary>
    public string Words => Total == 0
        ? "Server: logging in and opening the list of connections"
        : string.Create(CultureInfo.InvariantCulture, $"Server: {Read} of {Total} read");
}
