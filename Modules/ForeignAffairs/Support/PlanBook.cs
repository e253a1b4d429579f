using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>Approvals count against the organ's annual plan of the departure year, under the plan row's lock.</summary>
internal sealed class PlanBook(PlanRepository plans)
{
    /// <summary>Counts one delegation of <paramref name="persons"/> against the plan: 422 when none is set or it has no room.</summary>
    public async Task ConsumeAsync(Guid organId, int year, int persons, CancellationToken ct)
    {
        var plan = await plans.LockAsync(organId, year, ct) ?? throw new ProblemException(ForeignAffairsErrors.PlanMissing, detail: $"{year}");
        if (plan.ApprovedTrips + 1 > plan.Trips || plan.ApprovedPersons + persons > plan.Persons)
        {
            throw new ProblemException(ForeignAffairsErrors.OutsidePlan,
                detail: $"{year}: trips {plan.ApprovedTrips} + 1 / {plan.Trips}, persons {plan.ApprovedPersons} + {persons} / {plan.Persons}");
        }
        plan.ApprovedTrips += 1;
        plan.ApprovedPersons += persons;
        await plans.UpdateAsync(plan, ct);
    }

    /// <summary>Gives back an approval's delegation and persons (the visit went back for approval).</summary>
    public async Task ReleaseAsync(Guid organId, int year, int persons, CancellationToken ct)
    {
        if (await plans.LockAsync(organId, year, ct) is { } plan)
        {
            plan.ApprovedTrips = Math.Max(0, plan.ApprovedTrips - 1);
            plan.ApprovedPersons = Math.Max(0, plan.ApprovedPersons - persons);
            await plans.UpdateAsync(plan, ct);
        }
    }
}

/// <summary>Plan rows to answers.</summary>
internal static class PlanMapping
{
    public static PlanResponse ToResponse(this PlanRow p) => new(p.OrganId, p.Year, p.Trips, p.Persons, p.ApprovedTrips, p.ApprovedPersons);
}
