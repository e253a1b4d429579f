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

namespace OrganAffairs.Vehicles.Features;

internal sealed record CreateTripCommand(CreateTripRequest Body) : ICommand<TripResponse>;

internal sealed class CreateTripValidator : AbstractValidator<CreateTripCommand>
{
    public CreateTripValidator()
    {
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.Applicant).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.Purpose).NotEmpty().MaximumLength(500);
        RuleFor(c => c.Body.Passengers).InclusiveBetween(1, 79);
        RuleFor(c => c.Body.Origin).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.Destination).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.StartsAt).NotEmpty();
        RuleFor(c => c.Body.EndsAt).Must((c, end) => end > c.Body.StartsAt && end - c.Body.StartsAt <= Data.TripRepository.MaxTripLength)
            .WithErrorCode(VehiclesErrors.TripWindow.Code).WithMessage(_ => VehiclesErrors.TripWindow.Title);
    }
}

internal sealed class CreateTripHandler(TripRepository trips, IMediator mediator, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateTripCommand, TripResponse>
{
    public async Task<TripResponse> Handle(CreateTripCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var organ = await VehicleRules.OrganAsync(mediator, b.OrganId, "organId", ct);
        var now = clock.UtcNow;
        var row = new TripRow
        {
            Id = ids.NewId(), OrganId = organ.Id, Applicant = b.Applicant.Trim(), Purpose = b.Purpose.Trim(), Passengers = b.Passengers,
            Origin = b.Origin.Trim(), Destination = b.Destination.Trim(), StartsAt = b.StartsAt.ToUniversalTime(), EndsAt = b.EndsAt.ToUniversalTime(),
            Status = TripStatus.Requested, Version = 1, CreatedAt = now, UpdatedAt = now,
        };
        await trips.InsertAsync(row, ct);
        var response = row.ToResponse();
        audit.Record("Trip", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}

internal sealed record GetTripQuery(Guid Id) : IQuery<TripResponse>;

internal sealed class GetTripHandler(TripRepository trips) : IRequestHandler<GetTripQuery, TripResponse>
{
    public async Task<TripResponse> Handle(GetTripQuery query, CancellationToken ct) =>
        (await trips.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(VehiclesErrors.TripNotFound)).ToResponse();
}

internal sealed record ListTripsQuery(TripFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<TripResponse>>;

internal sealed class ListTripsValidator : AbstractValidator<ListTripsQuery>
{
    public ListTripsValidator() => RuleFor(q => q.Sort).MaximumLength(200);
}

internal sealed class ListTripsHandler(TripRepository trips) : IRequestHandler<ListTripsQuery, PagedResult<TripResponse>>
{
    public async Task<PagedResult<TripResponse>> Handle(ListTripsQuery query, CancellationToken ct)
    {
        var (rows, total) = await trips.ListAsync(query.Filter, query.Page, TripRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<TripResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
