global using NUnit.Framework;
global using Robot.Adapters.Mail;
global using Robot.Domain;
