using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Reception.Features;

/// <summary>A reception's reimbursement pack (Reception_GetReimbursementPack): the route.</summary>
internal static class GetReimbursementPack
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder receptions) =>
        receptions.MapGet("/{id:guid}/pack", Handle).WithName("Reception_GetReimbursementPack")
            .WithSummary("The reimbursement pack (报销材料): letter, approval, signed list, cost lines and payment references")
            .WithDescription("`complete` says whether the reception may settle; `missing` names what it lacks (letter, approval, signed-list, cost-lines, receipt-references, approved-explanations). `format=Csv` (or `Accept: text/csv` without a format) answers the cost lines as text/csv, one row per line with the letter number and the list version.")
            .Produces<ReimbursementPackResponse>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400, 404).StrictEnums<PackParameters>()
            .RequireScope(ReceptionModule.ReadScope);

    private static async Task<IResult> Handle(Guid id, [AsParameters] PackParameters p, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var pack = await mediator.Send(new GetReimbursementPackQuery(id), ct);
        if (!Csv.Wanted(p.Format, http))
        {
            return TypedResults.Ok(pack);
        }
        return Csv.Response(Csv.Write(pack.Costs, [
            ("receptionId", c => c.ReceptionId), ("title", _ => pack.Reception.Title), ("letterNumber", _ => pack.Letter?.LetterNumber),
            ("sender", _ => pack.Letter?.SenderName), ("status", _ => pack.Reception.Status), ("listVersion", _ => pack.List?.Version),
            ("costId", c => c.Id), ("incurredOn", c => c.IncurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("category", c => c.Category),
            ("amount", c => c.Amount), ("paymentMethod", c => c.PaymentMethod), ("receiptReference", c => c.ReceiptReference), ("overStandard", c => c.OverStandard),
            ("explanation", c => c.OverStandardExplanation)]));
    }
}

/// <summary>Query parameters of GET /api/v1/reception/{id}/pack.</summary>
internal sealed record PackParameters
{
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}

internal sealed record GetReimbursementPackQuery(Guid ReceptionId) : IQuery<ReimbursementPackResponse>;

internal sealed class GetReimbursementPackHandler(ReceptionRepository receptions, ReimbursementPacks packs) : IRequestHandler<GetReimbursementPackQuery, ReimbursementPackResponse>
{
    public async Task<ReimbursementPackResponse> Handle(GetReimbursementPackQuery query, CancellationToken ct) =>
        await packs.AssembleAsync(await receptions.GetVisibleAsync(query.ReceptionId, ct) ?? throw new ProblemException(ReceptionErrors.ReceptionNotFound), ct);
}
