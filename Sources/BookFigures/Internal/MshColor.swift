/// A colour in Moreland's Msh space (polar CIELAB), used to compute the coolwarm map from
/// its definition (Moreland 2009, sections 4–5).
struct MshColor {
    var m: Double
    var s: Double
    var h: Double

    init(m: Double, s: Double, h: Double) {
        self.m = m
        self.s = s
        self.h = h
    }

    // D65 reference white, CIE XYZ with Y = 1.
    private static let white = (x: 0.95047, y: 1.0, z: 1.08883)

    init(rgb: RGB) {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : _pow((c + 0.055) / 1.055, 2.4) }
        let r = linear(rgb.red)
        let g = linear(rgb.green)
        let b = linear(rgb.blue)
        let x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b
        let y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
        let z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b
        func f(_ t: Double) -> Double { t > 0.008856 ? _cbrt(t) : 7.787 * t + 16.0 / 116.0 }
        let fx = f(x / Self.white.x)
        let fy = f(y / Self.white.y)
        let fz = f(z / Self.white.z)
        let l = 116 * fy - 16
        let a = 500 * (fx - fy)
        let bb = 200 * (fy - fz)
        let m = (l * l + a * a + bb * bb).squareRoot()
        self.init(m: m, s: m > 0 ? _acos(l / m) : 0, h: _atan2(bb, a))
    }

    var rgb: RGB {
        let l = m * _cos(s)
        let a = m * _sin(s) * _cos(h)
        let b = m * _sin(s) * _sin(h)
        let fy = (l + 16) / 116
        let fx = a / 500 + fy
        let fz = fy - b / 200
        func finv(_ t: Double) -> Double { t * t * t > 0.008856 ? t * t * t : (t - 16.0 / 116.0) / 7.787 }
        let x = finv(fx) * Self.white.x
        let y = finv(fy) * Self.white.y
        let z = finv(fz) * Self.white.z
        let r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z
        let g = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z
        let bl = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z
        func gamma(_ c: Double) -> Double {
            let v = max(0, min(1, c))
            return v <= 0.0031308 ? 12.92 * v : 1.055 * _pow(v, 1 / 2.4) - 0.055
        }
        return RGB(gamma(r), gamma(g), gamma(bl))
    }

    /// Moreland's hue adjustment for interpolating towards an unsaturated colour.
    private static func adjustHue(_ c: MshColor, _ mUnsat: Double) -> Double {
        if c.m >= mUnsat { return c.h }
        let spin = c.s * (mUnsat * mUnsat - c.m * c.m).squareRoot() / (c.m * _sin(c.s))
        return c.h > -Double.pi / 3 ? c.h + spin : c.h - spin
    }

    /// Moreland's diverging interpolation between two saturated end colours.
    static func diverging(_ c1: MshColor, _ c2: MshColor, _ t: Double) -> MshColor {
        var a = c1
        var b = c2
        var u = t
        var dh = abs(a.h - b.h)
        if dh > Double.pi { dh = 2 * Double.pi - dh }
        if a.s > 0.05 && b.s > 0.05 && dh > Double.pi / 3 {
            let mid = max(max(a.m, b.m), 88)
            if u < 0.5 {
                b = MshColor(m: mid, s: 0, h: 0)
                u = 2 * u
            } else {
                a = MshColor(m: mid, s: 0, h: 0)
                u = 2 * u - 1
            }
        }
        if a.s < 0.05 && b.s > 0.05 {
            a.h = adjustHue(b, a.m)
        } else if b.s < 0.05 && a.s > 0.05 {
            b.h = adjustHue(a, b.m)
        }
        return MshColor(m: (1 - u) * a.m + u * b.m, s: (1 - u) * a.s + u * b.s, h: (1 - u) * a.h + u * b.h)
    }
}
