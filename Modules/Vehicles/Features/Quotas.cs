using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Data;

namespace OrganAffairs.Vehicles.Features;

internal sealed record SetQuotasCommand(Guid OrganId, SetQuotasRequest Body) : ICommand<QuotaResponse>;

internal sealed class SetQuotasValidator : AbstractValidator<SetQuotasCommand>
{
    public SetQuotasValidator()
    {
        RuleFor(c => c.Body.Quotas).NotNull();
        RuleForEach(c => c.Body.Quotas).ChildRules(q =>
        {
            q.RuleFor(i => i.Category).IsInEnum();
            q.RuleFor(i => i.Approved).InclusiveBetween(0, 10_000);
        });
        RuleFor(c => c.Body.Quotas).Must(q => q is null || q.Select(i => i.Category).Distinct().Count() == q.Count)
            .WithErrorCode(VehiclesErrors.QuotaDuplicate.Code).WithMessage(_ => VehiclesErrors.QuotaDuplicate.Title);
    }
}

/// <summary>车辆编制 is set by the bureau: ordinary organs get 403 even with vehicles.write.</summary>
internal sealed class SetQuotasHandler(VehicleRepository vehicles, IMediator mediator, OrganScope scope, AuditTrail audit, IdGenerator ids)
    : IRequestHandler<SetQuotasCommand, QuotaResponse>
{
    public async Task<QuotaResponse> Handle(SetQuotasCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var organ = await VehicleRules.OrganAsync(mediator, command.OrganId, "organId", ct);
        var before = await vehicles.QuotasAsync(organ.Id, ct);
        var rows = command.Body.Quotas.Select(q => new QuotaRow { Id = ids.NewId(), OrganId = organ.Id, Category = q.Category, Approved = q.Approved }).ToList();
        await vehicles.ReplaceQuotasAsync(organ.Id, rows, ct);
        audit.Record("VehicleQuota", organ.Id, organ.Id, new Dictionary<string, FieldChange>
        {
            ["quotas"] = new(before.Select(q => new QuotaItem(q.Category, q.Approved)).ToList(), command.Body.Quotas),
        });
        return await QuotaMapping.ResponseAsync(vehicles, organ.Id, ct);
    }
}

internal sealed record GetQuotasQuery(Guid OrganId) : IQuery<QuotaResponse>;

internal sealed class GetQuotasHandler(VehicleRepository vehicles, OrganScope scope) : IRequestHandler<GetQuotasQuery, QuotaResponse>
{
    public async Task<QuotaResponse> Handle(GetQuotasQuery query, CancellationToken ct)
    {
        scope.EnsureVisible(query.OrganId, VehiclesErrors.OrganQuotaNotFound);
        return await QuotaMapping.ResponseAsync(vehicles, query.OrganId, ct);
    }
}

internal static class QuotaMapping
{
    public static async Task<QuotaResponse> ResponseAsync(VehicleRepository vehicles, Guid organId, CancellationToken ct)
    {
        var quotas = (await vehicles.QuotasAsync(organId, ct)).ToDictionary(q => q.Category, q => q.Approved);
        var inUse = await vehicles.InUseAsync(organId, ct);
        var items = Enum.GetValues<VehicleCategory>()
            .Where(c => quotas.ContainsKey(c) || inUse.ContainsKey(c))
            .Select(c => new QuotaUsage(c, quotas.GetValueOrDefault(c), inUse.GetValueOrDefault(c)))
            .ToList();
        return new QuotaResponse(organId, items);
    }
}
