// Planted (not compiled): the route of Planted_CreateThing with a second handler beside its own.
internal static class CreateThing
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder things) =>
        things.MapPost("/", Handle).WithName("Planted_CreateThing");
}

internal sealed class CreateThingHandler : IRequestHandler<CreateThingCommand, Guid> { }

internal sealed class DeleteThingHandler : IRequestHandler<DeleteThingCommand, Unit> { }
