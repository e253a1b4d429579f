using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Costs.Data;
using OrganAffairs.Costs.Domain;
using OrganAffairs.Costs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Costs.Features;

/// <summary>Publish an organ's disclosure pack (Costs_PublishDisclosure): the route.</summary>
internal static class PublishDisclosure
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder disclosures) =>
        disclosures.MapPost("/{organId:guid}/{year:int}/publish", Handle).WithName("Costs_PublishDisclosure")
            .WithSummary("Publish (公开) an organ's 三公经费 disclosure pack: Draft → Published, frozen")
            .WithDescription("Each line whose change passes the threshold needs a reason (T4): 422 costs.reason-missing names the lines otherwise. A pack is published once (409 costs.disclosure-published). Published after its due date it stays marked overdue (T3). Audited.")
            .Produces<DisclosureResponse>().Problems(400, 404, 409, 422)
            .RequireScope(CostsModule.WriteScope);

    private static async Task<Ok<DisclosureResponse>> Handle(Guid organId, int year, PublishDisclosureRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new PublishDisclosureCommand(organId, year, body), ct));
}

internal sealed record PublishDisclosureCommand(Guid OrganId, int Year, PublishDisclosureRequest Body) : ICommand<DisclosureResponse>;

internal sealed class PublishDisclosureValidator : AbstractValidator<PublishDisclosureCommand>
{
    public PublishDisclosureValidator()
    {
        RuleFor(c => c.Year).Year();
        RuleFor(c => c.Body.Kind).IsInEnum();
        RuleFor(c => c.Body.Reasons).NotNull().Must(r => r.Select(x => x.Line).Distinct().Count() == r.Count)
            .WithErrorCode(CostsErrors.LineRepeated.Code).WithMessage(_ => CostsErrors.LineRepeated.Title);
        RuleForEach(c => c.Body.Reasons).ChildRules(reason =>
        {
            reason.RuleFor(r => r.Line).IsInEnum();
            reason.RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
        });
    }
}

internal sealed class PublishDisclosureHandler(DisclosurePacks packs, DisclosureRepository disclosures, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<PublishDisclosureCommand, DisclosureResponse>
{
    public async Task<DisclosureResponse> Handle(PublishDisclosureCommand command, CancellationToken ct)
    {
        var draft = await packs.GetAsync(command.OrganId, command.Year, command.Body.Kind, ct);
        if (draft.Status == DisclosureStatus.Published)
        {
            throw new ProblemException(CostsErrors.DisclosurePublished);
        }
        var reasons = command.Body.Reasons.ToDictionary(r => r.Line, r => r.Reason.Trim());
        var missing = draft.Lines.Where(l => l.ReasonRequired && !reasons.ContainsKey(l.Line)).Select(l => l.Line).ToList();
        if (missing.Count > 0)
        {
            throw new ProblemException(CostsErrors.ReasonMissing, detail: $"T4: {string.Join(", ", missing)}");
        }
        var now = clock.UtcNow;
        var published = draft with
        {
            Status = DisclosureStatus.Published,
            PublishedAt = now,
            Overdue = DisclosureRules.IsOverdue(draft.DueOn, clock.Today, clock.Today),
            Lines = draft.Lines.Select(l => l with { Reason = reasons.GetValueOrDefault(l.Line) }).ToList(),
        };
        var row = new DisclosureRow { Id = ids.NewId(), OrganId = command.OrganId, Year = command.Year, Kind = command.Body.Kind, Content = DisclosurePacks.Freeze(published), PublishedAt = now };
        try
        {
            await disclosures.InsertAsync(row, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(CostsErrors.DisclosurePublished);
        }
        audit.Record("CostsDisclosure", row.Id, row.OrganId, AuditTrail.Diff(null, new { published.Kind, published.Year, published.Status, published.DueOn, published.Overdue, published.CurrentTotal }));
        return published;
    }
}
