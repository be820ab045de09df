namespace Robot.Sandbox.Mail;

/// <summary>Where the sandbox mail server listens; every port is picked at start.</summary>
public sealed record MailEndpoints(string Host, int Imap, int Imaps, int Pop3, int Pop3s, int Smtp);
