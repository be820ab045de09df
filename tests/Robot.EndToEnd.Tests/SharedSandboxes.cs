using Robot.EndToEnd.Tests.Support;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>After the last fixture of the assembly: stops the pooled sandboxes and browsers (<see cref="SandboxPool"/>, <see cref="BrowserPool"/>).</summary>
[SetUpFixture]
public class SharedSandboxes
{
    [OneTimeTearDown]
    public async Task StopPooledSandboxes()
    {
        await SandboxPool.StopAllAsync();
        await BrowserPool.StopAllAsync();
    }
}
