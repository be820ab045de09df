using System.Diagnostics;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>A private Xvfb display for a headed browser, on the first free display number from :99; disposing stops it.</summary>
public sealed class PrivateXvfb : IAsyncDisposable
{
    private readonly Process process;

    private PrivateXvfb(Process process, int number)
    {
        this.process = process;
        Number = number;
    }

    public int Number { get; }

    public string Display => $":{Number}";

    public static async Task<PrivateXvfb> StartAsync()
    {
        if (!File.Exists("/usr/bin/Xvfb")) Assert.Fail("Xvfb is not installed: ./run.sh test installs it (or NEED_XVFB=1 ./run.sh setup)");
        var number = 99;
        while (File.Exists($"/tmp/.X11-unix/X{number}") || File.Exists($"/tmp/.X{number}-lock")) number++;
        var process = Process.Start(new ProcessStartInfo("/usr/bin/Xvfb", $":{number} -screen 0 1366x900x24 -nolisten tcp")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var xvfb = new PrivateXvfb(process, number);
        var clock = Stopwatch.StartNew();
        while (!File.Exists($"/tmp/.X11-unix/X{number}") && clock.Elapsed < TimeSpan.FromSeconds(10) && !process.HasExited)
            await Task.Delay(50);
        Assert.That(File.Exists($"/tmp/.X11-unix/X{number}"), Is.True, "Xvfb is up");
        return xvfb;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        process.Dispose();
        // Killed, Xvfb leaves its socket and lock behind: remove them so the display number is free again.
        File.Delete($"/tmp/.X11-unix/X{Number}");
        File.Delete($"/tmp/.X{Number}-lock");
    }
}
