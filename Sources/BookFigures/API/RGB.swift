/// An sRGB colour with components in `0...1`.
public struct RGB: Sendable, Equatable, Hashable {
    /// Red, 0…1.
    public var red: Double
    /// Green, 0…1.
    public var green: Double
    /// Blue, 0…1.
    public var blue: Double

    /// Creates a colour; components are clamped to `0...1` when rendered.
    ///
    /// - Parameters:
    ///   - red: Red, 0…1.
    ///   - green: Green, 0…1.
    ///   - blue: Blue, 0…1.
    public init(_ red: Double, _ green: Double, _ blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Creates a colour from a 24-bit `0xRRGGBB` value.
    ///
    /// - Parameter hex: The packed colour.
    public init(hex: UInt32) {
        self.init(Double((hex >> 16) & 0xFF) / 255, Double((hex >> 8) & 0xFF) / 255, Double(hex & 0xFF) / 255)
    }

    /// The colour as `#rrggbb` (lower case), each component rounded to the nearest of 256 steps.
    public var hex: String {
        let digits: [Character] = Array("0123456789abcdef")
        var out = "#"
        for c in [red, green, blue] {
            let v = Int((max(0, min(1, c.isFinite ? c : 0)) * 255).rounded())
            out.append(digits[v >> 4])
            out.append(digits[v & 15])
        }
        return out
    }
}
