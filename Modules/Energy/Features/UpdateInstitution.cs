using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Features;

/// <summary>Rename an institution or change its directory code (If-Match required; the bureau's work) (Energy_UpdateInstitution): the route.</summary>
internal static class UpdateInstitution
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder institutions) =>
        institutions.MapPut("/{id:guid}", Handle).WithName("Energy_UpdateInstitution")
            .WithSummary("Rename an institution or change its directory code (If-Match required; the bureau's work; 修改公共机构)")
            .WithDescription("The organ it belongs to never changes. The directory code stays unique (409). Audited old → new.")
            .Produces<InstitutionResponse>().UpdateProblems(403)
            .RequireScope(EnergyModule.WriteScope);

    private static async Task<Ok<InstitutionResponse>> Handle(Guid id, UpdateInstitutionRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateInstitutionCommand(id, ETags.RequireIfMatch(http), body), ct), i => i.Version);
}

internal sealed record UpdateInstitutionCommand(Guid Id, IfMatch IfMatch, UpdateInstitutionRequest Body) : ICommand<InstitutionResponse>;

internal sealed class UpdateInstitutionValidator : AbstractValidator<UpdateInstitutionCommand>
{
    public UpdateInstitutionValidator()
    {
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.DirectoryCode).DirectoryCode();
    }
}

internal sealed class UpdateInstitutionHandler(InstitutionRepository institutions, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<UpdateInstitutionCommand, InstitutionResponse>
{
    public async Task<InstitutionResponse> Handle(UpdateInstitutionCommand command, CancellationToken ct)
    {
        var before = await institutions.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(EnergyErrors.InstitutionNotFound);
        scope.EnsureSeesAll();
        var expectedVersion = command.IfMatch.Against(before.Version);
        var code = command.Body.DirectoryCode.Trim();
        if (await institutions.DirectoryCodeTakenAsync(code, before.Id, ct))
        {
            throw new ProblemException(EnergyErrors.DirectoryCodeTaken);
        }
        var after = new InstitutionRow
        {
            Id = before.Id, OrganId = before.OrganId, Name = command.Body.Name.Trim(), DirectoryCode = code, Version = before.Version + 1,
            CreatedAt = before.CreatedAt, UpdatedAt = clock.UtcNow,
        };
        if (await institutions.UpdateAsync(after, expectedVersion, ct) == 0)
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        audit.Record("PublicInstitution", after.Id, after.OrganId, AuditTrail.Diff(before.ToResponse(), after.ToResponse()));
        return after.ToResponse();
    }
}
