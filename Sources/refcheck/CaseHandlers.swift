/// Every kind refcheck answers, joined from the handler tables of each group of cases.
/// Each group file (e.g. `OptimizerCases.swift`, `LearningCases.swift`) defines one table.
func allCaseHandlers() -> [String: CaseHandler] {
    var handlers: [String: CaseHandler] = [:]
    for table in [numericsCaseHandlers, learningCaseHandlers] {
        handlers.merge(table) { first, _ in first }
    }
    return handlers
}
