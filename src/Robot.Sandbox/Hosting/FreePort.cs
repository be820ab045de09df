using System.Net;
using System.Net.Sockets;

namespace Robot.Sandbox.Hosting;

public static class FreePort
{
    /// <summary>A loopback port that was free a moment ago (the OS picks it).</summary>
    public static int Pick()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
