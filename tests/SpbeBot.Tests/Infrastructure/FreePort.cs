using System.Net;
using System.Net.Sockets;

namespace SpbeBot.Tests.Infrastructure;

/// <summary>Ports for the real servers the kill and two-server tests and the network benches start (one helper for both).</summary>
public static class FreePort
{
    /// <summary>
    /// A free port below the kernel's ephemeral range (32768–60999 on Linux). A test that kills a server and starts the
    /// next on the same port needs the port to stay free in between; one from the ephemeral range (what port 0 gives) can
    /// be handed meanwhile to any outgoing connection of the parallel tests — a fresh-clone run failed so, the restarted
    /// server's "address already in use".
    /// </summary>
    public static int BelowEphemeralRange()
    {
        while (true)
        {
            var port = Random.Shared.Next(20_000, 32_000);
            var listener = new TcpListener(IPAddress.Loopback, port);
            try
            {
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // taken: try another
            }
            finally
            {
                listener.Stop();
            }
        }
    }
}
