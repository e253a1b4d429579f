using OrganAffairs.Contracts.Common;
using MediatR;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Outbox;

namespace OrganAffairs.Shared.Mediation;

/// <summary>
/// Commands run in one transaction that also holds their audit rows and outbox messages. The whole
/// unit (begin, handler, audit, outbox, commit) is the retry unit for transient database errors.
/// A request with an Idempotency-Key completes its key in the same transaction, with the command's
/// result, so a committed change never lacks its completed key; when a retry replays that key, the
/// command answers the stored result and does not run (docs/adr/0023).
/// </summary>
internal sealed class TransactionBehavior<TRequest, TResponse>(
    UnitOfWork unitOfWork,
    AuditTrail auditTrail,
    OutboxBuffer outbox,
    OutboxSignal outboxSignal,
    IdempotencyAttempt idempotency,
    Violations violations,
    TransientRetry retry,
    ReplicaReads replicas)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse>)
        {
            return await next();
        }
        if (unitOfWork.InTransaction)
        {
            // A command sent from inside another command joins the outer unit of work.
            return await next();
        }
        if (idempotency.TryReplay<TResponse>(out var replayed))
        {
            return replayed;
        }

        var action = AuditTrail.ActionName(typeof(TRequest));
        var wroteOutbox = false;
        var response = await retry.Pipeline.ExecuteAsync(async token =>
        {
            auditTrail.Reset(action);
            outbox.Reset();
            violations.Reset();
            await unitOfWork.BeginAsync(token);
            try
            {
                var result = await next();
                await violations.FlushAsync(token);
                await auditTrail.FlushAsync(token);
                wroteOutbox = await outbox.FlushAsync(token);
                await idempotency.CompleteAsync(result, token);
                await unitOfWork.CommitAsync(token);
                idempotency.Committed();
                return result;
            }
            catch
            {
                await unitOfWork.RollbackAsync();
                throw;
            }
        }, cancellationToken);

        if (wroteOutbox)
        {
            outboxSignal.Notify();
        }
        // With a read replica configured: the position the writer echoes so its next reads see this write (docs/adr/0048).
        await replicas.RecordWriteAsync();
        return response;
    }
}
