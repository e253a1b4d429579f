namespace OrganAffairs.Contracts.Common;

/// <summary>One page of a list: the items and where they sit in the whole result.</summary>
/// <param name="Items">The items of this page.</param>
/// <param name="Page">The 1-based page number.</param>
/// <param name="PageSize">The page size asked for (at most 200).</param>
/// <param name="TotalCount">How many items match the filters in all.</param>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, long TotalCount);
