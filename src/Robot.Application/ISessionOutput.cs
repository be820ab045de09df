using Robot.Domain;
using Robot.Domain.Ports;
using Robot.Runner;

namespace Robot.Application;

/// <summary>
/// What a <see cref="MigrationSession"/> tells the operator while it works (the CLI draws it: plain lines, or a live
/// progress bar in a terminal). Never handed a password.
/// </summary>
public interface ISessionOutput
{
    /// <summary>A line of the session's story ("Reading what the Cloud already has …").</summary>
    void Line(string text);

    /// <summary>Something the operator should know that is not the story itself (stderr: "robot: …").</summary>
    void Warn(string text);

    /// <summary>A step in the guide's words (--verbose, replay).</summary>
    void Step(string text);

    /// <summary>--step: says which documented step comes next and waits until the operator says go on.</summary>
    Task WaitForEnterAsync(GuideStep step, string connection, CancellationToken cancellationToken);

    /// <summary>The Server is read inside <paramref name="read"/>; told of every page and connection.</summary>
    Task<T> TrackServerReadAsync<T>(Action<string>? step, Func<IProgress<ServerReadProgress>, Task<T>> read);

    /// <summary>The plan is carried out inside <paramref name="run"/>; told of each of <paramref name="total"/> connections as it ends.</summary>
    Task<T> TrackRunAsync<T>(int total, Func<IProgress<ConnectionResult>, Task<T>> run);

    /// <summary>The plan a migration goes on with; <paramref name="doneBefore"/> connections an earlier run finished.</summary>
    void PlanLoaded(IReadOnlyList<PlannedConnection> plan, int doneBefore);
}
