using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Logistics;

/// <summary>Every code the Logistics module answers with, with its texts.</summary>
internal static class LogisticsErrors
{
    public static readonly ErrorCode WorkOrderNotFound = new("logistics.work-order-not-found", 404, "工单不存在。", "The work order does not exist.");
    public static readonly ErrorCode MaintenancePlanNotFound = new("logistics.maintenance-plan-not-found", 404, "预防性维护计划不存在。", "The preventive maintenance plan does not exist.");
    public static readonly ErrorCode OrganRefNotFound = new("logistics.organ-ref-not-found", 400, "所引用的机关不存在。", "The referenced organ does not exist.");
    public static readonly ErrorCode StaffRefNotFound = new("logistics.staff-ref-not-found", 400, "所引用的人员不存在、不可见、不在岗或不属于该机关。", "The referenced staff member does not exist, is not visible, is not active or is not of the organ.");
    public static readonly ErrorCode RoomRefNotFound = new("logistics.room-ref-not-found", 400, "所引用的房间不存在或已停用。", "The referenced room does not exist or is retired.");
    public static readonly ErrorCode WorkOrderState = new("logistics.work-order-state", 409, "工单当前状态不允许此操作。", "The work order's status does not allow this.");
    public static readonly ErrorCode NotTheRequester = new("logistics.not-the-requester", 422, "只有报修人本人可以验收或重新打开工单。", "Only the requester who raised the work order may confirm or reopen it.");
    public static readonly ErrorCode ReopenWindowPassed = new("logistics.reopen-window-passed", 422, "已超过可重新打开工单的期限。", "The window for reopening the work order has passed.");
    public static readonly ErrorCode NotInCatalogue = new("logistics.not-in-catalogue", 422, "该服务事项不在本地区现行的后勤服务目录中（不得超出服务目录和标准提供服务）。", "The service item is not in the service catalogue in force for the organ's division (no service outside the catalogue and its standards).");
    public static readonly ErrorCode Jurisdiction = new("logistics.jurisdiction-invalid", 400, "适用地区应为 national 或 6 位行政区划代码。", "The jurisdiction must be \"national\" or a 6-digit division code.");
    public static readonly ErrorCode RuleVersionExists = new("logistics.rule-version-exists", 409, "该规则在此日期已有版本。", "This rule already has a version starting on that date.");
    public static readonly ErrorCode MeetingNotFound = new("logistics.meeting-not-found", 404, "会议不存在。", "The meeting does not exist.");
    public static readonly ErrorCode MeetingState = new("logistics.meeting-state", 409, "会议当前状态不允许此操作。", "The meeting's status does not allow this.");
    public static readonly ErrorCode MeetingClassNotSet = new("logistics.meeting-class-not-set", 422, "该会议类别在本地区此日期没有现行的开支标准。", "The meeting class has no rule in force for the organ's division on that date.");
    public static readonly ErrorCode MeetingOverAttendeeCap = new("logistics.meeting-over-attendee-cap", 422, "参会人数超过该类会议的人数上限（会议费管理办法）。", "More attendees than the meeting class allows (meeting-expense rules).");
    public static readonly ErrorCode MeetingOverBudgetCap = new("logistics.meeting-over-budget-cap", 422, "会议预算超过参会人数 × 会期 × 该类会议综合定额（会议费管理办法）。", "The budget exceeds attendees × days × the class's all-in daily cap per person (meeting-expense rules).");
    public static readonly ErrorCode ServiceOrderNotFound = new("logistics.service-order-not-found", 404, "会务服务单不存在。", "The conference service order does not exist.");
    public static readonly ErrorCode ServiceOrderState = new("logistics.service-order-state", 409, "会务服务单已提供或已取消。", "The conference service order is already delivered or cancelled.");
    public static readonly ErrorCode ContractNotFound = new("logistics.contract-not-found", 404, "物业服务合同不存在。", "The property-service contract does not exist.");
    public static readonly ErrorCode EnergyClauseRequired = new("logistics.energy-clause-required", 422, "物业服务合同必须载明节能目标（公共机构节能条例第二十七条）。", "A property-service contract must state energy-saving targets (Regulation on Energy Conservation of Public Institutions, Art. 27).");
    public static readonly ErrorCode ContractTermTooLong = new("logistics.contract-term-too-long", 422, "合同期限超过规定的最长期限。", "The contract's term is longer than the longest allowed.");
    public static readonly ErrorCode ContractTermReasonRequired = new("logistics.contract-term-reason-required", 422, "合同期限超过一般期限，须说明理由（服务稳定、经费有保障）。", "A term above the normal one needs a reason (a stable service with secured funding).");
    public static readonly ErrorCode ContractNotCovering = new("logistics.contract-not-covering", 422, "该合同不在有效期内或不涵盖此服务事项，不能据此派单。", "The contract is not in force or does not cover the work order's service item.");
    public static readonly ErrorCode ChargeOutsideTerm = new("logistics.charge-outside-term", 422, "分摊月份不在合同期限内。", "The month charged is outside the contract's term.");
    public static readonly ErrorCode ChargesAboveContractValue = new("logistics.charges-above-contract-value", 422, "合同分摊金额合计将超过合同金额。", "The contract's charges would sum above its value.");
    public static readonly ErrorCode ContractChargeExists = new("logistics.contract-charge-exists", 409, "该机关本月已有此合同的分摊记录。", "The organ already has a charge of this contract for that month.");
    public static readonly ErrorCode AssetRefNotFound = new("logistics.asset-ref-not-found", 400, "所引用的资产不存在、不可见或已处置。", "The referenced asset does not exist, is not visible or is disposed.");
    public static readonly ErrorCode AssetNotOfOrgan = new("logistics.asset-not-of-organ", 422, "该资产不由报修机关持有，不能为其报修。", "The asset is not held by the requesting organ.");
    public static readonly ErrorCode RoomRequired = new("logistics.room-required", 400, "资产未登记存放房间，须指明维修地点（roomId）。", "The asset has no recorded room: give the room where the work is done (roomId).");
    public static readonly ErrorCode SurveyNotFound = new("logistics.survey-not-found", 404, "满意度调查不存在。", "The satisfaction survey does not exist.");
    public static readonly ErrorCode ScoresPerQuestion = new("logistics.scores-per-question", 400, "每个问题须有且只有一个 1–5 的评分。", "Give exactly one score 1–5 per question.");
    public static readonly ErrorCode WorkOrderRefNotFound = new("logistics.work-order-ref-not-found", 400, "所引用的工单不存在或不可见。", "The referenced work order does not exist or is not visible.");
    public static readonly ErrorCode OrganNotFound = new("logistics.organ-not-found", 404, "机关不存在。", "The organ does not exist.");
    public static readonly ErrorCode SurveyAnsweredFixed = new("logistics.survey-answered-fixed", 409, "该满意度调查已有答卷，问题和抽样比例不能再改。", "The survey has answers: its questions and sample can no longer change.");
    public static readonly ErrorCode ContractChargeNotFound = new("logistics.contract-charge-not-found", 404, "合同分摊记录不存在。", "The contract charge does not exist.");
    public static readonly ErrorCode CorrectionUnchanged = new("logistics.correction-unchanged", 422, "更正金额与当前金额相同。", "The corrected amount is the current amount.");
    public static readonly ErrorCode NotInSample = new("logistics.not-in-sample", 422, "该工单不在本次满意度调查的抽样范围内。", "The work order is not in the survey's sample.");
    public static readonly ErrorCode SurveyAnswered = new("logistics.survey-answered", 409, "该工单已填写过本调查。", "The work order's requester has already answered this survey.");
    public static readonly ErrorCode CanteenDayRecorded = new("logistics.canteen-day-recorded", 409, "该食堂当日的浪费情况已登记。", "The canteen's waste of that day is already recorded.");
    public static readonly ErrorCode ContractRefNotFound = new("logistics.contract-ref-not-found", 400, "所引用的物业服务合同不存在。", "The referenced property-service contract does not exist.");
    public static readonly ErrorCode PlanTargetNotFound = new("logistics.plan-target-not-found", 422, "预防性维护计划的对象（楼宇、楼层、房间或资产）不存在、已停用或没有在用房间。", "The plan's target (building, floor, room or asset) does not exist, is retired or disposed, or has no active room.");
    public static readonly ErrorCode RoomOutsideTarget = new("logistics.room-outside-target", 422, "所指房间不在计划对象范围内。", "The room is not part of the plan's target.");
    public static readonly ErrorCode MaintenancePlanRetired = new("logistics.maintenance-plan-retired", 409, "预防性维护计划已停用。", "The preventive maintenance plan is retired.");
    public static readonly ErrorCode BuildingRefNotFound = new("logistics.building-ref-not-found", 400, "所引用的楼宇不存在或没有房间。", "The referenced building does not exist or has no rooms.");
    public static readonly ErrorCode BuildingOutsideContract = new("logistics.building-outside-contract", 422, "工单所在楼宇不在该物业服务合同的服务范围内，不能据此派单。", "The work order's building is outside the contract's scope: it cannot be assigned under it.");
    public static readonly ErrorCode AmendmentDate = new("logistics.amendment-date", 422, "变更生效日期应在合同期限内且不晚于今天。", "The amendment must take effect within the contract's term and not after today.");
    public static readonly ErrorCode AmendmentChangesNothing = new("logistics.amendment-changes-nothing", 422, "变更未改动合同的任何内容。", "The amendment changes nothing in the contract.");
    public static readonly ErrorCode ChargesOutsideAmendedTerm = new("logistics.charges-outside-amended-term", 422, "变更后的合同期限不覆盖已登记的分摊月份。", "The amended term would leave charged months outside it.");
}
