using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Shared.Http;

/// <summary>?page=&amp;pageSize= (1-based; page size 1–200, default 50).</summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 50;

    public int Skip => (Page - 1) * PageSize;
    public int Take => PageSize;

    public static PageRequest From(int? page, int? pageSize)
    {
        var p = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        var errors = new List<FieldError>();
        if (p < 1 || p > 1_000_000)
        {
            errors.Add(new FieldError("page", SharedErrors.PageInvalid.Code, SharedErrors.PageInvalid.Title));
        }
        if (size < 1 || size > MaxPageSize)
        {
            errors.Add(new FieldError("pageSize", SharedErrors.PageInvalid.Code, SharedErrors.PageInvalid.Title));
        }
        if (errors.Count > 0)
        {
            throw new ProblemException(SharedErrors.ValidationFailed, errors);
        }
        return new PageRequest(p, size);
    }
}

/// <summary>
/// ?sort=field,-field against a whitelist of API field → SQL column, so no client text ever reaches
/// the SQL. The id is always the last key, which makes paging stable.
/// </summary>
public sealed class SortSpec(IReadOnlyDictionary<string, string> columns, string defaultSort, string idColumn)
{
    public string OrderBy(string? sort)
    {
        var text = string.IsNullOrWhiteSpace(sort) ? defaultSort : sort;
        var parts = new List<string>();
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var descending = raw.StartsWith('-');
            var name = descending || raw.StartsWith('+') ? raw[1..] : raw;
            if (!columns.TryGetValue(name, out var column))
            {
                throw ProblemException.ForField(SharedErrors.SortInvalid, "sort",
                    $"{SharedErrors.SortInvalid.Title} ({string.Join(", ", columns.Keys)})");
            }
            parts.Add(descending ? column + " DESC" : column);
        }
        parts.Add(idColumn);
        return "ORDER BY " + string.Join(", ", parts);
    }
}
