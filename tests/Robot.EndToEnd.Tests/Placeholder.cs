namespace Robot.EndToEnd.Tests;
