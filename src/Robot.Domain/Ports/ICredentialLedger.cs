using Robot.Domain.Kinds.OAuth2;

namespace Robot.Domain.Ports;

/// <summary>
/// The record of the OAuth2 Credentials (oauth2-credentials.csv): each credential recorded the moment it ends, what
/// --resume reads to skip those done. Safe to call from several workers.
/// </summary>
public interface ICredentialLedger
{
    /// <summary>Records one credential's outcome; any of <paramref name="secrets"/> found in its text is masked first.</summary>
    void Append(CredentialOutcome outcome, IEnumerable<Secret?> secrets);
}
