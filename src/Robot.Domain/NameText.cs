namespace Robot.Domain;

/// <summary>
/// A connection's name as a page holds it (its text content or value, not its rendered text, which collapses runs
/// of spaces). Only the ends are trimmed, since markup around a cell's text adds whitespace there; everything
/// inside, runs of spaces included, is kept and compared exactly.
/// </summary>
public static class NameText
{
    public static string Of(string? pageText) => (pageText ?? "").Trim();

    /// <summary>Whether two texts of one page name the same connection (the list's cell and the panel's Name field).</summary>
    public static bool Same(string? one, string? other) => string.Equals(Of(one), Of(other), StringComparison.Ordinal);
}
