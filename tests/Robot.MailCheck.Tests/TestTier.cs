// The sandbox tier of ./run.sh test --fast: the sandbox's Dovecot, no robot run.
[assembly: NUnit.Framework.Category(Robot.TestSupport.TestTiers.Sandbox)]
