namespace Robot.Domain;

/// <summary>
/// Whether a connection polls on Cloud, as its row in the Cloud's list shows. The Cloud creates connections disabled
/// and disables an enabled one when it is edited, so "migrated" alone does not say that anything will poll.
/// </summary>
public enum CloudState
{
    /// <summary>Not read: the connection is not on Cloud, or its list shows no state.</summary>
    Unknown,
    Disabled,
    Enabled,
    NeedsCorrection,
}

public static class CloudStates
{
    /// <summary>The word in results.csv's cloud_state column and the summary ("" when unknown).</summary>
    public static string ToWire(this CloudState state) => state switch
    {
        CloudState.Disabled => "disabled",
        CloudState.Enabled => "enabled",
        CloudState.NeedsCorrection => "needs correction",
        _ => "",
    };

    public static CloudState FromWire(string? word) =>
        Enum.GetValues<CloudState>().FirstOrDefault(state => state != CloudState.Unknown && state.ToWire() == (word ?? "").Trim());

    /// <summary>What to tell an admin before connections are enabled (README and the run's output say it too).</summary>
    public const string FirstPollWarning =
        "the first poll of an enabled connection downloads every message in its folder: clear the folder first, or expect an issue or comment per message";
}
