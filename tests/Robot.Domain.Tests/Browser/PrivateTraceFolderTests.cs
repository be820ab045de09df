using Robot.Adapters.Browser;

namespace Robot.Domain.Tests.Browser;

/// <summary>Chromium's raw trace chunks go to a folder only the robot's user can read, gone when the browser closes.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class PrivateTraceFolderTests
{
    [Test]
    public void The_folder_is_owner_only_and_deleted_on_dispose()
    {
        string path;
        using (var folder = PrivateTraceFolder.Create())
        {
            path = folder.Path;
            Assert.That(Directory.Exists(path), Is.True);
            Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
        }
        Assert.That(Directory.Exists(path), Is.False);
    }

    [Test]
    public void A_folder_left_by_a_robot_that_is_gone_is_swept_and_a_running_ones_is_kept()
    {
        var deadPid = DeadPid();
        var orphan = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"robot-traces-{deadPid}-{Guid.NewGuid():N}")).FullName;
        var live = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"robot-traces-{Environment.ProcessId}-{Guid.NewGuid():N}")).FullName;
        File.WriteAllText(Path.Combine(orphan, "chunk.trace"), "left behind by a SIGKILL");
        try
        {
            using var folder = PrivateTraceFolder.Create();
            Assert.That(Directory.Exists(orphan), Is.False, "the dead robot's chunks");
            Assert.That(Directory.Exists(live), Is.True, "a running robot's folder");
        }
        finally
        {
            if (Directory.Exists(orphan)) Directory.Delete(orphan, recursive: true);
            Directory.Delete(live, recursive: true);
        }
    }

    /// <summary>A process id no process has: one that has just exited.</summary>
    private static int DeadPid()
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
