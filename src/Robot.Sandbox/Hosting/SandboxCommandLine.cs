using System.Globalization;

namespace Robot.Sandbox.Hosting;

/// <summary>Parses the sandbox's own command line; errors name the option and the value.</summary>
public static class SandboxCommandLine
{
    public const string Usage = """
        usage: ./run.sh sandbox [options]
          --seed FILE                 seed file (default: the built-in 24-connection seed)
          --data-dir DIR              keep the Cloud state here across restarts (default: in memory)
          --withhold-passwords        the Server's Edit panel shows a blank password
          --latency MIN-MAX           add MIN..MAX ms to every request
          --save-failure-rate R       Save fails with HTTP 500 with probability R (0..1)
          --test-failure-rate R       Test Connection fails transiently with probability R (0..1)
          --session-expiry N          a session ends after N requests (0 = never)
          --lost-answer-rate R        Save stores the connection, then answers HTTP 500, with probability R (0..1)
          --slow-answer-after-store MS  Save stores the connection, then answers MS ms later
          --save-fault-message TEXT   the words of an injected Save fault
          --test-fault-message TEXT   the words of an injected Test Connection fault
          --accept-duplicate-names    the Cloud takes a second connection of a name it has
          --fault-seed N              seed of the fault random source
          --urls-file FILE            write the site URLs as JSON to FILE once started
          --skin default|alt          which imitation of the two admin UIs to serve (default: default)
          --legacy-labels             older app versions' words: "Mail Accounts"
          --alt-fill MODE             alt skin's Server Edit dialog: mixed, together, name-first, stale-first, never
          --cloud-totp                the Cloud asks for a one-time code (RFC 6238; the secret is printed at start)
          --cloud-sso                 the Cloud's login sends you to an identity provider on its own port
          --server-sso                the Server's login sends you to that identity provider (SAML-like POST back)
          --session-minutes N         sessions of both sites end N minutes after their login (0 = never)
        """ + "\n" + PageQuirksCommandLine.Usage;

    public static (SandboxOptions Options, string? UrlsFile) Parse(IReadOnlyList<string> args)
    {
        var options = new SandboxOptions();
        var faults = new FaultOptions();
        var quirks = new PageQuirks();
        var login = new LoginOptions();
        string? urlsFile = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            switch (name)
            {
                case "--seed": options = options with { SeedPath = Value() }; break;
                case "--data-dir": options = options with { DataDir = Value() }; break;
                case "--withhold-passwords": options = options with { WithholdServerPasswords = true }; break;
                case "--latency":
                    var range = Value().Split('-', 2);
                    faults = faults with { LatencyMinMs = Int(name, range[0]), LatencyMaxMs = Int(name, range.Length > 1 ? range[1] : range[0]) };
                    break;
                case "--save-failure-rate": faults = faults with { SaveFailureRate = Rate(name, Value()) }; break;
                case "--test-failure-rate": faults = faults with { TestFailureRate = Rate(name, Value()) }; break;
                case "--session-expiry": faults = faults with { SessionExpiryRequests = Int(name, Value()) }; break;
                case "--lost-answer-rate": faults = faults with { LostAnswerRate = Rate(name, Value()) }; break;
                case "--slow-answer-after-store": faults = faults with { SlowAnswerAfterStoreMs = Int(name, Value()) }; break;
                case "--save-fault-message": faults = faults with { SaveFaultMessage = Value() }; break;
                case "--test-fault-message": faults = faults with { TestFaultMessage = Value() }; break;
                case "--accept-duplicate-names": options = options with { AcceptDuplicateNames = true }; break;
                case "--fault-seed": faults = faults with { RandomSeed = Int(name, Value()) }; break;
                case "--urls-file": urlsFile = Value(); break;
                case "--skin": options = options with { Skin = Choice<SandboxSkin>(name, Value()) }; break;
                case "--legacy-labels": options = options with { LegacyLabels = true }; break;
                case "--alt-fill": options = options with { AltFill = Choice<AltFill>(name, Value()) }; break;
                case "--cloud-totp": login = login with { CloudTotp = true }; break;
                case "--cloud-sso": login = login with { CloudSso = true }; break;
                case "--server-sso": login = login with { ServerSso = true }; break;
                case "--session-minutes": login = login with { SessionMinutes = Minutes(name, Value()) }; break;
                default:
                    if (!PageQuirksCommandLine.TryApply(name, Value, Int, ref quirks)) throw new ArgumentException($"unknown option {name}");
                    break;
            }
        }
        return (options with { Faults = faults, Quirks = quirks, Login = login }, urlsFile);
    }

    private static int Int(string option, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n : throw new ArgumentException($"{option}: '{value}' is not a whole number >= 0");

    /// <summary>A kebab-case choice ("name-first") as its enum member (NameFirst).</summary>
    private static T Choice<T>(string option, string value) where T : struct, Enum =>
        Enum.TryParse<T>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var choice) && Enum.IsDefined(choice)
            && !value.Any(char.IsDigit)
            ? choice
            : throw new ArgumentException($"{option}: '{value}' is not one of: {string.Join(", ", Enum.GetNames<T>().Select(Kebab))}");

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static double Minutes(string option, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) && m >= 0
            ? m : throw new ArgumentException($"{option}: '{value}' is not a number of minutes >= 0");

    private static double Rate(string option, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) && r is >= 0 and <= 1
            ? r : throw new ArgumentException($"{option}: '{value}' is not a rate between 0 and 1");
}
