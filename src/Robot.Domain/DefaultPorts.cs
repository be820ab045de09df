namespace Robot.Domain;

/// <summary>The ports a blank or 0 Port stands for. STARTTLS upgrades the plain port, so it keeps it.</summary>
public static class DefaultPorts
{
    public static int For(bool pop3, string encryption) => (pop3, IsImplicitTls(encryption)) switch
    {
        (false, false) => 143,
        (false, true) => 993,
        (true, false) => 110,
        (true, true) => 995,
    };

    /// <summary>True for wordings like "SSL/TLS" or "SSL"; false for "STARTTLS", "None", "No Encryption".</summary>
    public static bool IsImplicitTls(string encryption)
    {
        var upper = encryption.ToUpperInvariant();
        if (upper.Contains("STARTTLS") || upper.Contains("START TLS")) return false;
        return upper.Contains("SSL") || upper.Contains("TLS");
    }
}
