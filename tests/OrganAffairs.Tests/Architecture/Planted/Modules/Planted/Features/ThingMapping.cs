// Planted (not compiled): a helper that is no use case, left in Features/. A comment naming
// class ThingMappingHandler : IRequestHandler<X, Y> does not make it one.
internal static class ThingMapping
{
    public static string ToResponse(object row) => row.ToString()!;
}
