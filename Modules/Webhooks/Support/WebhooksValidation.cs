using System.Text.RegularExpressions;
using FluentValidation;
using OrganAffairs.Contracts.Webhooks;
using OrganAffairs.Webhooks.Domain;

namespace OrganAffairs.Webhooks.Support;

/// <summary>The checks of a subscription's input, shared by create and update.</summary>
internal sealed partial class SubscriptionInputValidator : AbstractValidator<WebhookSubscriptionInput>
{
    public SubscriptionInputValidator(WebhooksOptions options)
    {
        RuleFor(i => i.TargetUrl).NotEmpty().MaximumLength(TargetUrls.MaxLength).DependentRules(() =>
        {
            RuleFor(i => i.TargetUrl)
                .Must(u => TargetUrls.Check(u.Trim(), options.AllowHttp, options.AllowLoopback, options.AllowPrivateNetworks) is not (TargetUrlProblem.NotAbsolute or TargetUrlProblem.Scheme or TargetUrlProblem.UserInfo or TargetUrlProblem.Fragment))
                .WithErrorCode(WebhooksErrors.TargetUrlInvalid.Code).WithMessage(_ => WebhooksErrors.TargetUrlInvalid.Title)
                .DependentRules(() => RuleFor(i => i.TargetUrl)
                    .Must(u => TargetUrls.Check(u.Trim(), options.AllowHttp, options.AllowLoopback, options.AllowPrivateNetworks) == TargetUrlProblem.None)
                    .WithErrorCode(WebhooksErrors.TargetAddressForbidden.Code).WithMessage(_ => WebhooksErrors.TargetAddressForbidden.Title));
        });
        RuleFor(i => i.Description).MaximumLength(200);
        RuleFor(i => i.EventTypes).NotNull().Must(l => l.Count <= 100).WithMessage("At most 100 event types.");
        RuleForEach(i => i.EventTypes).Must(t => t is not null && EventCatalogue.IsKnownType(t))
            .WithErrorCode(WebhooksErrors.EventTypeUnknown.Code).WithMessage(_ => WebhooksErrors.EventTypeUnknown.Title);
        RuleFor(i => i.Modules).NotNull().Must(l => l.Count <= 50).WithMessage("At most 50 modules.");
        RuleForEach(i => i.Modules).Must(m => m is not null && EventCatalogue.Modules.Contains(m))
            .WithErrorCode(WebhooksErrors.ModuleUnknown.Code).WithMessage(_ => WebhooksErrors.ModuleUnknown.Title);
        RuleFor(i => i.OrganId).Must(o => o != Guid.Empty).When(i => i.OrganId is not null);
        RuleFor(i => i.Jurisdiction).Must(j => j is null || Prefix().IsMatch(j))
            .WithErrorCode(WebhooksErrors.JurisdictionInvalid.Code).WithMessage(_ => WebhooksErrors.JurisdictionInvalid.Title);
    }

    [GeneratedRegex("^[0-9]{2}([0-9]{2}([0-9]{2})?)?$")]
    private static partial Regex Prefix();
}
