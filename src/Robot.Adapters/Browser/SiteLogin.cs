using Robot.Domain;
using Robot.Domain.Ports;

namespace Robot.Adapters.Browser;

/// <summary>Where a site is and who logs in to it. The password is a <see cref="Secret"/>: revealed only where it is typed.</summary>
public sealed record SiteLogin(Uri BaseUrl, string User, Secret? Password)
{
    /// <summary>The saved browser session this site is entered through (then <see cref="Password"/> is null and nothing is typed); null logs in with the password.</summary>
    public SavedSession? Saved { get; init; }

    public string Url(string path) => new Uri(BaseUrl, path).ToString();

    /// <summary>The password to type into the site's login form ("" when entered through a saved session, which types nothing).</summary>
    public string PasswordToType() => Password?.Reveal() ?? "";

    /// <summary>The password's text for the maskers that keep it out of traces and messages; null when there is none.</summary>
    public string? PasswordToMask() => Password?.Reveal();
}

/// <summary>The site refused the robot's login: retrying will not help, the settings or environment must change.</summary>
public sealed class SiteLoginException(string message) : BusinessFaultException(message);
