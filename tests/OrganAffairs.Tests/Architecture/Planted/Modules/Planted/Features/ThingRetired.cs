// Planted (not compiled): a notification handler named after what it reacts to: allowed.
internal sealed class CloseThingCases : INotificationHandler<ThingRetired> { }
