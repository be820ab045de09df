using Robot.Domain;
using Robot.Domain.Ports;

namespace Robot.Runner;

/// <summary>
/// Reads what the plan needs from the Cloud. A failure is kept as local as what needs it: when the connections list
/// cannot be read nothing can be planned (it throws), but when only the OAuth2 Credentials page cannot be read, the
/// inventory says why and only the OAuth connections fail for it.
/// </summary>
public static class CloudInventoryReader
{
    public static async Task<CloudInventory> ReadAsync(ICloudSite cloud, CancellationToken cancellationToken)
    {
        var existing = await cloud.ListConnectionsAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var clients = await cloud.ListOAuth2ClientsAsync(cancellationToken).ConfigureAwait(false);
            return new CloudInventory(existing, clients);
        }
        catch (SystemFaultException fault)
        {
            return new CloudInventory(existing, [])
            {
                OAuth2ClientsUnreadable = $"the Cloud's OAuth2 Credentials could not be read: {fault.Message}",
            };
        }
    }
}
