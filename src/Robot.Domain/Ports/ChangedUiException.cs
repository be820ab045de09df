namespace Robot.Domain.Ports;

/// <summary>
/// A selector matches nothing on a page that is otherwise loaded: the site's UI differs from the selectors file.
/// Every later connection would meet the same, so it is neither retried nor worth going on with: the run stops.
/// </summary>
public sealed class ChangedUiException : BusinessFaultException
{
    public ChangedUiException(string file, string key, string selector, string where, string evidence = "")
        : base(Compose(file, key, selector, where, evidence))
    {
        File = file;
        Key = key;
        Selector = selector;
        Where = where;
        Evidence = evidence;
    }

    /// <summary>The selectors file that holds <see cref="Key"/>.</summary>
    public string File { get; }

    public string Key { get; }

    /// <summary>The selector text of <see cref="Key"/> as the file has it.</summary>
    public string Selector { get; }

    /// <summary>The part of the page that was loaded but lacked the element ("the Add panel").</summary>
    public string Where { get; }

    /// <summary>The same fault, pointing at a screenshot of the page.</summary>
    public ChangedUiException WithEvidence(string evidence) =>
        evidence.Length == 0 ? this : new ChangedUiException(File, Key, Selector, Where, evidence);

    private static string Compose(string file, string key, string selector, string where, string evidence) =>
        $"changed UI: {file}: key '{key}' ({selector}) matches nothing on {where}, which is otherwise loaded; " +
        "fix that selector and run again with --resume" + (evidence.Length > 0 ? $" (screenshot: {evidence})" : "");
}
