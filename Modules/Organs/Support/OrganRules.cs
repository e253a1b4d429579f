using FluentValidation;
using OrganAffairs.Shared.Http;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Organs.Support;

/// <summary>Field rules shared by the create and update of an organ.</summary>
internal static class OrganRules
{
    public static IRuleBuilderOptions<T, string> OrganName<T>(this IRuleBuilder<T, string> rule) => rule.NotEmpty().MaximumLength(200);

    public static IRuleBuilderOptions<T, string?> OrganShortName<T>(this IRuleBuilder<T, string?> rule) => rule.MaximumLength(50);

    public static IRuleBuilderOptions<T, string> DivisionCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(Jurisdictions.IsDivisionCode).WithErrorCode(OrgansErrors.DivisionCode.Code).WithMessage(_ => OrgansErrors.DivisionCode.Title);

    public static void Headcount<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, IEnumerable<HeadcountItem>?>> headcount)
    {
        validator.RuleFor(headcount).MaxItems(50)
            .WithErrorCode(OrgansErrors.HeadcountTooLong.Code).WithMessage(_ => OrgansErrors.HeadcountTooLong.Title);
        validator.RuleFor(headcount)
            .Must(h => h is null || h.Select(i => i.RankCode).Distinct(StringComparer.Ordinal).Count() == h.Count())
            .WithErrorCode(OrgansErrors.HeadcountDuplicate.Code).WithMessage(_ => OrgansErrors.HeadcountDuplicate.Title);
        validator.RuleForEach(headcount!).ChildRules(item =>
        {
            item.RuleFor(i => i.RankCode).NotEmpty().MaximumLength(50);
            item.RuleFor(i => i.Approved).InclusiveBetween(0, 100_000);
        });
    }

    /// <summary>Every headcount rank must be a rank of the organ's level in force today for its division.</summary>
    public static async Task EnsureRanksExistAsync(RankRepository ranks, BusinessClock clock, AdministrativeLevel level, string divisionCode,
        IReadOnlyList<HeadcountItem>? headcount, CancellationToken ct)
    {
        if (headcount is not { Count: > 0 })
        {
            return;
        }
        var known = (await ranks.InForceAsync(level, divisionCode, clock.Today, ct)).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var errors = headcount
            .Select((item, i) => (item, i))
            .Where(x => !known.Contains(x.item.RankCode))
            .Select(x => new FieldError($"headcount[{x.i}].rankCode", OrgansErrors.RankUnknown.Code, OrgansErrors.RankUnknown.Title))
            .ToList();
        if (errors.Count > 0)
        {
            throw new ProblemException(SharedErrors.ValidationFailed, errors);
        }
    }

    /// <summary>The parent must exist and be visible (else 400, one answer for both) and be active (else 409).</summary>
    public static async Task EnsureParentAsync(OrganRepository organs, Guid? parentId, CancellationToken ct)
    {
        if (parentId is not { } id)
        {
            return;
        }
        await organs.LockHierarchyAsync(ct);
        var parent = await organs.GetVisibleAsync(id, ct) ?? throw ProblemException.ForField(OrgansErrors.ParentNotFound, "parentId");
        if (parent.Status == OrganStatus.Dissolved)
        {
            throw new ProblemException(OrgansErrors.ParentDissolved);
        }
    }

    /// <summary>
    /// At most one active bureau per division code (409 <c>organs.bureau-exists</c>); the configured top
    /// bureau counts as the bureau of its own code. Changes are serialised by the hierarchy lock, so two
    /// concurrent flaggings cannot both pass.
    /// </summary>
    public static async Task EnsureSoleBureauAsync(OrganRepository organs, OrganDirectory directory, BureauOrgan top, Guid organId, string divisionCode, CancellationToken ct)
    {
        await organs.LockHierarchyAsync(ct);
        var topCode = top.Id is { } topId && topId != organId ? await directory.DivisionCodeAsync(topId, ct) : null;
        if (topCode == divisionCode || await directory.OtherBureauExistsAsync(organId, divisionCode, ct))
        {
            throw new ProblemException(OrgansErrors.BureauExists);
        }
    }

    /// <summary>A lower-level bureau's principal keeps the organs it manages inside its jurisdiction (400 on divisionCode otherwise).</summary>
    public static void EnsureInJurisdiction(OrganScope scope, string divisionCode)
    {
        if (scope.Jurisdiction is { } prefix && !Shared.Security.Jurisdiction.Contains(prefix, divisionCode))
        {
            throw ProblemException.ForField(OrgansErrors.DivisionOutsideJurisdiction, "divisionCode");
        }
    }
}
