using MediatR;

namespace OrganAffairs.Contracts.Common;

/// <summary>Marks a request that changes state: it runs in one transaction with its audit rows and outbox events.</summary>
public interface ICommand<out TResult> : IRequest<TResult>;

/// <summary>Marks a read: no transaction, never writes.</summary>
public interface IQuery<out TResult> : IRequest<TResult>;
