// The smallest ASP.NET Core app that answers /health/ready: WebApplication.CreateBuilder with its
// defaults (configuration, console logging, Kestrel) and one route. The Host's start-to-ready time
// and idle memory are compared with this.
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/health/ready", () => "Healthy");
app.Run();
