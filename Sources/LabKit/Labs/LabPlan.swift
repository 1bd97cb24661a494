/// The twelve labs of the scenario, in order (DESIGN.md, "The lab plan"). Exam items and, later,
/// lab folders are checked against these ids so a link can never point at a lab that does not exist.
public enum LabPlan {
    public static let ids = [
        "01-orientation", "02-data-lake", "03-iam-and-network", "04-catalog-and-crawlers", "05-glue-etl",
        "06-cluster", "07-star-schema", "08-loading", "09-analytics", "10-performance",
        "11-monitoring-and-security", "12-cost-and-cleanup",
    ]
}
