using Robot.Domain.Fields;

namespace Robot.Domain.Kinds;

/// <summary>
/// One kind of thing the robot migrates (Incoming Mail Connections; OAuth2 Credentials next): its two records and
/// the one description of their fields, from which the Server read, the Cloud fill and read-back, the comparison of
/// plan and verify, evidence and the report are driven. The runner, ledger, resume journal, retries, evidence,
/// report and CLI do not depend on the kind.
/// </summary>
public interface IMigrationKind<TServer, TCloud>
{
    /// <summary>The kind's name as both admin UIs title its list ("Incoming Mail Connections").</summary>
    string Title { get; }

    FieldList<TServer, TCloud> Fields { get; }

    /// <summary>The one comparison plan and verify use.</summary>
    FieldComparer<TServer, TCloud> Comparer { get; }

    /// <summary>The record as the Server's Edit panel showed it, from each field's value by <see cref="FieldDescriptor{TServer,TCloud}.ServerName"/> (null: not shown).</summary>
    TServer ServerRecord(IReadOnlyDictionary<string, string?> byServerName);

    /// <summary>The record as the Cloud's Edit panel shows it, from each field's value by <see cref="FieldDescriptor{TServer,TCloud}.CloudName"/> (null: not shown).</summary>
    TCloud CloudRecord(IReadOnlyDictionary<string, string?> byCloudName);

    /// <summary>"Interval 5 min not carried: …" for each Server field the Cloud has no place for and whose value is not the default.</summary>
    IReadOnlyList<string> NotCarried(TServer server);
}
