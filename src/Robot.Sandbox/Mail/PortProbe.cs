using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Robot.Sandbox.Mail;

/// <summary>Checks whether loopback ports accept TCP connections.</summary>
internal static class PortProbe
{
    public static async Task<bool> AcceptsAsync(int port, CancellationToken ct = default)
    {
        using var client = new TcpClient(AddressFamily.InterNetwork);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
        attempt.CancelAfter(TimeSpan.FromSeconds(1));
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, attempt.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return false;
        }
    }

    /// <summary>
    /// Polls until every port accepts, <paramref name="givesUp"/> returns a reason, or the deadline
    /// passes; returns null on success, else why it stopped.
    /// </summary>
    public static async Task<string?> WaitUntilAcceptingAsync(
        IReadOnlyCollection<int> ports, TimeSpan deadline, Func<string?> givesUp, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var pending = new List<int>(ports);
        while (true)
        {
            var stillClosed = new List<int>();
            foreach (var port in pending)
            {
                if (!await AcceptsAsync(port, ct))
                {
                    stillClosed.Add(port);
                }
            }

            pending = stillClosed;
            if (pending.Count == 0)
            {
                return null;
            }

            if (givesUp() is { } reason)
            {
                return reason;
            }

            if (clock.Elapsed > deadline)
            {
                return $"ports {string.Join(", ", pending)} did not accept connections within {deadline.TotalSeconds:0} s";
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), ct);
        }
    }
}
