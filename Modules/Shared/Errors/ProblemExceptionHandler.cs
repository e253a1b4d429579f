using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Shared.Errors;

/// <summary>Maps every exception to a problem: ours by their code, framework and database ones by kind; never a bare 500 body.</summary>
public sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger, IHostEnvironment environment) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (context.Response.HasStarted)
        {
            return false;
        }
        switch (exception)
        {
            case ProblemException problem:
                await ProblemWriter.WriteAsync(context, problem.Error, problem.FieldErrors, problem.Detail, problem.Extensions);
                return true;
            case BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }:
                await ProblemWriter.WriteAsync(context, SharedErrors.TooLarge);
                return true;
            case BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType }:
                await ProblemWriter.WriteAsync(context, SharedErrors.UnsupportedMediaType);
                return true;
            case BadHttpRequestException { InnerException: JsonException json }:
                var (error, fields) = JsonContract.Describe(json);
                await ProblemWriter.WriteAsync(context, error, fields);
                return true;
            case BadHttpRequestException bad:
                var (parameterError, parameterFields) = StrictEnumQuery.DescribeBinding(context, bad.Message) ?? JsonContract.DescribeBinding(bad.Message);
                await ProblemWriter.WriteAsync(context, parameterError, parameterFields);
                return true;
            case OperationCanceledException when context.RequestAborted.IsCancellationRequested:
                // The client went away; there is no one to answer.
                return true;
            case OperationCanceledException:
                await ProblemWriter.WriteAsync(context, SharedErrors.Timeout);
                return true;
            case var ex when TransientRetry.IsUnavailable(ex):
                logger.LogWarning("Database unavailable: {Error}", ex.GetType().Name);
                context.Response.Headers.RetryAfter = "5";
                await ProblemWriter.WriteAsync(context, SharedErrors.DatabaseUnavailable);
                return true;
            default:
                logger.LogError(exception, "Unhandled exception");
                // Only developers and tests see the exception; production answers with the trace id alone.
                var detail = environment.IsDevelopment() || environment.IsEnvironment("Testing") ? exception.ToString() : null;
                await ProblemWriter.WriteAsync(context, SharedErrors.Internal, detail: detail);
                return true;
        }
    }
}
