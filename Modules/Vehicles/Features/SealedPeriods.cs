using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Data;

namespace OrganAffairs.Vehicles.Features;

internal sealed record CreateSealedPeriodCommand(CreateSealedPeriodRequest Body) : ICommand<SealedPeriodResponse>;

internal sealed class CreateSealedPeriodValidator : AbstractValidator<CreateSealedPeriodCommand>
{
    public CreateSealedPeriodValidator()
    {
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.StartsOn).NotEmpty();
        RuleFor(c => c.Body.EndsOn).Must((c, end) => end >= c.Body.StartsOn && end.DayNumber - c.Body.StartsOn.DayNumber <= 366)
            .WithErrorCode(VehiclesErrors.SealedPeriodInvalid.Code).WithMessage(_ => VehiclesErrors.SealedPeriodInvalid.Title);
    }
}

/// <summary>节假日封存: the bureau keeps the calendar of sealed periods.</summary>
internal sealed class CreateSealedPeriodHandler(TripRepository trips, OrganScope scope, AuditTrail audit, IdGenerator ids)
    : IRequestHandler<CreateSealedPeriodCommand, SealedPeriodResponse>
{
    public async Task<SealedPeriodResponse> Handle(CreateSealedPeriodCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var row = new SealedPeriodRow { Id = ids.NewId(), Name = command.Body.Name.Trim(), StartsOn = command.Body.StartsOn, EndsOn = command.Body.EndsOn };
        await trips.InsertSealedPeriodAsync(row, ct);
        var response = new SealedPeriodResponse(row.Id, row.Name, row.StartsOn, row.EndsOn);
        audit.Record("SealedPeriod", row.Id, null, AuditTrail.Diff(null, response));
        return response;
    }
}

internal sealed record ListSealedPeriodsQuery(DateOnly? From, DateOnly? To) : IQuery<IReadOnlyList<SealedPeriodResponse>>;

internal sealed class ListSealedPeriodsHandler(TripRepository trips) : IRequestHandler<ListSealedPeriodsQuery, IReadOnlyList<SealedPeriodResponse>>
{
    public async Task<IReadOnlyList<SealedPeriodResponse>> Handle(ListSealedPeriodsQuery query, CancellationToken ct) =>
        (await trips.SealedPeriodsAsync(query.From, query.To, ct)).Select(r => new SealedPeriodResponse(r.Id, r.Name, r.StartsOn, r.EndsOn)).ToList();
}
