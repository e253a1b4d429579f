namespace OrganAffairs.Contracts.Logistics;

/// <summary>A canteen's food waste of one day (餐厨浪费登记, 反食品浪费法): what was wasted and how many meals were served.</summary>
/// <param name="Canteen" example="机关一食堂">The canteen, 1–60 characters, as the bureau names it.</param>
/// <param name="Day" example="2026-12-02">The business date, not in the future.</param>
/// <param name="WasteKg" example="18.450">Food wasted in kilograms (at most 3 decimals, 0–100000).</param>
/// <param name="MealsServed" example="620">Meals served that day, 0–100000.</param>
/// <param name="Note" example="午餐剩余较多">At most 500 characters.</param>
public sealed record RecordCanteenWasteRequest(string Canteen, DateOnly Day, decimal WasteKg, int MealsServed, string? Note);

/// <summary>A canteen's recorded day.</summary>
/// <param name="GramsPerMeal">Waste per meal served in grams (one decimal), null when no meal was served.</param>
public sealed record CanteenWasteResponse(Guid Id, string Canteen, DateOnly Day, decimal WasteKg, int MealsServed, decimal? GramsPerMeal, string? Note, DateTimeOffset CreatedAt);

/// <summary>One canteen over a period: days recorded, waste, meals and waste per meal.</summary>
public sealed record CanteenWasteReportRow(string Canteen, int Days, decimal WasteKg, long MealsServed, decimal? GramsPerMeal);
