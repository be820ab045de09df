using Robot.Domain.Ports;

namespace Robot.Adapters.Browser;

/// <summary>Where a site is and who logs in to it. The password is never shown by <see cref="ToString"/>.</summary>
public sealed record SiteLogin(Uri BaseUrl, string User, string Password)
{
    /// <summary>The saved browser session this site is entered through (then <see cref="Password"/> is blank and never typed); null logs in with the password.</summary>
    public SavedSession? Saved { get; init; }

    public string Url(string path) => new Uri(BaseUrl, path).ToString();

    public override string ToString() => $"SiteLogin {{ BaseUrl = {BaseUrl}, User = {User}, Password = *** }}";
}

/// <summary>The site refused the robot's login: retrying will not help, the settings or environment must change.</summary>
public sealed class SiteLoginException(string message) : BusinessFaultException(message);
