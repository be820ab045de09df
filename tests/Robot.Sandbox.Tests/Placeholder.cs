namespace Robot.Sandbox.Tests;
