using System.Text;
using static Robot.Sandbox.Sites.Server.Html;

namespace Robot.Sandbox.Sites.Login;

/// <summary>The plain pages of the login extras (identity provider, one-time code): a title, a form, an optional error.</summary>
internal static class LoginHtml
{
    public static IResult Page(string title, string body) =>
        Results.Content($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{E(title)}</title>
            <style>body{"{"}font-family:sans-serif;max-width:26rem;margin:4rem auto{"}"} label,input,button{"{"}display:block;margin:.4rem 0{"}"} .error{"{"}color:#b00{"}"}</style>
            </head><body>{body}</body></html>
            """, "text/html; charset=utf-8", Encoding.UTF8);

    public static string Error(string? error) => error is null ? "" : $"""<p class="error" role="alert">{E(error)}</p>""";

    public static string Hidden(string name, string? value) => $"""<input type="hidden" name="{E(name)}" value="{E(value)}">""";
}
