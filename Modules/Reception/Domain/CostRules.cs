using OrganAffairs.Contracts.Reception;

namespace OrganAffairs.Reception.Domain;

/// <summary>The category and payment rules of a cost line.</summary>
internal static class CostRules
{
    /// <summary>Fees collected from guests at the standard (2025): recorded as their own lines, not spending.</summary>
    public static bool IsGuestFee(ReceptionCostCategory category) =>
        category is ReceptionCostCategory.GuestMealFee or ReceptionCostCategory.GuestTransportFee;

    /// <summary>R9: reception costs may not be booked as meeting or training costs.</summary>
    public static bool IsDisguised(ReceptionCostCategory category) =>
        category is ReceptionCostCategory.Meeting or ReceptionCostCategory.Training;

    /// <summary>R6: official card or bank transfer, never cash.</summary>
    public static bool IsAllowedPayment(ReceptionPaymentMethod method) =>
        method is ReceptionPaymentMethod.OfficialCard or ReceptionPaymentMethod.BankTransfer;

    /// <summary>Lines that need persons and units (meals or days; nights).</summary>
    public static bool NeedsPersons(ReceptionCostCategory category) =>
        category is ReceptionCostCategory.Meals or ReceptionCostCategory.Lodging;
}
