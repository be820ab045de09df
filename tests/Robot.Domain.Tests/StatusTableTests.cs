using System.Text.RegularExpressions;

namespace Robot.Domain.Tests;

/// <summary>The one table of statuses: complete, consistent, and the README says the same.</summary>
public class StatusTableTests
{
    private static IReadOnlyList<StatusEntry> Table => ConnectionStatuses.All;

    [Test]
    public void Every_status_has_exactly_one_row_with_a_word_a_colour_a_style_and_a_meaning()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Table.Select(entry => entry.Status), Is.EquivalentTo(Enum.GetValues<ConnectionStatus>()), "one row per status");
            Assert.That(Table.Select(entry => entry.Word), Is.Unique);
            foreach (var entry in Table)
            {
                Assert.That(entry.Word, Does.Match("^[a-z]+(-[a-z]+)*$"), $"{entry.Status}: a kebab-case word");
                Assert.That(entry.ConsoleColour, Is.AnyOf("green", "blue", "red", "yellow"), $"{entry.Status}: a console colour");
                Assert.That(entry.ReportStyle, Does.StartWith("background:"), $"{entry.Status}: a report style");
                Assert.That(entry.ExitWeight, Is.AnyOf(0, 1), $"{entry.Status}: an exit weight");
                Assert.That(entry.Meaning, Is.Not.Empty, $"{entry.Status}: a README line");
            }
        });
    }

    [Test]
    public void Every_decision_that_leaves_the_Cloud_untouched_ends_in_one_status_and_those_that_write_in_none()
    {
        Assert.Multiple(() =>
        {
            foreach (var decision in Enum.GetValues<PlanDecision>().Where(decision => !decision.IsActionable()))
                Assert.That(Table.Count(entry => entry.FromPlan == decision), Is.EqualTo(1), decision.ToString());
            Assert.That(Table.Where(entry => entry.FromPlan is { } decision && decision.IsActionable()), Is.Empty);
            Assert.That(() => ConnectionStatuses.Untouched(PlanDecision.Create), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void Only_statuses_needing_attention_are_ranked_on_the_report_each_at_its_own_place() =>
        Assert.That(Table.Where(entry => entry.AttentionRank is not null).Select(entry => (entry.AttentionRank!.Value, entry.ExitWeight)).OrderBy(x => x.Value),
            Is.EqualTo(Enumerable.Range(0, Table.Count(entry => entry.ExitWeight > 0)).Select(rank => (rank, 1))));

    [Test]
    public void The_READMEs_outcome_table_is_the_status_table()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFolder.Path, "README.md"));
        var section = readme[readme.IndexOf("### Outcome vocabulary", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n\n", section.IndexOf("|---|", StringComparison.Ordinal), StringComparison.Ordinal)];
        var rows = Regex.Matches(section, @"^\| `(?<word>[^`]+)` \| (?<meaning>.*) \|$", RegexOptions.Multiline)
            .Select(match => (match.Groups["word"].Value, match.Groups["meaning"].Value));
        Assert.That(rows, Is.EqualTo(Table.Select(entry => (entry.Word, entry.Meaning))));
    }

    [Test]
    public void The_READMEs_exit_code_0_names_exactly_the_statuses_of_weight_0()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFolder.Path, "README.md"));
        var sentence = Regex.Match(readme, @"Exit codes: `0` every connection ([^;]+);").Groups[1].Value;
        var named = Table.Where(entry => Regex.IsMatch(sentence, $@"(?<![\w-]){Regex.Escape(entry.Word)}(?![\w-])")).Select(entry => entry.Word);
        Assert.That(named, Is.EquivalentTo(Table.Where(entry => entry.ExitWeight == 0).Select(entry => entry.Word)), sentence);
    }
}
