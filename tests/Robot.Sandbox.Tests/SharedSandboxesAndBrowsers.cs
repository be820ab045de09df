using NUnit.Framework;
using Robot.TestSupport;

namespace Robot.Sandbox.Tests;

/// <summary>After the last fixture of the assembly: stops the sandboxes and browsers the fixtures borrowed (<see cref="SandboxPool"/>, <see cref="BrowserPool"/>).</summary>
[SetUpFixture]
public class SharedSandboxesAndBrowsers
{
    [OneTimeTearDown]
    public async Task StopPooledSandboxesAndBrowsers()
    {
        await SandboxPool.StopAllAsync();
        await BrowserPool.StopAllAsync();
    }
}
