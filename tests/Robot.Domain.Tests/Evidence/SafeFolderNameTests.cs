using System.Text;
using Robot.Adapters.Evidence;

namespace Robot.Domain.Tests.Evidence;

/// <summary>Evidence folder names: readable in any script, safe on disk, never shared by two connections.</summary>
public class SafeFolderNameTests
{
    [TestCase("Support IMAP SSL", "Support-IMAP-SSL")]
    [TestCase("Ünïcödé サポート 支持", "Ünïcödé-サポート-支持")]
    [TestCase("Ops POP3", "Ops-POP3")]
    public void A_name_of_letters_digits_and_single_spaces_stays_readable_as_it_is(string name, string folder) =>
        Assert.That(SafeFolderName.Of(name), Is.EqualTo(folder));

    [Test]
    public void Names_that_differ_only_in_what_is_replaced_get_different_folders()
    {
        string[] names = ["A B", "A-B", "A/B", "A\\B", "A  B", " A B", "A\tB", "A\nB", "A..B", "a b", "A B."];
        var folders = names.Select(SafeFolderName.Of).ToList();
        Assert.That(folders, Is.Unique, string.Join(" | ", folders));
        Assert.That(folders, Has.All.Match(@"^[^/\\\x00-\x1f]+$"), "no separators or control characters");
    }

    [TestCase("CON")]
    [TestCase("nul")]
    [TestCase("..")]
    [TestCase("")]
    [TestCase("///")]
    public void Reserved_or_empty_names_get_a_usable_unique_folder(string name)
    {
        var folder = SafeFolderName.Of(name);
        Assert.That(folder, Does.Match("^[^.].*-[0-9a-f]{8}$"), folder);
    }

    [Test]
    public void A_long_name_is_cut_to_a_bounded_length_and_stays_unique()
    {
        var one = SafeFolderName.Of(new string('語', 300) + " one");
        var two = SafeFolderName.Of(new string('語', 300) + " two");
        Assert.That(Encoding.UTF8.GetByteCount(one), Is.LessThanOrEqualTo(SafeFolderName.MaxBytes + 9));
        Assert.That(one, Is.Not.EqualTo(two));
    }
}
