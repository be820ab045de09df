namespace Robot.Domain.Ports;

/// <summary>Passwords the Server withholds, by connection name.</summary>
public interface ISecretSource
{
    /// <summary>The password for the connection of this name, or null when none is configured.</summary>
    Secret? PasswordFor(string connectionName);
}
