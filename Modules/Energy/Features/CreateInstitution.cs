using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.References;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Features;

/// <summary>Register a public institution (公共机构) for an organ (Energy_CreateInstitution): the route.</summary>
internal static class CreateInstitution
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder institutions) =>
        institutions.MapPost("/", Handle).WithName("Energy_CreateInstitution")
            .WithSummary("Register a public institution (公共机构) for an organ")
            .WithDescription("One institution per organ (409 energy.organ-has-institution); the directory code (名录库编码) is unique (409). The bureau's work (403 auth.bureau-only). Accepts Idempotency-Key.")
            .Produces<InstitutionResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(EnergyModule.WriteScope);

    private static async Task<Created<InstitutionResponse>> Handle(CreateInstitutionRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var institution = await mediator.Send(new CreateInstitutionCommand(body), ct);
        return ETags.Created(http, $"{EnergyEndpoints.Root}/institutions/{institution.Id}", institution, i => i.Version);
    }
}

internal sealed record CreateInstitutionCommand(CreateInstitutionRequest Body) : ICommand<InstitutionResponse>;

internal sealed class CreateInstitutionValidator : AbstractValidator<CreateInstitutionCommand>
{
    public CreateInstitutionValidator()
    {
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.DirectoryCode).DirectoryCode();
    }
}

internal sealed class CreateInstitutionHandler(InstitutionRepository institutions, IMediator mediator, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateInstitutionCommand, InstitutionResponse>
{
    public async Task<InstitutionResponse> Handle(CreateInstitutionCommand command, CancellationToken ct)
    {
        // The directory (名录库) is kept by the bureau.
        scope.EnsureSeesAll();
        var b = command.Body;
        var organ = await OrganReferences.ActiveAsync(mediator, b.OrganId, "organId", EnergyErrors.OrganRefNotFound, ct);
        if (await institutions.GetByOrganAsync(b.OrganId, ct) is not null)
        {
            throw new ProblemException(EnergyErrors.OrganHasInstitution);
        }
        var code = b.DirectoryCode.Trim();
        if (await institutions.DirectoryCodeTakenAsync(code, null, ct))
        {
            throw new ProblemException(EnergyErrors.DirectoryCodeTaken);
        }
        var now = clock.UtcNow;
        var row = new InstitutionRow { Id = ids.NewId(), OrganId = b.OrganId, Name = b.Name.Trim(), DirectoryCode = code, Version = 1, CreatedAt = now, UpdatedAt = now };
        try
        {
            await institutions.InsertAsync(row, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(EnergyErrors.OrganHasInstitution);
        }
        audit.Record("PublicInstitution", row.Id, row.OrganId, AuditTrail.Diff(null, row.ToResponse()));
        return row.ToResponse();
    }
}
