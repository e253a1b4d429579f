using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Domain;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Guidance.Features;

/// <summary>Define a report type (Guidance_CreateReportType): the route.</summary>
internal static class CreateReportType
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder types) =>
        types.MapPost("/", Handle).WithName("Guidance_CreateReportType")
            .WithSummary("Define a report type that lower-level bureaus fill in (定义报表类型)")
            .WithDescription("The bureau's own work (403 `auth.bureau-only` for others). `formSchema` is an object JSON Schema whose references are local " +
                             "(`#/…`), else 400 `guidance.form-schema-invalid`; submissions are checked against it when sent, and its number and integer " +
                             "properties are summed in a cycle's summary. `code` keys the due-date rule (`/rules/report-due`); a code in use is 409 " +
                             "`guidance.report-type-exists`. Accepts Idempotency-Key.")
            .Produces<ReportTypeResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Created<ReportTypeResponse>> Handle(CreateReportTypeRequest body, IMediator mediator, CancellationToken ct)
    {
        var type = await mediator.Send(new CreateReportTypeCommand(body), ct);
        return TypedResults.Created($"{GuidanceEndpoints.Root}/report-types/{type.Id}", type);
    }
}

internal sealed record CreateReportTypeCommand(CreateReportTypeRequest Body) : ICommand<ReportTypeResponse>;

internal sealed class CreateReportTypeValidator : AbstractValidator<CreateReportTypeCommand>
{
    public CreateReportTypeValidator()
    {
        RuleFor(c => c.Body.Code).NotEmpty().Must(ReportTypeCodes.IsCode)
            .WithErrorCode(GuidanceErrors.ReportCode.Code).WithMessage(_ => GuidanceErrors.ReportCode.Title);
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.Period).IsInEnum();
        RuleFor(c => c.Body.Description).MaximumLength(2000);
        RuleFor(c => c.Body.FormSchema).Must(s => s.ValueKind == System.Text.Json.JsonValueKind.Object && s.GetRawText().Length <= 100_000)
            .WithErrorCode(GuidanceErrors.FormSchemaInvalid.Code).WithMessage(_ => GuidanceErrors.FormSchemaInvalid.Title);
    }
}

internal sealed class CreateReportTypeHandler(ReportingRepository reports, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateReportTypeCommand, ReportTypeResponse>
{
    public async Task<ReportTypeResponse> Handle(CreateReportTypeCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        if (!await ReportFormValidation.IsValidSchemaAsync(b.FormSchema, ct))
        {
            throw ProblemException.ForField(GuidanceErrors.FormSchemaInvalid, "formSchema");
        }
        if (await reports.GetTypeByCodeAsync(b.Code, ct) is not null)
        {
            throw new ProblemException(GuidanceErrors.ReportTypeExists);
        }
        var row = new ReportTypeRow
        {
            Id = ids.NewId(), Code = b.Code, Name = b.Name.Trim(), Period = b.Period.ToString(), FormSchema = b.FormSchema.GetRawText(),
            Description = string.IsNullOrWhiteSpace(b.Description) ? null : b.Description.Trim(), CreatedAt = clock.UtcNow,
        };
        try
        {
            await reports.InsertTypeAsync(row, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(GuidanceErrors.ReportTypeExists);
        }
        var response = row.ToResponse();
        audit.Record("ReportType", row.Id, null, AuditTrail.Diff(null, response));
        return response;
    }
}

/// <summary>The shape of a report type's code.</summary>
internal static class ReportTypeCodes
{
    public static bool IsCode(string? code) =>
        code is { Length: > 0 and <= 60 } && code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && code[0] != '-' && code[^1] != '-';
}
