using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Features;

internal static class InstitutionValidation
{
    public static IRuleBuilderOptions<T, string> DirectoryCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(c => c is { Length: <= 30 } && c.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-'))
            .WithErrorCode(EnergyErrors.DirectoryCodeInvalid.Code).WithMessage(_ => EnergyErrors.DirectoryCodeInvalid.Title);

    public static IRuleBuilderOptions<T, int> Year<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(2000, 2100).WithErrorCode(EnergyErrors.YearInvalid.Code).WithMessage(_ => EnergyErrors.YearInvalid.Title);
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
        var organ = await mediator.Send(new GetOrganQuery(b.OrganId), ct);
        if (organ is null || organ.Status != OrganStatus.Active)
        {
            throw ProblemException.ForField(EnergyErrors.OrganRefNotFound, "organId");
        }
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

internal sealed record GetInstitutionQuery(Guid Id) : IQuery<InstitutionResponse>;

internal sealed class GetInstitutionHandler(InstitutionRepository institutions) : IRequestHandler<GetInstitutionQuery, InstitutionResponse>
{
    public async Task<InstitutionResponse> Handle(GetInstitutionQuery query, CancellationToken ct) =>
        (await institutions.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(EnergyErrors.InstitutionNotFound)).ToResponse();
}

internal sealed record ListInstitutionsQuery(Guid? OrganId, string? Search, PageRequest Page, string? Sort) : IQuery<PagedResult<InstitutionResponse>>;

internal sealed class ListInstitutionsValidator : AbstractValidator<ListInstitutionsQuery>
{
    public ListInstitutionsValidator()
    {
        RuleFor(q => q.Search).MaximumLength(100).OverridePropertyName("q");
        RuleFor(q => q.Sort).MaximumLength(200);
    }
}

internal sealed class ListInstitutionsHandler(InstitutionRepository institutions) : IRequestHandler<ListInstitutionsQuery, PagedResult<InstitutionResponse>>
{
    public async Task<PagedResult<InstitutionResponse>> Handle(ListInstitutionsQuery query, CancellationToken ct)
    {
        var (rows, total) = await institutions.ListAsync(query.OrganId, query.Search, query.Page, InstitutionRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<InstitutionResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

internal sealed record UpdateInstitutionCommand(Guid Id, long ExpectedVersion, UpdateInstitutionRequest Body) : ICommand<InstitutionResponse>;

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
        if (before.Version != command.ExpectedVersion)
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
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
        if (await institutions.UpdateAsync(after, command.ExpectedVersion, ct) == 0)
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        audit.Record("PublicInstitution", after.Id, after.OrganId, AuditTrail.Diff(before.ToResponse(), after.ToResponse()));
        return after.ToResponse();
    }
}

internal sealed record PutStatisticsCommand(Guid InstitutionId, int Year, YearlyStatisticsRequest Body) : ICommand<YearlyStatisticsResponse>;

internal sealed class PutStatisticsValidator : AbstractValidator<PutStatisticsCommand>
{
    public PutStatisticsValidator()
    {
        RuleFor(c => c.Year).Year().OverridePropertyName("year");
        RuleFor(c => c.Body.FloorArea).Must(a => a > 0 && a <= 100_000_000m && Scaled.IsHundredths(a))
            .WithErrorCode(EnergyErrors.AreaInvalid.Code).WithMessage(_ => EnergyErrors.AreaInvalid.Title);
        RuleFor(c => c.Body.EnergyUsingPopulation).InclusiveBetween(1, 10_000_000);
    }
}

internal sealed class PutStatisticsHandler(InstitutionRepository institutions, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<PutStatisticsCommand, YearlyStatisticsResponse>
{
    public async Task<YearlyStatisticsResponse> Handle(PutStatisticsCommand command, CancellationToken ct)
    {
        var institution = await institutions.GetVisibleAsync(command.InstitutionId, ct) ?? throw new ProblemException(EnergyErrors.InstitutionNotFound);
        var before = (await institutions.StatisticsAsync([institution.Id], command.Year, ct)).SingleOrDefault();
        var row = new StatisticsRow
        {
            InstitutionId = institution.Id, Year = command.Year, FloorAreaHundredths = Scaled.Hundredths(command.Body.FloorArea),
            Population = command.Body.EnergyUsingPopulation, UpdatedAt = clock.UtcNow,
        };
        await institutions.UpsertStatisticsAsync(row, ct);
        audit.Record("InstitutionStatistics", institution.Id, institution.OrganId, AuditTrail.Diff(before?.ToResponse(), row.ToResponse()));
        return row.ToResponse();
    }
}

internal sealed record ListStatisticsQuery(Guid InstitutionId) : IQuery<IReadOnlyList<YearlyStatisticsResponse>>;

internal sealed class ListStatisticsHandler(InstitutionRepository institutions) : IRequestHandler<ListStatisticsQuery, IReadOnlyList<YearlyStatisticsResponse>>
{
    public async Task<IReadOnlyList<YearlyStatisticsResponse>> Handle(ListStatisticsQuery query, CancellationToken ct)
    {
        var institution = await institutions.GetVisibleAsync(query.InstitutionId, ct) ?? throw new ProblemException(EnergyErrors.InstitutionNotFound);
        return (await institutions.StatisticsAsync([institution.Id], null, ct)).Select(s => s.ToResponse()).ToList();
    }
}
