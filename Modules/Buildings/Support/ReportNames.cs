using MediatR;
using OrganAffairs.Contracts.Organs;

namespace OrganAffairs.Buildings.Support;

/// <summary>
/// Names of organs and staff for reports, each looked up once through the Organs Contracts queries;
/// a report that knows its organs up front loads them in one query (<see cref="LoadOrgansAsync"/>).
/// </summary>
internal sealed class ReportNames(IMediator mediator)
{
    private readonly Dictionary<Guid, OrganSummary?> _organs = [];
    private readonly Dictionary<Guid, StaffMemberSummary?> _staff = [];

    public async Task LoadOrgansAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var missing = ids.Where(id => !_organs.ContainsKey(id)).Distinct().ToList();
        var found = await mediator.Send(new GetOrgansByIdQuery(missing), ct);
        foreach (var id in missing)
        {
            _organs[id] = found.GetValueOrDefault(id);
        }
    }

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
