global using NUnit.Framework;
global using Robot.EndToEnd.Tests.Support;
