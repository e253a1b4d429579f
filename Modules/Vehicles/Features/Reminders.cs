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

internal sealed record CreateReminderCommand(Guid VehicleId, CreateReminderRequest Body) : ICommand<ReminderResponse>;

internal sealed class CreateReminderValidator : AbstractValidator<CreateReminderCommand>
{
    public CreateReminderValidator()
    {
        RuleFor(c => c.Body.Kind).IsInEnum();
        RuleFor(c => c.Body.DueKm).InclusiveBetween(1, 3_000_000);
        RuleFor(c => c.Body.DueOn).NotNull().When(c => c.Body.DueKm is null)
            .WithErrorCode(VehiclesErrors.ReminderDue.Code).WithMessage(_ => VehiclesErrors.ReminderDue.Title);
        RuleFor(c => c.Body.Note).MaximumLength(500);
    }
}

internal sealed class CreateReminderHandler(VehicleRepository vehicles, ReminderRepository reminders, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateReminderCommand, ReminderResponse>
{
    public async Task<ReminderResponse> Handle(CreateReminderCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var vehicle = await vehicles.GetVisibleAsync(command.VehicleId, ct) ?? throw new ProblemException(VehiclesErrors.VehicleNotFound);
        if (vehicle.Status == VehicleStatus.Disposed)
        {
            throw new ProblemException(VehiclesErrors.VehicleDisposed);
        }
        var row = new ReminderRow
        {
            Id = ids.NewId(), VehicleId = vehicle.Id, OrganId = vehicle.OrganId, Kind = b.Kind, DueOn = b.DueOn, DueKm = b.DueKm, Note = b.Note?.Trim(),
            CreatedAt = clock.UtcNow, Plate = vehicle.Plate, OdometerKm = vehicle.OdometerKm,
        };
        await reminders.InsertAsync(row, ct);
        var response = ReminderMapping.ToResponse(row, clock.Today, ReminderMapping.DefaultDays, ReminderMapping.DefaultKm);
        audit.Record("VehicleReminder", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}

internal sealed record CompleteReminderCommand(Guid Id, CompleteReminderRequest Body) : ICommand<ReminderResponse>;

internal sealed class CompleteReminderValidator : AbstractValidator<CompleteReminderCommand>
{
    public CompleteReminderValidator() => RuleFor(c => c.Body.DoneOn).NotEmpty();
}

internal sealed class CompleteReminderHandler(ReminderRepository reminders, AuditTrail audit, BusinessClock clock) : IRequestHandler<CompleteReminderCommand, ReminderResponse>
{
    public async Task<ReminderResponse> Handle(CompleteReminderCommand command, CancellationToken ct)
    {
        var row = await reminders.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(VehiclesErrors.ReminderNotFound);
        if (row.DoneOn is not null)
        {
            throw new ProblemException(VehiclesErrors.ReminderDone);
        }
        await reminders.SetDoneAsync(row.Id, command.Body.DoneOn, ct);
        audit.Record("VehicleReminder", row.Id, row.OrganId, new Dictionary<string, FieldChange> { ["doneOn"] = new(null, command.Body.DoneOn) });
        row.DoneOn = command.Body.DoneOn;
        return ReminderMapping.ToResponse(row, clock.Today, ReminderMapping.DefaultDays, ReminderMapping.DefaultKm);
    }
}

/// <summary>Open reminders in a state today: Overdue, or Upcoming within withinDays / withinKm.</summary>
internal sealed record ListRemindersQuery(ReminderState? State, Guid? OrganId, Guid? VehicleId, int WithinDays, int WithinKm, PageRequest Page)
    : IQuery<PagedResult<ReminderResponse>>;

internal sealed class ListRemindersValidator : AbstractValidator<ListRemindersQuery>
{
    public ListRemindersValidator()
    {
        RuleFor(q => q.WithinDays).InclusiveBetween(0, 366).OverridePropertyName("withinDays");
        RuleFor(q => q.WithinKm).InclusiveBetween(0, 100_000).OverridePropertyName("withinKm");
        RuleFor(q => q.State).Must(s => s is null or ReminderState.Overdue or ReminderState.Upcoming or ReminderState.Later)
            .WithErrorCode(VehiclesErrors.ReminderStateFilter.Code).WithMessage(_ => VehiclesErrors.ReminderStateFilter.Title).OverridePropertyName("state");
    }
}

internal sealed class ListRemindersHandler(ReminderRepository reminders, BusinessClock clock) : IRequestHandler<ListRemindersQuery, PagedResult<ReminderResponse>>
{
    public async Task<PagedResult<ReminderResponse>> Handle(ListRemindersQuery query, CancellationToken ct)
    {
        var today = clock.Today;
        var all = (await reminders.OpenAsync(query.OrganId, query.VehicleId, ct))
            .Select(r => ReminderMapping.ToResponse(r, today, query.WithinDays, query.WithinKm))
            .Where(r => query.State is null || r.State == query.State)
            .OrderBy(r => r.State).ThenBy(r => r.DueOn ?? DateOnly.MaxValue).ThenBy(r => r.Id)
            .ToList();
        return new PagedResult<ReminderResponse>(all.Skip(query.Page.Skip).Take(query.Page.Take).ToList(), query.Page.Page, query.Page.PageSize, all.Count);
    }
}

internal static class ReminderMapping
{
    public const int DefaultDays = 30;
    public const int DefaultKm = 1000;

    /// <summary>Overdue once the date has passed (due today is not yet overdue) or the mileage is reached; Upcoming within the look-ahead.</summary>
    public static ReminderState StateOf(ReminderRow r, DateOnly today, int withinDays, int withinKm)
    {
        if (r.DoneOn is not null)
        {
            return ReminderState.Done;
        }
        if ((r.DueOn is { } on && on < today) || (r.DueKm is { } km && r.OdometerKm >= km))
        {
            return ReminderState.Overdue;
        }
        if ((r.DueOn is { } soon && soon <= today.AddDays(withinDays)) || (r.DueKm is { } near && near - r.OdometerKm <= withinKm))
        {
            return ReminderState.Upcoming;
        }
        return ReminderState.Later;
    }

    public static ReminderResponse ToResponse(ReminderRow r, DateOnly today, int withinDays, int withinKm) => new(
        r.Id, r.VehicleId, r.OrganId, r.Plate, r.Kind, r.DueOn, r.DueKm, r.OdometerKm, r.Note, r.DoneOn, StateOf(r, today, withinDays, withinKm), r.CreatedAt);
}
