using System.Net;
using System.Net.Sockets;

namespace Robot.Sandbox.Mail;

/// <summary>Free loopback TCP ports, chosen by the kernel.</summary>
internal static class FreePorts
{
    /// <summary>Picks <paramref name="count"/> distinct ports; all are held until every one is chosen.</summary>
    public static int[] Pick(int count)
    {
        var listeners = new List<TcpListener>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}
