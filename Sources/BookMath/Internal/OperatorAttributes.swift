/// The attributes an `<mo>` is written with; `nil` leaves the operator dictionary's value.
struct OperatorAttributes: Sendable, Equatable {
    var form: String? = nil
    var fence: Bool? = nil
    var stretchy: Bool? = nil
    var symmetric: Bool? = nil
    var separator: Bool? = nil
    var largeop: Bool? = nil
    var movablelimits: Bool? = nil
    var lspace: String? = nil
    var rspace: String? = nil
    var minsize: String? = nil
    var maxsize: String? = nil

    /// No explicit attributes.
    static let plain = OperatorAttributes()
    /// A delimiter typed on its own, which must not grow with its row.
    static let nonStretchy = OperatorAttributes(stretchy: false)
    /// A `\left`/`\right` delimiter.
    static let fenceDelimiter = OperatorAttributes(fence: true)
}
