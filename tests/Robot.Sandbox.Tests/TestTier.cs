// The sandbox tier of ./run.sh test --fast. Fixtures run two at a time: each has a sandbox (free ports) and a browser of
// its own, borrowed from SandboxPool and BrowserPool; the Dovecot lifecycle fixtures that must run alone say [NonParallelizable].
[assembly: NUnit.Framework.Category(Robot.TestSupport.TestTiers.Sandbox)]
[assembly: NUnit.Framework.Parallelizable(NUnit.Framework.ParallelScope.Fixtures)]
[assembly: NUnit.Framework.LevelOfParallelism(2)]
