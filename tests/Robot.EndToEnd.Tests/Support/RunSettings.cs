using Robot.Sandbox.Hosting;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>A robot.settings.json pointing at a sandbox with the workers and retry policy a test asks for.</summary>
public static class RunSettings
{
    public static void Write(string path, SandboxHost sandbox, int workers, int retryCount, int retryBaseDelayMs)
    {
        var options = sandbox.Context.Options;
        File.WriteAllText(path, $$"""
            {
              "Server": { "BaseUrl": "{{sandbox.Urls.Server}}", "Username": "{{options.ServerAdmin.User}}" },
              "Cloud": { "BaseUrl": "{{sandbox.Urls.Cloud}}", "Email": "{{options.CloudAdmin.User}}" },
              "Output": "out",
              "Workers": {{workers}},
              "Retry": { "Count": {{retryCount}}, "BaseDelayMs": {{retryBaseDelayMs}} }
            }
            """);
    }
}
