namespace Robot.Adapters.Browser;

/// <summary>Pieces the robot's page scripts share, so each is written once.</summary>
internal static class PageScripts
{
    /// <summary><c>flat(s)</c>: the text with its runs of blanks made single spaces and trimmed, as a person reads it.</summary>
    public const string Flat = "const flat = s => (s || '').split(/\\s+/).filter(w => w).join(' ');\n";
}
