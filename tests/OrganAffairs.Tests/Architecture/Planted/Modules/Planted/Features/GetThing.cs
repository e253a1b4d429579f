// Planted (not compiled): the file of Planted_GetThing maps another operation's name.
internal static class GetThing
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder things) =>
        things.MapGet("/{id:guid}", Handle).WithName("Planted_FetchThing");
}
