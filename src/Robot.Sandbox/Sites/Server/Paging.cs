namespace Robot.Sandbox.Sites.Server;

/// <summary>One page of a list: 20 rows, pages numbered from 1, an out-of-range page shows the nearest one.</summary>
internal sealed record Paging(int Page, int PageSize, int Total)
{
    public const int DefaultPageSize = 20;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public int Skip => (Page - 1) * PageSize;
    public int First => Total == 0 ? 0 : Skip + 1;
    public int Last => Math.Min(Total, Skip + PageSize);
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < Pages;

    public static Paging For(string? requestedPage, int total, int pageSize = DefaultPageSize)
    {
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        var page = int.TryParse(requestedPage, out var n) ? Math.Clamp(n, 1, pages) : 1;
        return new Paging(page, pageSize, total);
    }

    /// <summary>Page numbers to show: the first, the last, and two either side of the current one; 0 marks a gap.</summary>
    public IReadOnlyList<int> Numbers()
    {
        var shown = Enumerable.Range(1, Pages).Where(p => p == 1 || p == Pages || Math.Abs(p - Page) <= 2).ToList();
        var result = new List<int>();
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0 && shown[i] - shown[i - 1] > 1) result.Add(0);
            result.Add(shown[i]);
        }
        return result;
    }
}
