namespace Robot.Domain.Tests.Ledger;

/// <summary>Values that break naive CSV writers and readers.</summary>
internal static class HostileText
{
    public static readonly string[] Values =
    [
        "He said \"hello\"",
        "\"",
        "\"\"",
        "a,b,c",
        "first line\nsecond line",
        "windows\r\nline",
        "carriage\ronly",
        "<script>alert('x')</script>",
        "<b>bold</b> & \"quoted\"",
        "مرحبا بالعالم",
        "שלום עולם, with Latin",
        "\u202Eevil.exe",
        "📬 mail 🚀 launch 👩‍👩‍👧",
        "Zürich – Straße – 東京",
        new string('x', 300),
        string.Concat(Enumerable.Repeat("é🚀,\"", 80)),
        "  padded both sides  ",
        "\ttabbed\t",
        "=HYPERLINK(\"http://evil.test\")",
        "+1-555",
        "-2+3",
        "@SUM(A1)",
        "",
        "'",
        ";semi;colon;",
        "back\\slash",
    ];
}
