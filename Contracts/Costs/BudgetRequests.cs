namespace OrganAffairs.Contracts.Costs;

/// <summary>One line of a budget as approved: basic (基本支出) and project (项目支出) spending in CNY.</summary>
public sealed record BudgetLineInput(CostLine Line, decimal Basic, decimal Project);

/// <summary>
/// An organ's approved (批复) 三公经费 budget for a year: every line once (a line left out is budgeted at 0), the
/// approval date, and the share of a line's budget at which its actuals warn.
/// </summary>
/// <param name="Year" example="2027">The budget year (2000–2100).</param>
/// <param name="ApprovedOn" example="2027-01-20">The approval date, between the year before the budget year and the year after it.</param>
/// <param name="WarnPercent" example="90">The share of a line's budget (1–100 %) at which its actuals warn.</param>
public sealed record CreateBudgetRequest(Guid OrganId, int Year, DateOnly ApprovedOn, int WarnPercent, IReadOnlyList<BudgetLineInput> Lines);

/// <summary>An adjustment (调整) of one line (If-Match on the budget): its new basic and project amounts and why.</summary>
public sealed record AdjustBudgetRequest(CostLine Line, decimal Basic, decimal Project, string Reason);

/// <summary>One line of a budget with its actuals so far.</summary>
/// <param name="Id">The budget line's id (the subject of its over-budget violation).</param>
/// <param name="Total">Basic + project.</param>
/// <param name="Actual">Actuals posted to the organ, year and line (signed corrections included).</param>
/// <param name="Remaining">Total − actual (negative when over budget).</param>
/// <param name="Warning">Actuals have reached the budget's warnPercent of the line's total.</param>
/// <param name="OverBudget">Actuals are above the line's total.</param>
public sealed record BudgetLineResponse(Guid Id, CostLine Line, decimal Basic, decimal Project, decimal Total, decimal Actual, decimal Remaining, bool Warning, bool OverBudget);

/// <summary>An organ's 三公经费 budget for a year and its lines.</summary>
public sealed record BudgetResponse(
    Guid Id, Guid OrganId, int Year, DateOnly ApprovedOn, int WarnPercent, IReadOnlyList<BudgetLineResponse> Lines, decimal Total, decimal Actual, long Version);

/// <summary>The final accounts (决算) of an organ's year: their approval date and the actuals per line they state.</summary>
/// <param name="Year" example="2027">The year the accounts close.</param>
/// <param name="ApprovedOn" example="2028-03-31">The approval date, between the year before and the year after.</param>
public sealed record CreateFinalAccountRequest(Guid OrganId, int Year, DateOnly ApprovedOn);

/// <summary>One line of the final accounts: the actuals posted when they were recorded.</summary>
public sealed record FinalAccountLineResponse(CostLine Line, decimal Actual);

/// <summary>An organ's final accounts (决算) for a year: the actuals per line as recorded on approval.</summary>
public sealed record FinalAccountResponse(Guid Id, Guid OrganId, int Year, DateOnly ApprovedOn, IReadOnlyList<FinalAccountLineResponse> Lines, decimal Total, DateTimeOffset RecordedAt);

/// <summary>An organ's actuals of a year on one line.</summary>
/// <param name="Entries">How many ledger entries (originals and corrections) make it up.</param>
public sealed record ActualLineResponse(CostLine Line, decimal Actual, int Entries);

/// <summary>An organ's actuals of a year per line, from the duty modules' cost events.</summary>
public sealed record ActualsResponse(Guid OrganId, int Year, IReadOnlyList<ActualLineResponse> Lines, decimal Total);
