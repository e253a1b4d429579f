namespace OrganAffairs.Reception.Support;

/// <summary>The kinds of violation the Reception module opens in the Shared ledger (docs/adr/0029, 0060).</summary>
internal static class ReceptionViolationKinds
{
    /// <summary>R7: a meal line over its standard, open until its explanation is approved; subject: the cost line.</summary>
    public const string OverStandardCost = "reception.over-standard-cost";

    /// <summary>R9: settled spending passed the organ's annual cap, open until the bureau raises the cap; subject: the cap.</summary>
    public const string CapPassed = "reception.cap-passed";
}
