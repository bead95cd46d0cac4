#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// The C math library, named so that callers inside the module read as maths.
// Pure functions: importing libm does not bring I/O into the target.
@inline(__always) func _log10(_ x: Double) -> Double { log10(x) }
@inline(__always) func _pow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
@inline(__always) func _sin(_ x: Double) -> Double { sin(x) }
@inline(__always) func _cos(_ x: Double) -> Double { cos(x) }
@inline(__always) func _atan2(_ y: Double, _ x: Double) -> Double { atan2(y, x) }
@inline(__always) func _acos(_ x: Double) -> Double { acos(x) }
@inline(__always) func _cbrt(_ x: Double) -> Double { cbrt(x) }
