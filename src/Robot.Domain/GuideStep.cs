namespace Robot.Domain;

/// <summary>The numbered steps of the migration guide (spec/migrating-incoming-mail-connections.txt) that the robot performs.</summary>
public enum GuideStep
{
    OpenServerConnections,
    ServerEdit,
    CloudAdministration,
    CloudAdd,
    CopyFields,
    ServiceProvider,
    TestConnection,
    Save,
}

public static class GuideSteps
{
    /// <summary>The guide's number for the step, as the guide writes it (1.1, 1.2, 2.1, 2.2, 3 … 6).</summary>
    public static string Number(this GuideStep step) => step switch
    {
        GuideStep.OpenServerConnections => "1.1",
        GuideStep.ServerEdit => "1.2",
        GuideStep.CloudAdministration => "2.1",
        GuideStep.CloudAdd => "2.2",
        GuideStep.CopyFields => "3",
        GuideStep.ServiceProvider => "4",
        GuideStep.TestConnection => "5",
        GuideStep.Save => "6",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    /// <summary>A short title in the guide's own words.</summary>
    public static string Title(this GuideStep step) => step switch
    {
        GuideStep.OpenServerConnections => "Server: Incoming Mail Connections (INCOMING EMAILS ADMINISTRATION)",
        GuideStep.ServerEdit => "Server: three dots → Edit",
        GuideStep.CloudAdministration => "Cloud: Administration → INCOMING MAILS → Incoming Mail Connections",
        GuideStep.CloudAdd => "Cloud: Add",
        GuideStep.CopyFields => "Cloud: copy the fields from the Server's Edit panel",
        GuideStep.ServiceProvider => "Cloud: Service Provider",
        GuideStep.TestConnection => "Cloud: Test Connection",
        GuideStep.Save => "Cloud: Save",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };
}
