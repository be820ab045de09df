using Robot.Domain.Kinds;

namespace Robot.Domain.Verification;

/// <summary>
/// Compares what the Server says a connection should be on Cloud (the Server connection through the mapping rules)
/// with what the Cloud shows, field by field. Pure: reading both sides is the caller's job.
/// </summary>
public sealed class ConnectionVerifier(ConnectionMapper mapper)
{
    /// <summary>
    /// Every Server connection against the Cloud connection of the same name (names match ignoring case and
    /// surrounding blanks). A Server connection that is not on Cloud, or whose Cloud fields could not be read back,
    /// or that cannot be mapped, is one <see cref="Difference.ConnectionField"/> row. Cloud connections the Server
    /// does not have are not differences: the Cloud may hold others.
    /// </summary>
    public IReadOnlyList<Difference> CompareAll(IEnumerable<ServerConnection> server, IEnumerable<ExistingCloudConnection> cloud)
    {
        var onCloud = new Dictionary<string, ExistingCloudConnection>(StringComparer.OrdinalIgnoreCase);
        foreach (var existing in cloud) onCloud.TryAdd(existing.Name.Trim(), existing);

        var differences = new List<Difference>();
        foreach (var connection in server)
        {
            if (!onCloud.TryGetValue(connection.Name.Trim(), out var existing))
                differences.Add(new Difference(connection.Name, Difference.ConnectionField, "on Server", "missing on Cloud"));
            else if (existing.ReadBack is null)
                differences.Add(new Difference(connection.Name, Difference.ConnectionField, "on Server", "on Cloud but its fields could not be read"));
            else
                differences.AddRange(Compare(connection, existing.ReadBack));
        }
        return differences;
    }

    /// <summary>
    /// The fields in which <paramref name="cloud"/> differs from <paramref name="server"/> mapped to Cloud wording.
    /// The password is compared only when both sides have one, and a difference never shows either value.
    /// </summary>
    public IReadOnlyList<Difference> Compare(ServerConnection server, CloudConnection cloud)
    {
        var mapping = mapper.Map(server);
        if (mapping is MappingResult.Invalid invalid)
            return [new Difference(server.Name, Difference.ConnectionField, "cannot be mapped: " + SecretText.Scrub(invalid.Describe(), [server.Password]), "not compared")];

        var expected = ((MappingResult.Mapped)mapping).Connection;
        var secrets = new[] { server.Password, cloud.Password };
        var differences = new List<Difference>();
        foreach (var field in IncomingMailConnections.Kind.Comparer.Differences(expected, cloud, withIdentity: true))
            differences.Add(new Difference(server.Name, field.Field, SecretText.Scrub(field.Wanted, secrets), SecretText.Scrub(field.Actual, secrets)));

        if (expected.Password is not null && cloud.Password is not null && !expected.Password.Equals(cloud.Password))
            differences.Add(new Difference(server.Name, IncomingMailFields.Password, Difference.PasswordDiffers, Difference.PasswordDiffers));
        return differences;
    }
}
