using MediatR;

namespace OrganAffairs.Contracts.Common;

/// <summary>
/// A notification one module publishes for others. It travels through the transactional
/// outbox, so it may be delivered more than once: handlers dedupe on <see cref="EventId"/>.
/// </summary>
public interface IIntegrationEvent : INotification
{
    Guid EventId { get; }
    DateTimeOffset OccurredAt { get; }
}
