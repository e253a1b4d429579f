using OrganAffairs.Contracts.Common;
using MediatR;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Mediation;

namespace OrganAffairs.Organs.Features;

internal sealed record GetOrganByIdQuery(Guid Id) : IQuery<OrganResponse>;

internal sealed class GetOrganByIdHandler(OrganRepository organs) : IRequestHandler<GetOrganByIdQuery, OrganResponse>
{
    public async Task<OrganResponse> Handle(GetOrganByIdQuery query, CancellationToken ct)
    {
        var row = await organs.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(OrgansErrors.OrganNotFound);
        return OrganMapping.ToResponse(row, await organs.HeadcountAsync([row.Id], ct));
    }
}
