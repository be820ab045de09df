global using NUnit.Framework;
global using Robot.Bench;
