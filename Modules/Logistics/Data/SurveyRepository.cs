using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Logistics.Data;

/// <summary>A row of logistics_survey; the questions one per line.</summary>
internal sealed class SurveyRow
{
    public Guid Id { get; set; }
    public string ProviderCreditCode { get; set; } = "";
    public string ServiceItem { get; set; } = "";
    public string Title { get; set; } = "";
    public string Questions { get; set; } = "";
    public int SamplePercent { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public IReadOnlyList<string> QuestionList => Questions.Split('\n');
}

/// <summary>A row of logistics_survey_response; the scores comma-separated.</summary>
internal sealed class SurveyAnswerRow
{
    public Guid Id { get; set; }
    public Guid SurveyId { get; set; }
    public Guid WorkOrderId { get; set; }
    public Guid OrganId { get; set; }
    public Guid StaffMemberId { get; set; }
    public DateOnly Month { get; set; }
    public string Scores { get; set; } = "";
    public string? Comment { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public IReadOnlyList<int> ScoreList => Scores.Split(',').Select(int.Parse).ToList();
}

/// <summary>A closed work order of a provider's item, as the sample and the results read it.</summary>
internal sealed class ClosedOrderRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public Guid RequesterStaffMemberId { get; set; }
    public DateTimeOffset ClosedAt { get; set; }
    public int? Rating { get; set; }
}

/// <summary>All SQL on logistics_survey and logistics_survey_response, and the closed orders a survey samples.</summary>
internal sealed class SurveyRepository(UnitOfWork uow, SqlDialect dialect)
{
    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["createdAt"] = "created_at",
        ["title"] = "title",
    }, "-createdAt", "id");

    private const string Columns = "id, provider_credit_code, service_item, title, questions, sample_percent, version, created_at";
    private const string AnswerColumns = "id, survey_id, work_order_id, organ_id, staff_member_id, month, scores, comment, created_at";

    public Task InsertAsync(SurveyRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO logistics_survey ({Columns}) VALUES (@Id, @ProviderCreditCode, @ServiceItem, @Title, @Questions, @SamplePercent, @Version, @CreatedAt)",
            row, uow.Transaction, cancellationToken: ct));

    public async Task<SurveyRow?> GetAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<SurveyRow>(new CommandDefinition(
            $"SELECT {Columns} FROM logistics_survey WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>Surveys, optionally of one provider and one item.</summary>
    public Task<(IReadOnlyList<SurveyRow> Rows, long Total)> ListAsync(string? providerCreditCode, string? serviceItem, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("provider_credit_code = @Code", "Code", providerCreditCode)
            .Where("service_item = @Item", "Item", serviceItem);
        return uow.PageAsync<SurveyRow>(dialect, "logistics_survey", Columns, where, orderBy, page, ct);
    }

    /// <summary>Writes the survey's settable fields if its version is still the expected one.</summary>
    public async Task<bool> UpdateAsync(SurveyRow row, long expectedVersion, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE logistics_survey SET title = @Title, questions = @Questions, sample_percent = @SamplePercent, version = @Version WHERE id = @Id AND version = @ExpectedVersion",
            new { row.Id, row.Title, row.Questions, row.SamplePercent, row.Version, ExpectedVersion = expectedVersion }, uow.Transaction, cancellationToken: ct)) == 1;

    /// <summary>Whether the survey has any answer.</summary>
    public async Task<bool> AnsweredAsync(Guid surveyId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM logistics_survey_response WHERE survey_id = @SurveyId", new { SurveyId = surveyId }, uow.Transaction, cancellationToken: ct)) > 0;
    }

    /// <summary>Closed work orders (any organ) assigned under a contract of the provider, of the item, closed in [from, to).</summary>
    public async Task<IReadOnlyList<ClosedOrderRow>> ClosedOrdersAsync(string providerCreditCode, string serviceItem, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<ClosedOrderRow>(new CommandDefinition(
            """
            SELECT w.id, w.organ_id, w.requester_staff_member_id, w.closed_at, w.rating
            FROM logistics_work_order w JOIN logistics_contract c ON c.id = w.contract_id
            WHERE c.provider_credit_code = @Code AND w.service_item = @Item AND w.status = @Closed AND w.closed_at >= @From AND w.closed_at < @To
            ORDER BY w.closed_at, w.id
            """, new { Code = providerCreditCode, Item = serviceItem, Closed = "Closed", From = from, To = to }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Inserts the answer unless the order already has one in the survey: false when it has.</summary>
    public async Task<bool> InsertAnswerIfAbsentAsync(SurveyAnswerRow row, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            dialect.Upsert("logistics_survey_response", ["survey_id", "work_order_id"], [], ["id", "organ_id", "staff_member_id", "month", "scores", "comment", "created_at"]),
            row, uow.Transaction, cancellationToken: ct)) == 1;

    /// <summary>A survey's answers for the months [first, last] (first days of months).</summary>
    public async Task<IReadOnlyList<SurveyAnswerRow>> AnswersAsync(Guid surveyId, DateOnly first, DateOnly last, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<SurveyAnswerRow>(new CommandDefinition(
            $"SELECT {AnswerColumns} FROM logistics_survey_response WHERE survey_id = @SurveyId AND month >= @First AND month <= @Last ORDER BY month, id",
            new { SurveyId = surveyId, First = first, Last = last }, uow.Transaction, cancellationToken: ct))).AsList();
    }
}
