using System.Globalization;
using Robot.Sandbox.Hosting;
using Robot.Sandbox.State;

namespace Robot.Sandbox.Sites.Server;

/// <summary>
/// The Edit dialog as some builds show it (see <see cref="PageQuirks"/>): the dialog tells Assets/server/late-fill.js
/// through data attributes to open the form empty and fill it late; the API never answers for the never-fill names.
/// </summary>
internal static class LateFill
{
    public static string Attributes(PageQuirks quirks) => !quirks.ServerOpensEmpty
        ? ""
        : $" data-late-fill-ms=\"{quirks.ServerLateFillMs.ToString(CultureInfo.InvariantCulture)}\""
          + (quirks.ServerPreviousRowFirst ? " data-previous-row-first" : "");

    /// <summary>Holds the request of a never-fill connection until the page gives up on it (closes or leaves).</summary>
    public static async Task NeverAnswerIfAskedAsync(PageQuirks quirks, ServerConnectionRecord connection, HttpContext http)
    {
        if (quirks.ServerNeverFill.Contains(connection.Name, StringComparer.Ordinal)) await HeldRequest.HoldAsync(http);
    }
}
