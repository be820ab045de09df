namespace Robot.Domain.Fields;

/// <summary>The fields of one kind of record, in the order the Server's Edit panel shows them.</summary>
public sealed class FieldList<TServer, TCloud>(IReadOnlyList<FieldDescriptor<TServer, TCloud>> fields)
{
    public IReadOnlyList<FieldDescriptor<TServer, TCloud>> All { get; } = fields;

    /// <summary>Fields read from the Server's Edit panel.</summary>
    public IEnumerable<FieldDescriptor<TServer, TCloud>> OnServer => All.Where(f => f.ServerKey is not null);

    /// <summary>Fields of the Cloud's panel.</summary>
    public IEnumerable<FieldDescriptor<TServer, TCloud>> OnCloud => All.Where(f => f.CloudKey is not null);

    public IEnumerable<string> RequiredServerKeys => OnServer.Where(f => !f.ServerOptional).Select(f => f.ServerKey!);

    public IEnumerable<string> OptionalServerKeys => OnServer.Where(f => f.ServerOptional).Select(f => f.ServerKey!);

    /// <summary>Cloud keys every Cloud UI has (see <see cref="OptionalCloudKeys"/> for the others).</summary>
    public IEnumerable<string> CloudKeys => OnCloud.Where(f => !f.CloudOptional).SelectMany(f => f.NoChoicesKey is null ? [f.CloudKey!] : new[] { f.CloudKey!, f.NoChoicesKey });

    /// <summary>Keys of the fields a Cloud may not have (<see cref="FieldDescriptor{TServer,TCloud}.CloudOptional"/>).</summary>
    public IEnumerable<string> OptionalCloudKeys => OnCloud.Where(f => f.CloudOptional).Select(f => f.CloudKey!);

    public FieldDescriptor<TServer, TCloud> Named(string serverName) =>
        All.FirstOrDefault(f => f.ServerName == serverName) ?? throw new ArgumentException($"no field '{serverName}'", nameof(serverName));

    /// <summary>See <see cref="NotCarried"/>.</summary>
    public IReadOnlyList<string> NotCarriedValues(TServer server) => NotCarried.Of(this, server);

    /// <summary>The fields the plan and verify compare (<see cref="FieldComparison.None"/> ones are not).</summary>
    public IEnumerable<FieldDescriptor<TServer, TCloud>> Compared => All.Where(f => f.Comparison != FieldComparison.None && f.CloudValue is not null);
}
