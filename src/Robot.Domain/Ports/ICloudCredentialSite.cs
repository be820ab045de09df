using Robot.Domain.Kinds.OAuth2;

namespace Robot.Domain.Ports;

/// <summary>The Cloud's OAuth2 Credentials page as the runner writes to it (the second kind's counterpart of <see cref="ICloudSite"/>).</summary>
public interface ICloudCredentialSite
{
    /// <summary>Adds (or, for <see cref="WriteMode.Update"/>, edits) the credential and returns the Cloud's Callback URL its panel showed.</summary>
    /// <exception cref="SystemFaultException">Worth trying again.</exception>
    /// <exception cref="BusinessFaultException">Refused; trying again gives the same answer.</exception>
    Task<string> WriteAsync(CloudOAuth2Credential credential, WriteMode mode, CancellationToken cancellationToken);
}
