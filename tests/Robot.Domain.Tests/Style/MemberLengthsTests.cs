namespace Robot.Domain.Tests.Style;

/// <summary>The method-length counter itself: what it counts as one member and where it ends.</summary>
public class MemberLengthsTests
{
    private static string Body(int statements) => string.Concat(Enumerable.Repeat("        x++;\n", statements));

    [Test]
    public void A_block_method_runs_from_its_declaration_to_its_closing_brace()
    {
        var source = "class C\n{\n    public void M(int x)\n    {\n" + Body(10) + "    }\n}\n";
        var member = MemberLengths.Of("C.cs", source).Single();
        Assert.That((member.Line, member.Lines), Is.EqualTo((3, 13)), "declaration, brace, 10 statements, brace");
    }

    [Test]
    public void Braces_and_semicolons_in_strings_and_comments_do_not_end_a_method()
    {
        var source = """
            class C
            {
                private static string M(int x)
                {
                    var a = "};{";
                    var b = $"{x} }} {{ {(x > 0 ? "}" : "{")}";
                    var c = @"a "" };";
                    // }
                    /* } */
                    var d = '}';
                    return a + b + c + d;
                }
            }
            """;
        Assert.That(MemberLengths.Of("C.cs", source).Single().Lines, Is.EqualTo(10));
    }

    [Test]
    public void An_expression_body_counts_the_lambda_it_holds()
    {
        var source = "class C\n{\n    public Task<int> M() => Run(async x =>\n    {\n" + Body(5) + "    });\n\n    private int N() => 1;\n}\n";
        var members = MemberLengths.Of("C.cs", source);
        Assert.That(members.Select(m => m.Lines), Is.EqualTo(new[] { 8, 1 }));
    }

    [Test]
    public void A_raw_string_is_part_of_its_method()
    {
        var source = "class C\n{\n    public static string M() =>\n        \"\"\"\n        { ; }\n        \"\"\";\n}\n";
        Assert.That(MemberLengths.Of("C.cs", source).Single().Lines, Is.EqualTo(4));
    }

    [Test]
    public void Types_and_their_primary_constructors_are_not_methods()
    {
        var source = "internal sealed class C(int x)\n{\n    public int P => x;\n}\npublic sealed record R(int A);\n";
        Assert.That(MemberLengths.Of("C.cs", source).Select(m => m.Declaration), Is.EqualTo(new[] { "public int P => x;" }));
    }

    [Test]
    public void A_method_of_61_lines_is_over_the_limit()
    {
        var source = "class C\n{\n    void M(int x)\n    {\n" + Body(58) + "    }\n}\n";
        Assert.That(MemberLengths.Of("C.cs", source).Single().Lines, Is.GreaterThan(SourceSizeTests.MaxMethodLines));
    }
}
