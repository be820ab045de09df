using System.Text;
using Robot.Adapters.Verification;
using Robot.Domain.Verification;

namespace Robot.MailCheck.Tests;

public sealed class VerifyCsvWriterTests
{
    [Test]
    public void Writes_one_row_per_difference_with_the_documented_columns_and_never_a_password()
    {
        using var folder = new TempFolder();
        var path = folder.File(VerifyCsvWriter.FileName);
        const string password = "Csv-Secret-4";

        VerifyCsvWriter.Write(path,
        [
            new Difference("Support IMAP", "Port", "993", "995"),
            new Difference("Support IMAP", "Description", "uses " + password, "changed, \"quoted\""),
            new Difference("Support IMAP", "Password", Difference.PasswordDiffers, Difference.PasswordDiffers),
        ], [Secret.Of(password)]);

        var text = File.ReadAllText(path, Encoding.UTF8);
        Assert.That(text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            "name,field,server_value,cloud_value",
            "Support IMAP,Port,993,995",
            "Support IMAP,Description,uses ***,\"changed, \"\"quoted\"\"\"",
            "Support IMAP,Password,password differs,password differs",
        }));
        Assert.That(text, Does.Not.Contain(password));
    }

    [Test]
    public void No_differences_give_just_the_header()
    {
        using var folder = new TempFolder();
        var path = folder.File(VerifyCsvWriter.FileName);

        VerifyCsvWriter.Write(path, [], []);

        Assert.That(File.ReadAllText(path, Encoding.UTF8).TrimEnd(), Is.EqualTo("name,field,server_value,cloud_value"));
    }
}
