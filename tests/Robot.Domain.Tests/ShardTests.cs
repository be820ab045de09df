namespace Robot.Domain.Tests;

public class ShardTests
{
    private static readonly string[] Names = Enumerable.Range(1, 200).Select(i => $"Connection {i:000} IMAP").ToArray();

    [TestCase(2)]
    [TestCase(3)]
    [TestCase(7)]
    public void Every_name_falls_in_exactly_one_share(int count)
    {
        var shards = Enumerable.Range(1, count).Select(k => new Shard(k, count)).ToList();
        foreach (var name in Names)
            Assert.That(shards.Count(shard => shard.Contains(name)), Is.EqualTo(1), name);
    }

    [Test]
    public void Shares_are_roughly_even()
    {
        var sizes = Enumerable.Range(1, 4).Select(k => Names.Count(new Shard(k, 4).Contains)).ToList();
        Assert.That(sizes, Has.All.InRange(30, 70), string.Join(",", sizes));
    }

    [Test]
    public void The_share_ignores_case_and_is_the_same_on_every_run()
    {
        Assert.That(Shard.Of("Support IMAP", 5), Is.EqualTo(Shard.Of("SUPPORT imap", 5)));
        // Fixed values: a hash that changed between runs or machines would split one migration differently.
        Assert.That(Shard.Of("Support IMAP", 1000), Is.EqualTo(Shard.Of("support imap", 1000)));
        Assert.That(new[] { Shard.Of("a", 2), Shard.Of("b", 2), Shard.Of("Support IMAP", 3) },
            Is.EqualTo(new[] { Shard.Of("A", 2), Shard.Of("B", 2), Shard.Of("support imap", 3) }));
        Assert.That(Shard.Of("a", 1_000_003), Is.EqualTo(0xE40C292Cu % 1_000_003 + 1), "FNV-1a of 'a'");
    }

    [Test]
    public void One_share_of_one_is_everything()
    {
        Assert.That(Names.All(Shard.All.Contains), Is.True);
    }

    [TestCase("1/2", 1, 2)]
    [TestCase("3/3", 3, 3)]
    [TestCase(" 2 / 5 ", 2, 5)]
    public void Parses_k_of_n(string text, int index, int count)
    {
        Assert.That(Shard.TryParse(text, out var error), Is.EqualTo(new Shard(index, count)), error);
    }

    [TestCase("0/2", "1 <= K <= N")]
    [TestCase("3/2", "1 <= K <= N")]
    [TestCase("1/0", "1 <= K <= N")]
    [TestCase("1", "K/N")]
    [TestCase("a/b", "K/N")]
    [TestCase("-1/2", "K/N")]
    [TestCase("", "K/N")]
    public void Refuses_what_is_not_k_of_n(string text, string expected)
    {
        Assert.That(Shard.TryParse(text, out var error), Is.Null);
        Assert.That(error, Does.Contain(expected));
    }
}
