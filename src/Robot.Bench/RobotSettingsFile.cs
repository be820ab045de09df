using System.Text.Json;
using System.Text.Json.Nodes;

namespace Robot.Bench;

/// <summary>
/// The repository's robot.settings.json with the sandbox's site URLs and user names filled in, written for a run.
/// Passwords never go into it: the robot reads them from ROBOT_Server__Password and ROBOT_Cloud__Password.
/// </summary>
public static class RobotSettingsFile
{
    public static string Write(string template, SandboxUrls urls, string folder)
    {
        var settings = JsonNode.Parse(File.ReadAllText(template), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })?.AsObject()
                       ?? throw new BenchFailure($"{template} holds no object");
        settings["Server"] = new JsonObject { ["BaseUrl"] = urls.Server, ["Username"] = urls.ServerLogin.User };
        settings["Cloud"] = new JsonObject { ["BaseUrl"] = urls.Cloud, ["Email"] = urls.CloudLogin.User };
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "robot.settings.json");
        File.WriteAllText(path, settings.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }
}
