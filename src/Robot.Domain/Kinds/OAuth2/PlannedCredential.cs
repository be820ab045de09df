namespace Robot.Domain.Kinds.OAuth2;

/// <summary>
/// What the plan says to do with one Server credential. <see cref="Cloud"/> is the record to write (with its secret)
/// for Create and Update, else the mapped record when it could be mapped. <see cref="Existing"/> is the one on Cloud.
/// </summary>
public sealed record PlannedCredential(
    ServerOAuth2Credential Server,
    CloudOAuth2Credential? Cloud,
    CloudOAuth2Credential? Existing,
    PlanDecision Decision,
    string Reason)
{
    public string Name => Server.Name;
}
