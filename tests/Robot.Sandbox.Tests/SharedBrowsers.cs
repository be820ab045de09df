using NUnit.Framework;
using Robot.TestSupport;

namespace Robot.Sandbox.Tests;

/// <summary>After the last fixture of the assembly: closes the browsers the fixtures borrowed (<see cref="BrowserPool"/>).</summary>
[SetUpFixture]
public class SharedBrowsers
{
    [OneTimeTearDown]
    public Task CloseBrowsers() => BrowserPool.StopAllAsync();
}
