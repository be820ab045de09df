namespace Robot.Domain.Tests;
