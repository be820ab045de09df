namespace Robot.Sandbox.Hosting;

/// <summary>A request the sandbox never answers (a page quirk), until the page gives up on it or the sandbox stops.</summary>
public static class HeldRequest
{
    public static async Task HoldAsync(HttpContext http)
    {
        var stopping = http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var either = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        await Task.Delay(Timeout.Infinite, either.Token);
    }
}
