using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Time;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Features;

internal sealed record CreateDriverCommand(CreateDriverRequest Body) : ICommand<DriverResponse>;

internal sealed class CreateDriverValidator : AbstractValidator<CreateDriverCommand>
{
    public CreateDriverValidator()
    {
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.LicenceClass).NotEmpty().MaximumLength(10);
        RuleFor(c => c.Body.LicenceExpiresOn).NotEmpty();
    }
}

internal sealed class CreateDriverHandler(DriverRepository drivers, RuleRepository rules, IMediator mediator, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateDriverCommand, DriverResponse>
{
    public async Task<DriverResponse> Handle(CreateDriverCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var organ = await VehicleRules.OrganAsync(mediator, b.OrganId, "organId", ct);
        await DriverMapping.EnsureClassAsync(rules, b.LicenceClass, organ.DivisionCode, clock.Today, ct);
        var now = clock.UtcNow;
        var row = new DriverRow
        {
            Id = ids.NewId(), OrganId = organ.Id, Name = b.Name.Trim(), LicenceClass = b.LicenceClass, LicenceExpiresOn = b.LicenceExpiresOn,
            Status = DriverStatus.Active, Version = 1, CreatedAt = now, UpdatedAt = now,
        };
        await drivers.InsertAsync(row, ct);
        var response = row.ToResponse();
        audit.Record("Driver", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}

internal sealed record UpdateDriverCommand(Guid Id, long ExpectedVersion, UpdateDriverRequest Body) : ICommand<DriverResponse>;

internal sealed class UpdateDriverValidator : AbstractValidator<UpdateDriverCommand>
{
    public UpdateDriverValidator()
    {
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.LicenceClass).NotEmpty().MaximumLength(10);
        RuleFor(c => c.Body.LicenceExpiresOn).NotEmpty();
        RuleFor(c => c.Body.Status).IsInEnum();
    }
}

internal sealed class UpdateDriverHandler(DriverRepository drivers, RuleRepository rules, IMediator mediator, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<UpdateDriverCommand, DriverResponse>
{
    public async Task<DriverResponse> Handle(UpdateDriverCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var row = await drivers.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(VehiclesErrors.DriverNotFound);
        if (row.Version != command.ExpectedVersion)
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        if (b.LicenceClass != row.LicenceClass)
        {
            var organ = await VehicleRules.OrganAsync(mediator, row.OrganId, "organId", ct);
            await DriverMapping.EnsureClassAsync(rules, b.LicenceClass, organ.DivisionCode, clock.Today, ct);
        }
        var before = row.ToResponse();
        row.Name = b.Name.Trim();
        row.LicenceClass = b.LicenceClass;
        row.LicenceExpiresOn = b.LicenceExpiresOn;
        row.Status = b.Status;
        row.Version = command.ExpectedVersion + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await drivers.UpdateAsync(row, command.ExpectedVersion, ct))
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        var after = row.ToResponse();
        audit.Record("Driver", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}

internal sealed record GetDriverQuery(Guid Id) : IQuery<DriverResponse>;

internal sealed class GetDriverHandler(DriverRepository drivers) : IRequestHandler<GetDriverQuery, DriverResponse>
{
    public async Task<DriverResponse> Handle(GetDriverQuery query, CancellationToken ct) =>
        (await drivers.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(VehiclesErrors.DriverNotFound)).ToResponse();
}

internal sealed record ListDriversQuery(DriverFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<DriverResponse>>;

internal sealed class ListDriversValidator : AbstractValidator<ListDriversQuery>
{
    public ListDriversValidator()
    {
        RuleFor(q => q.Filter.Search).MaximumLength(100).OverridePropertyName("q");
        RuleFor(q => q.Sort).MaximumLength(200);
    }
}

internal sealed class ListDriversHandler(DriverRepository drivers) : IRequestHandler<ListDriversQuery, PagedResult<DriverResponse>>
{
    public async Task<PagedResult<DriverResponse>> Handle(ListDriversQuery query, CancellationToken ct)
    {
        var (rows, total) = await drivers.ListAsync(query.Filter, query.Page, DriverRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<DriverResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

internal static class DriverMapping
{
    public static DriverResponse ToResponse(this DriverRow r) =>
        new(r.Id, r.OrganId, r.Name, r.LicenceClass, r.LicenceExpiresOn, r.Status, r.Version, r.CreatedAt, r.UpdatedAt);

    /// <summary>The licence class in force for the division today; unknown → 400 on the field.</summary>
    public static async Task<LicenceClassValue> EnsureClassAsync(RuleRepository rules, string licenceClass, string divisionCode, DateOnly on, CancellationToken ct) =>
        (await rules.InForceAsync(RuleKinds.LicenceClass, divisionCode, on, ct)).FirstOrDefault(r => r.RuleKey == licenceClass) is { } rule
            ? RuleJson.Read<LicenceClassValue>(rule.Value)
            : throw ProblemException.ForField(VehiclesErrors.LicenceClassUnknown, "licenceClass");
}
