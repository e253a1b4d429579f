using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Buildings.Features;

internal sealed record GetAssignmentQuery(Guid Id) : IQuery<AssignmentResponse>;

internal sealed class GetAssignmentHandler(OfficeRepository offices) : IRequestHandler<GetAssignmentQuery, AssignmentResponse>
{
    public async Task<AssignmentResponse> Handle(GetAssignmentQuery query, CancellationToken ct) =>
        (await offices.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(BuildingsErrors.AssignmentNotFound)).ToResponse();
}
