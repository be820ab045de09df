namespace Robot.TestSupport;

/// <summary>
/// The test categories (NUnit [Category]) ./run.sh test selects by: unit (no browser, no sandbox), sandbox (the sandbox
/// and its Dovecot, with or without a browser), e2e (the robot against a sandbox) and slow (e2e fixtures of a minute or
/// more). ./run.sh test --fast runs unit and sandbox.
/// </summary>
public static class TestTiers
{
    public const string Unit = "unit";
    public const string Sandbox = "sandbox";
    public const string EndToEnd = "e2e";
    public const string Slow = "slow";

    /// <summary>
    /// Each end-to-end test's limit ([CancelAfter]): the robot runs of a test are aborted when it passes, and NUnit fails
    /// the test, so a hang costs minutes rather than stalling CI. Generous: two fixtures share two loaded cores.
    /// </summary>
    public const int EndToEndLimitMs = 10 * 60 * 1000;
}
