using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Support;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

/// <summary>Vacate an office (腾退); the record is kept (Buildings_ReleaseAssignment): the route.</summary>
internal static class ReleaseAssignment
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder assignments) =>
        assignments.MapPost("/{id:guid}/release", Handle).WithName("Buildings_ReleaseAssignment")
            .WithSummary("Vacate an office (腾退); the record is kept")
            .WithDescription("The office is in use until the day before releasedOn; open recovery cases of it close. Already released: 409.")
            .Produces<AssignmentResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(BuildingsModule.WriteScope);

    private static async Task<Ok<AssignmentResponse>> Handle(Guid id, ReleaseRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ReleaseAssignmentCommand(id, body), ct), a => a.Version);
}

internal sealed record ReleaseAssignmentCommand(Guid Id, ReleaseRequest Body) : ICommand<AssignmentResponse>;

internal sealed class ReleaseAssignmentValidator : AbstractValidator<ReleaseAssignmentCommand>
{
    public ReleaseAssignmentValidator()
    {
        RuleFor(c => c.Body.ReleasedOn).NotEmpty();
        RuleFor(c => c.Body.Reason).NotEmpty().MaximumLength(500);
    }
}

/// <summary>An office is vacated (腾退); open recovery cases of it close.</summary>
internal sealed class ReleaseAssignmentHandler(OfficeRepository offices, OfficeRelease release)
    : IRequestHandler<ReleaseAssignmentCommand, AssignmentResponse>
{
    public async Task<AssignmentResponse> Handle(ReleaseAssignmentCommand command, CancellationToken ct)
    {
        var row = await offices.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(BuildingsErrors.AssignmentNotFound);
        if (row.Status == HoldingStatus.Released)
        {
            throw new ProblemException(BuildingsErrors.AssignmentReleased);
        }
        if (command.Body.ReleasedOn < row.StartedOn)
        {
            throw ProblemException.ForField(BuildingsErrors.ReleaseBeforeStart, "releasedOn");
        }
        await release.ReleaseAsync(row, command.Body.ReleasedOn, command.Body.Reason.Trim(), ct);
        return row.ToResponse();
    }
}
