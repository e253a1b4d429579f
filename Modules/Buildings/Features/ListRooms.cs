using FluentValidation;
using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Buildings.Features;

internal sealed record ListRoomsQuery(RoomFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<RoomResponse>>;

internal sealed class ListRoomsValidator : AbstractValidator<ListRoomsQuery>
{
    public ListRoomsValidator() => RuleFor(q => q.Sort).MaximumLength(200);
}

internal sealed class ListRoomsHandler(SpaceRepository space) : IRequestHandler<ListRoomsQuery, PagedResult<RoomResponse>>
{
    public async Task<PagedResult<RoomResponse>> Handle(ListRoomsQuery query, CancellationToken ct)
    {
        var (rows, total) = await space.ListRoomsAsync(query.Filter, query.Page, SpaceRepository.RoomSort.OrderBy(query.Sort), ct);
        return new PagedResult<RoomResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
