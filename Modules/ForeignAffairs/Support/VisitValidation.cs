using FluentValidation;
using OrganAffairs.Shared.Http;
using MediatR;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Money;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>The input checks of a visit's fields (400), shared by create and update.</summary>
internal sealed class VisitFieldsValidator : AbstractValidator<VisitFields>
{
    public const int MaxMembers = 50;

    public VisitFieldsValidator()
    {
        RuleFor(v => v.Purpose).NotEmpty().MaximumLength(1000);
        RuleFor(v => v.InvitingParty).MaximumLength(200);
        RuleFor(v => v.InvitationReference).MaximumLength(200);
        RuleFor(v => v.DelegationType).IsInEnum();
        RuleFor(v => v.Justification).MaximumLength(2000);
        RuleFor(v => v.FundingSource).MaximumLength(200);
        RuleFor(v => v.Budget!.Value).Must(Yuan.IsValid).When(v => v.Budget is not null).OverridePropertyName("budget")
            .WithErrorCode(ForeignAffairsErrors.BudgetInvalid.Code).WithMessage(ForeignAffairsErrors.BudgetInvalid.Title);
        RuleFor(v => v.ReturnsOn).GreaterThanOrEqualTo(v => v.DepartsOn)
            .WithErrorCode(ForeignAffairsErrors.DatesInvalid.Code).WithMessage(ForeignAffairsErrors.DatesInvalid.Title);
        RuleFor(v => v.Members).NotEmpty().Must(m => m.Count <= MaxMembers).WithErrorCode(FieldErrors.OutOfRange.Code);
        RuleFor(v => v.Members).Must(m => m.Select(x => x.StaffMemberId).Distinct().Count() == m.Count)
            .WithErrorCode(ForeignAffairsErrors.MemberTwice.Code).WithMessage(ForeignAffairsErrors.MemberTwice.Title).When(v => v.Members is not null);
        RuleForEach(v => v.Members).ChildRules(m =>
        {
            m.RuleFor(x => x.StaffMemberId).NotEmpty();
            m.RuleFor(x => x.Role).IsInEnum();
            m.RuleFor(x => x.Post).MaximumLength(100);
        });
        RuleFor(v => v.Itinerary).NotEmpty().MaxItems(20).WithErrorCode(FieldErrors.OutOfRange.Code);
        RuleFor(v => v.Itinerary).Must(l => l.Any(x => !x.Transit))
            .WithErrorCode(ForeignAffairsErrors.NoCountry.Code).WithMessage(ForeignAffairsErrors.NoCountry.Title).When(v => v.Itinerary is { Count: > 0 });
        RuleForEach(v => v.Itinerary).ChildRules(l =>
        {
            l.RuleFor(x => x.Country).Must(c => c is { Length: 2 } && c.All(char.IsAsciiLetterUpper))
                .WithErrorCode(ForeignAffairsErrors.CountryInvalid.Code).WithMessage(ForeignAffairsErrors.CountryInvalid.Title);
            l.RuleFor(x => x.LeavesOn).GreaterThanOrEqualTo(x => x.ArrivesOn)
                .WithErrorCode(ForeignAffairsErrors.DatesInvalid.Code).WithMessage(ForeignAffairsErrors.DatesInvalid.Title);
            l.RuleFor(x => x.AirsideOnly).Equal(false).When(x => !x.Transit)
                .WithErrorCode(ForeignAffairsErrors.AirsideWithoutTransit.Code).WithMessage(ForeignAffairsErrors.AirsideWithoutTransit.Title);
        });
        RuleForEach(v => v.Itinerary).Must((v, l) => l.ArrivesOn >= v.DepartsOn && l.LeavesOn <= v.ReturnsOn)
            .WithErrorCode(ForeignAffairsErrors.DatesInvalid.Code).WithMessage(ForeignAffairsErrors.DatesInvalid.Title);
        RuleFor(v => v.Schedule).NotNull().MaxItems(200).WithErrorCode(FieldErrors.OutOfRange.Code);
        RuleForEach(v => v.Schedule).ChildRules(a => a.RuleFor(x => x.Description).NotEmpty().MaximumLength(500));
        RuleForEach(v => v.Schedule).Must((v, a) => a.On >= v.DepartsOn && a.On <= v.ReturnsOn)
            .WithErrorCode(ForeignAffairsErrors.DatesInvalid.Code).WithMessage(ForeignAffairsErrors.DatesInvalid.Title);
    }
}

/// <summary>Reference checks of a visit's members through the Organs module's Contracts query.</summary>
internal static class VisitReferences
{
    /// <summary>Each member a visible, active staff member: a 400 on <c>visit.members[i].staffMemberId</c> otherwise; the staff members by id.</summary>
    public static async Task<IReadOnlyDictionary<Guid, StaffMemberSummary>> EnsureMembersAsync(IMediator mediator, VisitFields visit, string prefix, CancellationToken ct)
    {
        var found = new Dictionary<Guid, StaffMemberSummary>();
        // A delegation has at most 50 members (validated): one Contracts query per member stays bounded.
        var errors = new List<FieldError>();
        for (var i = 0; i < visit.Members.Count; i++)
        {
            var member = await mediator.Send(new GetStaffMemberQuery(visit.Members[i].StaffMemberId), ct);
            if (member is not { Status: StaffStatus.Active })
            {
                errors.Add(new FieldError($"{prefix}members[{i}].staffMemberId", ForeignAffairsErrors.StaffRefNotFound.Code, ForeignAffairsErrors.StaffRefNotFound.Title));
            }
            else
            {
                found[member.Id] = member;
            }
        }
        if (errors.Count > 0)
        {
            throw new ProblemException(SharedErrors.ValidationFailed, errors);
        }
        return found;
    }

    /// <summary>The member rows of a visit's fields: the person, unit and rank as the staff records say today.</summary>
    public static IReadOnlyList<MemberRow> MemberRows(Guid visitId, VisitFields visit, IReadOnlyDictionary<Guid, StaffMemberSummary> staff, Func<Guid> newId) =>
        visit.Members.Select((m, i) => new MemberRow
        {
            Id = newId(), VisitId = visitId, Position = i, StaffMemberId = m.StaffMemberId, PersonName = staff[m.StaffMemberId].Name,
            OrganId = staff[m.StaffMemberId].OrganId, Role = m.Role, Post = string.IsNullOrWhiteSpace(m.Post) ? null : m.Post.Trim(),
            RankCode = staff[m.StaffMemberId].RankCode, LeadershipTeam = m.LeadershipTeam,
        }).ToList();
}
