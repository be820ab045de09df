namespace Robot.Domain.Ports;

/// <summary>What a Server read has just done, for the operator's progress display and the --verbose steps; never a password.</summary>
public abstract record ServerReadProgress
{
    /// <summary>The step in words.</summary>
    public abstract string Text { get; }
}

/// <summary>A page of the Server's list was seen: <paramref name="Rows"/> rows, <paramref name="ToRead"/> of which will be opened.</summary>
public sealed record ServerListPageSeen(int Page, int Rows, int ToRead) : ServerReadProgress
{
    public override string Text => $"Server list page {Page}: {Rows} connection(s)";
}

/// <summary>A connection's Edit panel was read.</summary>
public sealed record ServerConnectionRead(string Name, string Protocol) : ServerReadProgress
{
    public override string Text => $"read '{Name}' ({Protocol})";
}
