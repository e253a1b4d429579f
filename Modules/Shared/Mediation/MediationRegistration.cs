using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace OrganAffairs.Shared.Mediation;

public static class MediationRegistration
{
    /// <summary>
    /// MediatR 5.1.0 has no DI package here, so registration is by hand: the mediator, the
    /// behaviours in order (first registered runs outermost), then handlers by assembly scan.
    /// FluentValidation's global settings (field-error catalogue, ADR 0017) are set here once.
    /// </summary>
    public static IServiceCollection AddMediation(this IServiceCollection services)
    {
        FieldErrorSettings.Apply();
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(RuleDocumentReferenceBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(TransactionBehavior<,>));
        return services;
    }

    /// <summary>Registers every request handler, notification handler and validator of a module's assembly.</summary>
    public static IServiceCollection AddHandlersFrom(this IServiceCollection services, Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(IsHandlerInterface))
            {
                services.AddTransient(contract, type);
            }
        }
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }

    internal static bool IsHandlerInterface(Type i) =>
        i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)
                            || i.GetGenericTypeDefinition() == typeof(INotificationHandler<>));
}
