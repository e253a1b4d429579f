using MediatR;
using OrganAffairs.Contracts.Organs;

namespace OrganAffairs.Buildings.Support;

/// <summary>Names of organs and staff for reports, each looked up once through the Organs Contracts queries.</summary>
internal sealed class ReportNames(IMediator mediator)
{
    private readonly Dictionary<Guid, OrganSummary?> _organs = [];
    private readonly Dictionary<Guid, StaffMemberSummary?> _staff = [];

    public async Task<OrganSummary?> OrganAsync(Guid id, CancellationToken ct)
    {
        if (!_organs.TryGetValue(id, out var organ))
        {
            _organs[id] = organ = await mediator.Send(new GetOrganQuery(id), ct);
        }
        return organ;
    }

    public async Task<StaffMemberSummary?> StaffAsync(Guid id, CancellationToken ct)
    {
        if (!_staff.TryGetValue(id, out var staff))
        {
            _staff[id] = staff = await mediator.Send(new GetStaffMemberQuery(id), ct);
        }
        return staff;
    }
}
