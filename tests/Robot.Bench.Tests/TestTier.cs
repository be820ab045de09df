// The unit tier of ./run.sh test --fast: no browser, no sandbox (see Robot.TestSupport's TestTiers).
[assembly: NUnit.Framework.Category("unit")]
