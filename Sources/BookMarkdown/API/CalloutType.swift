/// The callout types of Obsidian's syntax that bookgen renders, with their default Chinese
/// titles.
public enum CalloutType: String, Sendable, CaseIterable, Equatable {
    case note, tip, info, important, warning, example, question, abstract, todo

    /// The title shown when the author gives none.
    public var defaultTitle: String {
        switch self {
        case .note: "注意"
        case .tip: "提示"
        case .info: "说明"
        case .important: "重要"
        case .warning: "警告"
        case .example: "示例"
        case .question: "思考"
        case .abstract: "摘要"
        case .todo: "待办"
        }
    }
}

/// Whether a callout can be folded: Obsidian's `-` (folded) and `+` (open) after `[!type]`.
public enum CalloutFold: Sendable, Equatable {
    /// Always shown.
    case none
    /// Foldable, shown open.
    case open
    /// Foldable, shown closed.
    case closed
}
