using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Features;

/// <summary>Record one reading by hand (Energy_RecordReading): the route.</summary>
internal static class RecordReading
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder readings) =>
        readings.MapPost("/meters/{id:guid}/readings", Handle).WithName("Energy_RecordReading")
            .WithSummary("Record one reading by hand (手工录入读数)")
            .WithDescription("The checks of an import row. An identical reading at the same time is a no-op (outcome Duplicate); another value is 409 energy.reading-conflict unless replace is true (interval meters; a cumulative reading cannot be replaced). A register going backwards that is neither a rollover of its size (previous in the top tenth, new in the bottom tenth) nor after a replacement is 400 energy.register-backwards.")
            .Produces<RecordReadingResponse>().Problems(400, 404, 409, 413, 415, 422)
            .RequireScope(EnergyModule.WriteScope);

    private static async Task<Ok<RecordReadingResponse>> Handle(Guid id, RecordReadingRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new RecordReadingCommand(id, body), ct));
}

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
