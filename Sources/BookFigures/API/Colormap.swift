/// A continuous colour map from `0...1` to sRGB, defined by anchor colours and linear
/// interpolation between them in sRGB.
///
/// The three built-in maps follow their published definitions:
/// - ``viridis`` and ``plasma``: van der Walt & Smith's maps for matplotlib 2.0 (CC0), as
///   tabulated in 256 entries in matplotlib's `lib/matplotlib/_cm_listed.py`. We keep every
///   16th entry plus the last (17 anchors); between anchors the tabulated curve is smooth, so
///   linear interpolation stays within about 1/255 of the full table.
/// - ``coolwarm``: Kenneth Moreland, "Diverging Color Maps for Scientific Visualization"
///   (ISVC 2009). The map is computed from its definition: the end points sRGB (59, 76, 192)
///   and (180, 4, 38) are interpolated in the paper's Msh space (polar CIELAB, D65 white) through
///   the unsaturated white point with M = 88, with the paper's hue spin near white. We sample
///   it at 33 anchors, as Moreland's own published table does.
public struct Colormap: Sendable {
    /// A short name, e.g. `viridis`.
    public let name: String
    /// Anchor positions in `0...1` (increasing, first 0, last 1) and their colours.
    public let anchors: [(position: Double, color: RGB)]

    /// Creates a colour map from anchors.
    ///
    /// - Parameters:
    ///   - name: A short name.
    ///   - anchors: At least two anchors with strictly increasing positions from 0 to 1.
    /// - Throws: ``FigureError`` (`.invalidOption`) when the anchors are not like that.
    public init(name: String, anchors: [(position: Double, color: RGB)]) throws(FigureError) {
        guard anchors.count >= 2, anchors.first?.position == 0, anchors.last?.position == 1 else {
            throw FigureError(
                .invalidOption(
                    name: "colormap anchors", value: "\(anchors.count)", reason: "need ≥ 2 anchors from position 0 to 1"
                ))
        }
        for k in 1..<anchors.count where !(anchors[k].position > anchors[k - 1].position) {
            throw FigureError(
                .invalidOption(
                    name: "colormap anchors", value: "\(anchors[k].position)", reason: "positions must increase"),
                index: k)
        }
        self.name = name
        self.anchors = anchors
    }

    init(uncheckedName name: String, anchors: [(position: Double, color: RGB)]) {
        self.name = name
        self.anchors = anchors
    }

    /// The colour at `t`.
    ///
    /// - Parameter t: Position; values outside `0...1` are clamped, NaN maps to 0.
    /// - Returns: The interpolated colour.
    public func color(at t: Double) -> RGB {
        let u = t.isNaN ? 0 : max(0, min(1, t))
        var hi = 1
        while hi < anchors.count - 1 && anchors[hi].position < u { hi += 1 }
        let a = anchors[hi - 1]
        let b = anchors[hi]
        let w = (u - a.position) / (b.position - a.position)
        return RGB(
            a.color.red + (b.color.red - a.color.red) * w,
            a.color.green + (b.color.green - a.color.green) * w,
            a.color.blue + (b.color.blue - a.color.blue) * w)
    }

    private static func tabulated(_ name: String, _ rows: [(Int, Double, Double, Double)]) -> Colormap {
        Colormap(uncheckedName: name, anchors: rows.map { (Double($0.0) / 255, RGB($0.1, $0.2, $0.3)) })
    }

    /// Perceptually uniform blue–green–yellow map (matplotlib's default).
    public static let viridis = tabulated(
        "viridis",
        [
            (0, 0.267004, 0.004874, 0.329415), (16, 0.282327, 0.094955, 0.417331),
            (32, 0.278826, 0.175490, 0.483397), (48, 0.258965, 0.251537, 0.524736),
            (64, 0.229739, 0.322361, 0.545706), (80, 0.199430, 0.387607, 0.554642),
            (96, 0.172719, 0.448791, 0.557885), (112, 0.149039, 0.508051, 0.557250),
            (128, 0.127568, 0.566949, 0.550556), (144, 0.120638, 0.625828, 0.533488),
            (160, 0.157851, 0.683765, 0.501686), (176, 0.246070, 0.738910, 0.452024),
            (192, 0.369214, 0.788888, 0.382914), (208, 0.515992, 0.831158, 0.294279),
            (224, 0.678489, 0.863742, 0.189503), (240, 0.845561, 0.887322, 0.099702),
            (255, 0.993248, 0.906157, 0.143936),
        ])

    /// Perceptually uniform blue–magenta–yellow map.
    public static let plasma = tabulated(
        "plasma",
        [
            (0, 0.050383, 0.029803, 0.527975), (16, 0.193374, 0.018354, 0.590330),
            (32, 0.299855, 0.009561, 0.631624), (48, 0.399411, 0.000859, 0.656133),
            (64, 0.494877, 0.011990, 0.657865), (80, 0.584391, 0.068579, 0.632812),
            (96, 0.665129, 0.138566, 0.585582), (112, 0.736019, 0.209439, 0.527908),
            (128, 0.798216, 0.280197, 0.469538), (144, 0.853319, 0.351553, 0.413734),
            (160, 0.901807, 0.425087, 0.359688), (176, 0.942598, 0.502639, 0.305816),
            (192, 0.973416, 0.585761, 0.251540), (208, 0.991365, 0.675355, 0.198453),
            (224, 0.993033, 0.771720, 0.154808), (240, 0.974443, 0.874622, 0.144061),
            (255, 0.940015, 0.975158, 0.131326),
        ])

    /// Moreland's diverging blue–white–red map, for signed quantities around a midpoint.
    public static let coolwarm: Colormap = {
        let cool = MshColor(rgb: RGB(59.0 / 255, 76.0 / 255, 192.0 / 255))
        let warm = MshColor(rgb: RGB(180.0 / 255, 4.0 / 255, 38.0 / 255))
        let anchors = (0...32).map { k -> (position: Double, color: RGB) in
            let t = Double(k) / 32
            return (t, MshColor.diverging(cool, warm, t).rgb)
        }
        return Colormap(uncheckedName: "coolwarm", anchors: anchors)
    }()
}
