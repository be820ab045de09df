using System.Diagnostics;

namespace Robot.Bench.Tests;

public sealed class ProcessTreeTests
{
    private const long Page = 4096;

    private static void Process(TempFolder proc, int pid, int parent, string comm, string argv0, long rssPages, long? pssKib = null)
    {
        proc.Write($"{pid}/stat", $"{pid} ({comm}) S {parent} {pid} {pid} 0 -1 4194560");
        proc.Write($"{pid}/statm", $"100000 {rssPages} 50 1 0 10 0");
        proc.Write($"{pid}/comm", comm + "\n");
        proc.Write($"{pid}/cmdline", argv0 + "\0--flag\0");
        if (pssKib is { } kib) proc.Write($"{pid}/smaps_rollup", $"00400000-7ffc0000 ---p 00000000 00:00 0  [rollup]\nRss:  {rssPages * 4} kB\nPss:  {kib} kB\n");
    }

    [Test]
    public void Sums_the_root_and_every_descendant_and_splits_off_chromium()
    {
        using var proc = new TempFolder();
        Process(proc, 100, 1, "dotnet", "/usr/share/dotnet/dotnet", 1000, pssKib: 3000);
        Process(proc, 101, 100, "node", "/x/.playwright/node/linux-x64/node", 500, pssKib: 1500);
        Process(proc, 102, 101, "chromium", "/usr/lib/chromium/chromium", 2000, pssKib: 4000);
        Process(proc, 103, 102, "chromium", "/usr/lib/chromium/chromium", 300);
        // A renderer whose name a thread renamed; its argv still says chromium.
        Process(proc, 104, 103, "ThreadPoolForeg", "/usr/lib/chromium/chromium", 200);
        Process(proc, 200, 1, "chromium", "/usr/lib/chromium/chromium", 9999); // someone else's browser
        Process(proc, 201, 200, "dotnet", "dotnet", 9999);
        proc.Write("self/stat", "not a pid folder");

        var sum = new ProcessTree(proc.Path, Page).Sum(100);

        Assert.That(sum.Processes, Is.EqualTo(5));
        Assert.That(sum.RobotBytes, Is.EqualTo((1000 + 500) * Page));
        Assert.That(sum.ChromiumBytes, Is.EqualTo((2000 + 300 + 200) * Page));
        Assert.That(sum.TotalBytes, Is.EqualTo(4000 * Page));
        Assert.That(sum.PssBytes, Is.EqualTo((3000 + 1500 + 4000) * 1024L));
    }

    [Test]
    public void A_process_that_is_gone_or_a_command_with_spaces_and_parentheses_does_not_break_the_walk()
    {
        using var proc = new TempFolder();
        Process(proc, 10, 1, "my (odd) tool", "/bin/tool", 10);
        Process(proc, 11, 10, "child", "/bin/child", 20);
        Directory.CreateDirectory(Path.Combine(proc.Path, "12")); // exited between the listing and the read
        proc.Write("12/stat", "12 (gone) Z 10 12 12");

        var sum = new ProcessTree(proc.Path, Page).Sum(10);

        Assert.That(sum.Processes, Is.EqualTo(2));
        Assert.That(sum.RobotBytes, Is.EqualTo(30 * Page));
    }

    private static void Stat(TempFolder proc, int pid, int parent, string comm, long utime, long stime, long start) =>
        proc.Write($"{pid}/stat", $"{pid} ({comm}) S {parent} {pid} {pid} 0 -1 4194560 10 0 0 0 {utime} {stime} 7 8 20 0 12 0 {start} 1000 100");

    [Test]
    public void Cpu_ticks_are_utime_plus_stime_and_the_start_time_is_read()
    {
        using var proc = new TempFolder();
        Process(proc, 50, 1, "dotnet", "dotnet", 10);
        Stat(proc, 50, 1, "dot (net) x", utime: 120, stime: 30, start: 4242);

        var process = new ProcessTree(proc.Path, Page).Read(50).Single();

        Assert.That(process.CpuTicks, Is.EqualTo(150), "children's cutime/cstime are not the process's own");
        Assert.That(process.StartTicks, Is.EqualTo(4242));
    }

    [Test]
    public void The_cpu_account_keeps_a_process_that_ended_and_tells_a_reused_pid_apart()
    {
        using var proc = new TempFolder();
        var tree = new ProcessTree(proc.Path, Page);
        var account = new CpuAccount();
        Process(proc, 60, 1, "dotnet", "dotnet", 10);
        Process(proc, 61, 60, "chromium", "/usr/lib/chromium/chromium", 10);
        Stat(proc, 60, 1, "dotnet", 100, 0, start: 1);
        Stat(proc, 61, 60, "chromium", 40, 10, start: 2);
        account.Observe(tree.Read(60));

        // The renderer ends; later a new process gets its pid.
        Stat(proc, 60, 1, "dotnet", 150, 10, start: 1);
        Stat(proc, 61, 60, "chromium", 5, 0, start: 900);
        account.Observe(tree.Read(60));

        Assert.That(account.Ticks, Is.EqualTo(160 + 50 + 5));
        Assert.That(account.Processes, Is.EqualTo(3));
    }

    [Test]
    public void The_sampler_reads_pss_only_every_few_samples_and_counts_cpu_every_sample()
    {
        using var proc = new TempFolder();
        Process(proc, 70, 1, "dotnet", "dotnet", 10, pssKib: 100);
        Stat(proc, 70, 1, "dotnet", 10, 0, start: 1);
        var sampler = new TreeSampler(new ProcessTree(proc.Path, Page), 70, TimeSpan.FromHours(1));
        try
        {
            // The first sample (taken at once) read PSS; the next ones before the PssEvery-th do not.
            Assert.That(() => sampler.Peaks.Samples, Is.EqualTo(1).After(5000, 10));
            proc.Write("70/smaps_rollup", "Pss:  900 kB\n");
            Stat(proc, 70, 1, "dotnet", 30, 5, start: 1);
            for (var i = 1; i < TreeSampler.PssEvery; i++) sampler.SampleOnce();
            Assert.That(sampler.Peaks.TotalPssBytes, Is.EqualTo(100 * 1024L));
            Assert.That(sampler.CpuTicks, Is.EqualTo(35));
            sampler.SampleOnce();
            Assert.That(sampler.Peaks.TotalPssBytes, Is.EqualTo(900 * 1024L));
        }
        finally
        {
            sampler.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    [Test]
    public void A_root_that_does_not_exist_sums_to_nothing()
    {
        using var proc = new TempFolder();
        Assert.That(new ProcessTree(proc.Path, Page).Sum(4242), Is.EqualTo(new TreeMemory(0, 0, 0, 0)));
    }

    [Test]
    public void The_real_proc_shows_this_test_process_and_a_child_it_started()
    {
        using var child = System.Diagnostics.Process.Start(new ProcessStartInfo("cat") { RedirectStandardInput = true, UseShellExecute = false })!;
        try
        {
            var tree = new ProcessTree().Read(Environment.ProcessId);
            Assert.That(tree.Select(p => p.Pid), Does.Contain(Environment.ProcessId).And.Contain(child.Id));
            Assert.That(tree.Single(p => p.Pid == Environment.ProcessId).RssBytes, Is.GreaterThan(10L * 1024 * 1024));
        }
        finally
        {
            child.StandardInput.Close();
            child.WaitForExit();
        }
    }
}
