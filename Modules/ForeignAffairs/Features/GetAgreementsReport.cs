using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>The agreements report (ForeignAffairs_GetAgreementsReport): agreements by type and state, marking those expiring.</summary>
internal static class GetAgreementsReport
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reports) =>
        reports.MapGet("/agreements", Handle).WithName("ForeignAffairs_GetAgreementsReport")
            .WithSummary("Sister cities and agreements by type and state, marking those expiring, as JSON or CSV (友好城市和协议报表)")
            .WithDescription("The agreements the caller sees (one keeping organ with organId; another organ's is 404), ordered by type, state and expiry; filters type and state. expiring marks signed agreements expiring between asOf (default today) and asOf + withinDays (1–3650, default 90), both included; expiringOnly=true keeps only those. Each row carries the renewal reminder day and the next 10-year anniversary as of asOf. `format=Csv` (or Accept: text/csv) answers text/csv in UTF-8 with a header row: agreementId,organId,partnerCity,partnerCountry,type,state,signedOn,expiresOn,expiring,renewalReminderOn,nextAnniversaryOn.")
            .Produces<IReadOnlyList<AgreementReportRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400, 404).StrictEnums<AgreementsReportParameters>()
            .RequireScope(ForeignAffairsModule.ReadScope);

    private static async Task<IResult> Handle([AsParameters] AgreementsReportParameters p, IMediator mediator, HttpContext http, CancellationToken ct) =>
        Csv.Answer(p.Format, http, await mediator.Send(new AgreementsReportQuery(p.OrganId, p.Type, p.State, p.AsOf, p.WithinDays, p.ExpiringOnly ?? false), ct), Columns);

    private static readonly IReadOnlyList<(string Header, Func<AgreementReportRow, object?> Value)> Columns =
    [
        ("agreementId", r => r.AgreementId), ("organId", r => r.OrganId), ("partnerCity", r => r.PartnerCity), ("partnerCountry", r => r.PartnerCountry),
        ("type", r => r.Type), ("state", r => r.State), ("signedOn", r => r.SignedOn), ("expiresOn", r => r.ExpiresOn), ("expiring", r => r.Expiring),
        ("renewalReminderOn", r => r.RenewalReminderOn), ("nextAnniversaryOn", r => r.NextAnniversaryOn),
    ];
}

/// <summary>Query parameters of GET /api/v1/foreign-affairs/reports/agreements.</summary>
internal sealed record AgreementsReportParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "type")] public AgreementType? Type { get; init; }
    [FromQuery(Name = "state")] public AgreementState? State { get; init; }
    [FromQuery(Name = "asOf")] public DateOnly? AsOf { get; init; }
    [FromQuery(Name = "withinDays")] public int? WithinDays { get; init; }
    [FromQuery(Name = "expiringOnly")] public bool? ExpiringOnly { get; init; }
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}

internal sealed record AgreementsReportQuery(Guid? OrganId, AgreementType? Type, AgreementState? State, DateOnly? AsOf, int? WithinDays, bool ExpiringOnly)
    : IQuery<IReadOnlyList<AgreementReportRow>>;

internal sealed class AgreementsReportValidator : AbstractValidator<AgreementsReportQuery>
{
    public AgreementsReportValidator()
    {
        RuleFor(q => q.WithinDays).InclusiveBetween(1, 3650);
        RuleFor(q => q.AsOf!.Value.Year).InclusiveBetween(2000, 2100).When(q => q.AsOf is not null).OverridePropertyName("asOf");
    }
}

internal sealed class AgreementsReportHandler(AgreementRepository agreements, OrganScope scope, BusinessClock clock)
    : IRequestHandler<AgreementsReportQuery, IReadOnlyList<AgreementReportRow>>
{
    public async Task<IReadOnlyList<AgreementReportRow>> Handle(AgreementsReportQuery query, CancellationToken ct)
    {
        if (query.OrganId is { } organId)
        {
            await scope.EnsureVisibleAsync(organId, ForeignAffairsErrors.OrganNotFound, ct);
        }
        var asOf = query.AsOf ?? clock.Today;
        var until = asOf.AddDays(query.WithinDays ?? 90);
        return (await agreements.VisibleAsync(query.OrganId, query.Type, query.State, ct)).Select(r =>
        {
            var signed = r.State == AgreementState.Signed;
            var expiring = signed && r.ExpiresOn is { } e && e >= asOf && e <= until;
            DateOnly? anniversary = signed && r.SignedOn is { } s ? AgreementChain.NextAnniversary(s, asOf).On : null;
            return new AgreementReportRow(r.Id, r.OrganId, r.PartnerCity, r.PartnerCountry, r.Type, r.State, r.SignedOn, r.ExpiresOn, expiring,
                r.ExpiresOn is { } x ? AgreementChain.ReminderOn(x, r.RenewalReminderDays) : null, anniversary);
        }).Where(r => !query.ExpiringOnly || r.Expiring).ToList();
    }
}
