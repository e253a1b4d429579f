using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Energy.Features;

/// <summary>One reading entered by hand: the same checks as an import row, and the error as the answer.</summary>
internal sealed record RecordReadingCommand(Guid MeterId, RecordReadingRequest Body) : ICommand<RecordReadingResponse>;

internal sealed class RecordReadingValidator : AbstractValidator<RecordReadingCommand>
{
    public RecordReadingValidator()
    {
        RuleFor(c => c.Body.ReadAt).NotEmpty();
        RuleFor(c => c.Body.Value).GreaterThanOrEqualTo(0).WithErrorCode(EnergyErrors.ValueNegative.Code).WithMessage(_ => EnergyErrors.ValueNegative.Title);
        RuleFor(c => c.Body.Value).Must(v => Scaled.IsMilli(v) && v * 1000m <= ReadingSource.MaxValueMilli)
            .WithErrorCode(EnergyErrors.ValueInvalid.Code).WithMessage(_ => EnergyErrors.ValueInvalid.Title);
    }
}

internal sealed class RecordReadingHandler(MeterRepository meters, ReadingProcessor processor, OverrunDetector overruns)
    : IRequestHandler<RecordReadingCommand, RecordReadingResponse>
{
    public async Task<RecordReadingResponse> Handle(RecordReadingCommand command, CancellationToken ct)
    {
        _ = await meters.GetVisibleAsync(command.MeterId, ct) ?? throw new ProblemException(EnergyErrors.MeterNotFound);
        var b = command.Body;
        var row = new ParsedReading(1, command.MeterId, ReadingSource.Normalise(b.ReadAt), Scaled.Milli(b.Value));
        var outcome = await processor.ProcessAsync([row], b.Replace ? DuplicatePolicy.Replace : DuplicatePolicy.Reject, null, write: true, [], ct);
        if (outcome.Errors.Count > 0)
        {
            var error = outcome.Errors[0];
            throw error.Code.Status == 400
                ? new ProblemException(SharedErrors.ValidationFailed, outcome.Errors.Select(e => new FieldError(e.Field ?? "", e.Code.Code, e.Detail is null ? e.Code.Title : $"{e.Code.Title} ({e.Detail})")).ToList())
                : new ProblemException(error.Code, detail: error.Detail);
        }
        await overruns.CheckAsync(outcome.Touched, ct);
        var outcomeName = outcome.Accepted > 0 ? "Created" : outcome.Replaced > 0 ? "Replaced" : "Duplicate";
        return new RecordReadingResponse(outcomeName, outcome.Stored[1].ToResponse());
    }
}

internal sealed record ListReadingsQuery(Guid MeterId, DateTimeOffset? From, DateTimeOffset? To, Shared.Http.PageRequest Page) : IQuery<PagedResult<ReadingResponse>>;

internal sealed class ListReadingsValidator : AbstractValidator<ListReadingsQuery>
{
    public ListReadingsValidator() =>
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).OverridePropertyName("to");
}

internal sealed class ListReadingsHandler(MeterRepository meters, ReadingRepository readings) : IRequestHandler<ListReadingsQuery, PagedResult<ReadingResponse>>
{
    public async Task<PagedResult<ReadingResponse>> Handle(ListReadingsQuery query, CancellationToken ct)
    {
        _ = await meters.GetVisibleAsync(query.MeterId, ct) ?? throw new ProblemException(EnergyErrors.MeterNotFound);
        var (rows, total) = await readings.ListAsync(query.MeterId, query.From?.ToUniversalTime(), query.To?.ToUniversalTime(), query.Page, ct);
        return new PagedResult<ReadingResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
