using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Add a version of a meeting class's caps (Logistics_CreateMeetingClass): the route.</summary>
internal static class CreateMeetingClass
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/meeting-classes", Handle).WithName("Logistics_CreateMeetingClass")
            .WithSummary("Add a version of a meeting class's caps; the version it supersedes ends the day before (新增会议费开支标准版本)")
            .WithDescription("The all-in daily cap per person and the attendee cap of one meeting class, for a jurisdiction; a meeting is checked against the most specific version in force for its organ's division on its first day. Rule edits are new versions, never overwrites. Cite the source document. Admin scope, bureau only.")
            .Produces<MeetingClassResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<MeetingClassResponse>> Handle(CreateMeetingClassRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateMeetingClassCommand(body), ct);
        return TypedResults.Created($"{LogisticsEndpoints.Root}/rules/meeting-classes?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateMeetingClassCommand(CreateMeetingClassRequest Body) : ICommand<MeetingClassResponse>;

internal sealed class CreateMeetingClassValidator : AbstractValidator<CreateMeetingClassCommand>
{
    public CreateMeetingClassValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).Source();
        RuleFor(c => c.Body.Confidence).Confidence();
        RuleFor(c => c.Body.Class).IsInEnum();
        RuleFor(c => c.Body.DailyCapPerPerson).Must(v => v > 0 && Yuan.IsValid(v)).WithErrorCode(Shared.Errors.FieldErrors.OutOfRange.Code);
        RuleFor(c => c.Body.MaxAttendees).InclusiveBetween(1, 100_000).When(c => c.Body.MaxAttendees is not null);
    }
}

internal sealed class CreateMeetingClassHandler(RuleVersioning versioning, OrganScope scope) : IRequestHandler<CreateMeetingClassCommand, MeetingClassResponse>
{
    public Task<MeetingClassResponse> Handle(CreateMeetingClassCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        return versioning.AddAsync(MeetingRuleTables.MeetingClasses, MeetingClassRules.Kind, MeetingClassRules.KeyOf(b.Class), new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            RuleJson.Write(new MeetingClassValue(Yuan.ToFen(b.DailyCapPerPerson), b.MaxAttendees)), b.Source, b.Confidence, b.DocumentId, MeetingMapping.ToMeetingClass, ct);
    }
}
