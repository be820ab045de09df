global using NUnit.Framework;
global using Robot.Domain;
