using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;

namespace OrganAffairs.Logistics.Support;

internal static class CanteenMapping
{
    public static decimal Kg(long grams) => grams / 1000m;

    /// <summary>Grams per meal served, one decimal; null without meals.</summary>
    public static decimal? GramsPerMeal(long grams, long meals) => meals == 0 ? null : decimal.Round((decimal)grams / meals, 1, MidpointRounding.AwayFromZero);

    public static CanteenWasteResponse ToResponse(this CanteenWasteRow r) =>
        new(r.Id, r.Canteen, r.Day, Kg(r.WasteGrams), r.MealsServed, GramsPerMeal(r.WasteGrams, r.MealsServed), r.Note, r.CreatedAt);
}
