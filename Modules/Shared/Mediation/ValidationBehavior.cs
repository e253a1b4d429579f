using FluentValidation;
using MediatR;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Shared.Mediation;

/// <summary>
/// Runs every FluentValidation validator of the request; any failure is a 400 with field errors whose
/// codes and texts come from the field-error catalogue (<see cref="FieldErrorSettings"/>, ADR 0017).
/// </summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<FieldError>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(request, cancellationToken);
            failures.AddRange(result.Errors.Select(e => new FieldError(FieldNames.ToJsonPath(e.PropertyName), e.ErrorCode, e.ErrorMessage)));
        }
        if (failures.Count > 0)
        {
            throw new ProblemException(SharedErrors.ValidationFailed, failures);
        }
        return await next();
    }
}
