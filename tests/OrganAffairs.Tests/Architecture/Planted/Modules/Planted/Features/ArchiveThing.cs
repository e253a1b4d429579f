// Planted (not compiled): a shared handler named after its request: allowed.
internal sealed class ArchiveThingHandler : IRequestHandler<ArchiveThingCommand, Unit> { }
