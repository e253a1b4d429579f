using FluentValidation;
using OrganAffairs.Shared.Http;
using MediatR;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Domain;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Money;

namespace OrganAffairs.Reception.Support;

/// <summary>The plan fields a create and an update share.</summary>
internal sealed record PlanInput(
    Guid? LetterId, string Title, IReadOnlyList<ReceptionActivity> Activities, DateOnly StartsOn, DateOnly EndsOn, string Place,
    string HandlingDepartment, Guid StaffMemberId, decimal Budget, bool SameCity, bool HostArrangesMeals, int WorkingMeals, int AccompanyingDiners,
    decimal? MealStandardPerHead, LodgingStandard Lodging, IReadOnlyList<ReceptionItem> Items)
{
    public static PlanInput From(CreateReceptionRequest b) => new(b.LetterId, b.Title, b.Activities, b.StartsOn, b.EndsOn, b.Place, b.HandlingDepartment,
        b.StaffMemberId, b.Budget, b.SameCity, b.HostArrangesMeals, b.WorkingMeals, b.AccompanyingDiners, b.MealStandardPerHead, b.Lodging, b.Items);

    public static PlanInput From(UpdateReceptionRequest b) => new(b.LetterId, b.Title, b.Activities, b.StartsOn, b.EndsOn, b.Place, b.HandlingDepartment,
        b.StaffMemberId, b.Budget, b.SameCity, b.HostArrangesMeals, b.WorkingMeals, b.AccompanyingDiners, b.MealStandardPerHead, b.Lodging, b.Items);
}

/// <summary>The input checks of a plan (400s); the rule checks (422s) are the rule book's.</summary>
internal sealed class PlanInputValidator : AbstractValidator<PlanInput>
{
    public const int MaxDays = 30;

    public PlanInputValidator()
    {
        RuleFor(p => p.Title).NotEmpty().MaximumLength(200);
        RuleFor(p => p.Activities).NotEmpty().MaxItems(5);
        RuleForEach(p => p.Activities).IsInEnum();
        RuleFor(p => p.StartsOn).NotEmpty();
        RuleFor(p => p.EndsOn).Must((p, end) => end >= p.StartsOn && end.DayNumber - p.StartsOn.DayNumber < MaxDays)
            .WithErrorCode(ReceptionErrors.DatesInvalid.Code).WithMessage(_ => ReceptionErrors.DatesInvalid.Title);
        RuleFor(p => p.Place).NotEmpty().MaximumLength(200);
        RuleFor(p => p.HandlingDepartment).NotEmpty().MaximumLength(100);
        RuleFor(p => p.StaffMemberId).NotEmpty();
        RuleFor(p => p.Budget).Yuan();
        RuleFor(p => p.WorkingMeals).InclusiveBetween(0, 10);
        RuleFor(p => p.AccompanyingDiners).InclusiveBetween(0, 100);
        RuleFor(p => p.MealStandardPerHead!.Value).Yuan().When(p => p.MealStandardPerHead is not null).OverridePropertyName("MealStandardPerHead");
        RuleFor(p => p.Lodging).IsInEnum();
        RuleFor(p => p.Items).NotNull().MaxItems(20);
        RuleForEach(p => p.Items).IsInEnum();
        RuleFor(p => p.HostArrangesMeals).Must((p, host) => host || (p.WorkingMeals == 0 && p.AccompanyingDiners == 0 && p.MealStandardPerHead is null))
            .WithErrorCode(ReceptionErrors.MealsWithoutHost.Code).WithMessage(_ => ReceptionErrors.MealsWithoutHost.Title);
    }
}

/// <summary>
/// Applies a plan to a Draft reception: the person behind it (through Organs), the letter and its guests, the
/// rule checks in force on the first day, then the letter's binding (一函一事: a letter another reception uses is 409).
/// </summary>
internal sealed class ReceptionPlanner(LetterRepository letters, ReceptionRuleBook book, IMediator mediator)
{
    public async Task ApplyAsync(ReceptionRow row, PlanInput p, string divisionCode, CancellationToken ct)
    {
        await ReceptionReferences.StaffAsync(mediator, p.StaffMemberId, ct);
        IReadOnlyList<GuestRank> ranks = [];
        var guestCount = 0;
        if (p.LetterId is { } letterId)
        {
            var (_, guests) = await ReceptionReferences.LetterAsync(letters, letterId, row.OrganId, ct);
            ranks = guests.Select(g => g.Rank).ToList();
            guestCount = guests.Count;
        }
        var previousLetter = row.LetterId;
        row.LetterId = p.LetterId;
        row.Title = p.Title.Trim();
        row.Activities = ReceptionRules.Join(p.Activities);
        row.StartsOn = p.StartsOn;
        row.EndsOn = p.EndsOn;
        row.BudgetYear = p.StartsOn.Year;
        row.Place = p.Place.Trim();
        row.HandlingDepartment = p.HandlingDepartment.Trim();
        row.StaffMemberId = p.StaffMemberId;
        row.BudgetFen = Yuan.ToFen(p.Budget);
        row.SameCity = p.SameCity;
        row.HostArrangesMeals = p.HostArrangesMeals;
        row.WorkingMeals = p.WorkingMeals;
        row.AccompanyingDiners = p.AccompanyingDiners;
        row.GuestCount = guestCount;
        row.MealStandardFen = p.MealStandardPerHead is { } m ? Yuan.ToFen(m) : null;
        row.Lodging = p.Lodging;
        row.Items = ReceptionRules.Join(p.Items);
        await book.CheckPlanAsync(row, ranks, divisionCode, ct);
        if (previousLetter != p.LetterId)
        {
            if (previousLetter is { } old)
            {
                await letters.ReleaseAsync(old, row.Id, ct);
            }
            if (p.LetterId is { } claimed && !await letters.ClaimAsync(claimed, row.Id, ct))
            {
                throw new ProblemException(ReceptionErrors.LetterUsed);
            }
        }
    }

    /// <summary>The guests' ranks of the reception's letter (none without a letter).</summary>
    public async Task<IReadOnlyList<GuestRank>> RanksAsync(ReceptionRow row, CancellationToken ct) =>
        row.LetterId is { } id ? (await letters.GuestsAsync(id, ct)).Select(g => g.Rank).ToList() : [];
}
