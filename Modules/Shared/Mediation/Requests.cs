using MediatR;

namespace OrganAffairs.Shared.Mediation;

/// <summary>Marks a request that changes state: it runs in one transaction with audit and outbox.</summary>
public interface ICommand<out TResult> : IRequest<TResult>;

/// <summary>Marks a read: no transaction, never writes.</summary>
public interface IQuery<out TResult> : IRequest<TResult>;
