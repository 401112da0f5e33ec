import CICU

/// Internal access to ICU's normalisers, with per-code-point tables built once so that the common
/// case (text that is already normalised) never leaves Swift.
enum ICUNormalization {
    /// Bit tables over the Basic Multilingual Plane: a set bit means "inert" (never changed and never
    /// combining with a neighbour) or "boundary before".
    struct Tables: Sendable {
        let inert: [UInt64]
        let boundaryBefore: [UInt64]

        init(form: cicu_norm_form) {
            var inert = [UInt64](repeating: 0, count: 1024)
            var boundary = [UInt64](repeating: 0, count: 1024)
            // In one C call (the answers of `cicu_norm_is_inert` and `cicu_norm_has_boundary_before`
            // for every code point): asked point by point, the 131,072 calls cost a document's
            // worth of analysis the first time a text held a scalar from U+0300 on.
            inert.withUnsafeMutableBufferPointer { inert in
                boundary.withUnsafeMutableBufferPointer { boundary in
                    guard let inertWords = inert.baseAddress, let boundaryWords = boundary.baseAddress else { return }
                    cicu_norm_fill_tables(form, inertWords, boundaryWords, Int32(min(inert.count, boundary.count)))
                }
            }
            self.inert = inert
            self.boundaryBefore = boundary
        }
    }

    static let nfcTables = Tables(form: CICU_NORM_NFC)

    /// Whether `scalar` can never change under NFC nor change its neighbours.
    @inline(__always)
    static func isNFCInert(_ value: UInt32) -> Bool {
        // Everything below U+0300 has NFC_QC=Yes and canonical combining class 0.
        if value < 0x300 { return true }
        if value < 0x10000 {
            return nfcTables.inert[Int(value >> 6)] & (UInt64(1) << UInt64(value & 63)) != 0
        }
        return cicu_norm_is_inert(CICU_NORM_NFC, value) != 0
    }

    @inline(__always)
    static func hasNFCBoundaryBefore(_ value: UInt32) -> Bool {
        if value < 0x300 { return true }
        if value < 0x10000 {
            return nfcTables.boundaryBefore[Int(value >> 6)] & (UInt64(1) << UInt64(value & 63)) != 0
        }
        return cicu_norm_has_boundary_before(CICU_NORM_NFC, value) != 0
    }

    /// Normalises a string with ICU. Returns the input unchanged if ICU reports an error (which,
    /// for valid Unicode, it does not).
    static func normalize(_ text: String, form: cicu_norm_form) -> String {
        let source = Array(text.utf16)
        if source.isEmpty { return text }
        var capacity = source.count + 16
        for _ in 0..<4 {
            var destination = [UInt16](repeating: 0, count: capacity)
            var error: Int32 = 0
            let needed = cicu_normalize(form, source, Int32(source.count), &destination, Int32(capacity), &error)
            if needed < 0 || error > 0 { return text }
            if Int(needed) <= capacity {
                return String(decoding: destination[0..<Int(needed)], as: UTF16.self)
            }
            capacity = Int(needed) + 16
        }
        return text
    }
}
