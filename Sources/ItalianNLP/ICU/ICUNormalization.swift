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

    /// The most scalars without a normalisation boundary before them (combining marks, mostly)
    /// that ICU is handed in a row: the 30 non-starters of Unicode's Stream-Safe Text Format
    /// (UAX #15). ICU puts marks in canonical order by insertion, so a longer run costs time
    /// quadratic in its length; one past the limit is normalised in pieces, then its marks are
    /// put in canonical order across the pieces' edges (see `canonicallyOrdered`). The result is
    /// canonically equivalent to the text, though a mark past the limit no longer composes with
    /// the letter before the run. No real text has such runs.
    static let maximumNonStarterRun = 30

    /// Normalises a string with ICU. Returns the input unchanged if ICU reports an error (which,
    /// for valid Unicode, it does not).
    static func normalize(_ text: String, form: cicu_norm_form) -> String {
        let source = Array(text.utf16)
        if source.isEmpty { return text }
        guard source.count > maximumNonStarterRun, let cuts = overlongRunCuts(text) else {
            return normalize(units: source[...], form: form) ?? text
        }
        var result = ""
        var start = 0
        for end in cuts + [source.count] {
            guard let piece = normalize(units: source[start..<end], form: form) else { return text }
            result += piece
            start = end
        }
        return canonicallyOrdered(result)
    }

    /// Puts every run of combining marks (canonical combining class above 0) in canonical order:
    /// a stable sort by class, by counting, so linear. Each piece ICU normalised is in order, but
    /// the marks of neighbouring pieces are not, and the standard library's own normalisation
    /// (behind String hashing and comparison) sorts a run by insertion: quadratic when it is out
    /// of order.
    private static func canonicallyOrdered(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var classes = scalars.map { $0.properties.canonicalCombiningClass.rawValue }
        var changed = false
        var start = 0
        while start < scalars.count {
            guard classes[start] > 0 else {
                start += 1
                continue
            }
            var end = start + 1
            var sorted = true
            while end < scalars.count, classes[end] > 0 {
                if classes[end] < classes[end - 1] { sorted = false }
                end += 1
            }
            if !sorted {
                // Where each class's marks go: after all marks of lower classes, in text order.
                var next = [Int](repeating: 0, count: 257)
                for index in start..<end { next[Int(classes[index]) + 1] += 1 }
                for value in 1..<257 { next[value] += next[value - 1] }
                let run = Array(scalars[start..<end])
                let runClasses = Array(classes[start..<end])
                for (scalar, value) in zip(run, runClasses) {
                    scalars[start + next[Int(value)]] = scalar
                    classes[start + next[Int(value)]] = value
                    next[Int(value)] += 1
                }
                changed = true
            }
            start = end
        }
        return changed ? String(String.UnicodeScalarView(scalars)) : text
    }

    /// The UTF-16 offsets where runs of scalars without a normalisation boundary before them
    /// are cut into pieces of `maximumNonStarterRun`; nil when no run is that long.
    private static func overlongRunCuts(_ text: String) -> [Int]? {
        var cuts: [Int] = []
        var run = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            if hasNFCBoundaryBefore(scalar.value) {
                run = 0
            } else {
                run += 1
                if run > maximumNonStarterRun {
                    cuts.append(offset)
                    run = 1
                }
            }
            offset += scalar.utf16.count
        }
        return cuts.isEmpty ? nil : cuts
    }

    /// Normalises UTF-16 code units with ICU; nil when ICU reports an error or the text is
    /// beyond ICU's 32-bit lengths.
    private static func normalize(units: ArraySlice<UInt16>, form: cicu_norm_form) -> String? {
        guard let length = Int32(exactly: units.count) else { return nil }
        var capacity = units.count + 16
        for _ in 0..<4 {
            guard let capacity32 = Int32(exactly: capacity) else { return nil }
            var destination = [UInt16](repeating: 0, count: capacity)
            var error: Int32 = 0
            let needed = units.withUnsafeBufferPointer { source in
                cicu_normalize(form, source.baseAddress, length, &destination, capacity32, &error)
            }
            if needed < 0 || error > 0 { return nil }
            if Int(needed) <= capacity {
                return String(decoding: destination[0..<Int(needed)], as: UTF16.self)
            }
            capacity = Int(needed) + 16
        }
        return nil
    }
}
