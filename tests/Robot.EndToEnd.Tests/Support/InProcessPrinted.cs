namespace Robot.EndToEnd.Tests.Support;

/// <summary>
/// An in-process run seen as <see cref="ChildRun"/> sees a child's: exit code, everything printed (stdout then stderr),
/// stderr alone. One assertion on exit code, stderr lines and stack traces then serves a fixture's runs of both kinds.
/// </summary>
public static class InProcessPrinted
{
    public static ChildRun AsPrinted(this RobotRun run) => new(run.Args, run.ExitCode, run.Out + run.Error, run.Error, run.Elapsed);
}
