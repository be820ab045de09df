using Robot.Domain.Kinds;

namespace Robot.Domain;

/// <summary>
/// One Server connection with its decision. <see cref="Cloud"/> is the mapped record (null when mapping failed);
/// for Create and Update it carries the password to type, taken from the Server or the secrets source.
/// </summary>
public sealed record PlannedConnection(ServerConnection Server, CloudConnection? Cloud, PlanDecision Decision, string Reason)
{
    public string Name => Server.Name;

    /// <summary>An earlier run may have saved it without recording it: look on Cloud before Add, even on the first attempt.</summary>
    public bool LookFirst { get; init; }

    /// <summary>Its state on Cloud when the run began (unknown when not on Cloud).</summary>
    public CloudState CloudState { get; init; }

    /// <summary>"Interval 5 min not carried: the Cloud has no such field" for each Server field the Cloud has no place for, unless at its default.</summary>
    public IReadOnlyList<string> NotCarried => IncomingMailConnections.Kind.NotCarried(Server);

    /// <summary>Every password this connection involves, for masking text about it.</summary>
    public IEnumerable<Secret?> Secrets => [Server.Password, Cloud?.Password];
}
