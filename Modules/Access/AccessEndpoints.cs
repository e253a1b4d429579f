using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Access.Features;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Access;

/// <summary>The Access module's index: one line per operation, in the contract's order; each route is in its feature file.</summary>
internal static class AccessEndpoints
{
    internal const string Root = "/api/v1/access/api-keys";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup(Root).WithTags(AccessModule.Tag).RequireScope(Scopes.Admin);
        CreateApiKey.Map(keys);
        ListApiKeys.Map(keys);
        GetApiKey.Map(keys);
        RevokeApiKey.Map(keys);
        RotateApiKey.Map(keys);
        return app;
    }
}
