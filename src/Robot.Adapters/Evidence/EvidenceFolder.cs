using System.Text.Json;
using Microsoft.Playwright;
using Robot.Domain;
using Robot.Domain.Fields;
using Robot.Domain.Kinds;

namespace Robot.Adapters.Evidence;

/// <summary>
/// Per-connection proof under <c>&lt;output&gt;/evidence/&lt;safe-name&gt;/</c>: screenshots with every password field
/// masked, and the fields each site showed (<c>server-fields.json</c>, <c>cloud-fields.json</c>) without any password.
/// </summary>
public sealed class EvidenceFolder(string root)
{
    public const string ServerEditShot = "1-server-edit.png";
    public const string CloudExistingShot = "2-cloud-existing.png";
    public const string CloudFilledShot = "2-cloud-filled.png";
    public const string TestResultShot = "3-test-result.png";
    public const string FailureShot = "failure.png";
    public const string ServerFields = "server-fields.json";
    public const string CloudFields = "cloud-fields.json";

    /// <summary>The Password of a connection read back from Cloud: its Edit panel never shows one.</summary>
    public const string PasswordNotShown = "(not shown by Cloud)";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public string Root { get; } = root;

    public string For(string connection) => Path.Combine(Root, SafeName(connection));

    /// <summary>A readable folder name for a connection that is safe on disk: see <see cref="SafeFolderName"/>.</summary>
    public static string SafeName(string name) => SafeFolderName.Of(name);

    /// <summary>
    /// Screenshot of <paramref name="target"/> (a whole panel, see <see cref="PanelShot"/>) or the page, with
    /// <paramref name="masked"/> painted over; never throws. <paramref name="frame"/> is the iframe element that holds
    /// the target, if any.
    /// </summary>
    public async Task<string> ShotAsync(string connection, string file, IPage page, ILocator? target, IEnumerable<ILocator> masked,
        ILocator? frame = null)
    {
        try
        {
            var folder = For(connection);
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, file);
            var mask = masked.ToList();
            if (target is null)
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Mask = mask, Animations = ScreenshotAnimations.Disabled }).ConfigureAwait(false);
            else
                await PanelShot.TakeAsync(page, target, frame, path, mask).ConfigureAwait(false);
            return folder;
        }
        catch (Exception error) when (error is PlaywrightException or TimeoutException or IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    /// <summary>Where the panel and its masked fields were in each picture of a connection (see <see cref="PanelShot"/>).</summary>
    public IReadOnlyDictionary<string, ShotBoxes> ShotBoxesOf(string connection) => PanelShot.Read(Path.Combine(For(connection), PanelShot.BoxesFile));

    /// <summary>Deletes one file of a connection's evidence (a failure's trace or screenshot after a later success); never throws.</summary>
    public void Forget(string connection, string file)
    {
        try
        {
            File.Delete(Path.Combine(For(connection), file));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A stale failure file is misleading, not harmful.
        }
    }

    /// <summary>The fields the Server's Edit panel showed, by the Server's labels; a secret only as whether there was one.</summary>
    public void WriteServerFields(ServerConnection connection) => Write(connection.Name, ServerFields,
        Kind.Fields.All.Where(field => field.Shows(FieldOutputs.Evidence) && field.ServerKey is not null)
            .ToDictionary(field => field.ServerName, field => field.Control == FieldControl.Secret
                ? SecretText.MaskOf(field.ServerValue(connection))
                : field.ServerValue(connection)));

    /// <summary>The fields as the Cloud's panel has them, by the Cloud's labels; a secret only as whether there was one.</summary>
    /// <param name="readBack">The fields were read from an existing connection's Edit panel, which shows no password.</param>
    public void WriteCloudFields(CloudConnection connection, bool readBack = false) => Write(connection.Name, CloudFields,
        Kind.Fields.OnCloud.Where(field => field.Shows(FieldOutputs.Evidence))
            .ToDictionary(field => field.CloudName!, field => CloudText(field, connection, readBack)));

    private static string CloudText(FieldDescriptor<ServerConnection, CloudConnection> field, CloudConnection connection, bool readBack) =>
        !field.AppliesToRecord(connection) && field.NotUsedText is { } notUsed ? notUsed
        : field.Control != FieldControl.Secret ? field.CloudValue?.Invoke(connection) ?? ""
        : readBack ? PasswordNotShown
        : SecretText.MaskOf(field.CloudValue?.Invoke(connection));

    private static IncomingMailConnections Kind => IncomingMailConnections.Kind;

    private void Write(string connection, string file, Dictionary<string, string> fields)
    {
        try
        {
            var folder = For(connection);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, file), JsonSerializer.Serialize(fields, Json));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Evidence is a record of the run, never a reason to fail it.
        }
    }
}
