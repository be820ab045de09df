using Robot.EndToEnd.Tests.Support;

namespace Robot.EndToEnd.Tests;

/// <summary>After the last fixture of the assembly: stops the pooled sandboxes and browsers (<see cref="SandboxPool"/>).</summary>
[SetUpFixture]
public class SharedSandboxes
{
    [OneTimeTearDown]
    public Task StopPooledSandboxes() => SandboxPool.StopAllAsync();
}
