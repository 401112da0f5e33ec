/// Maps offsets in a rewritten text back to the text it was made from.
///
/// A rewrite replaces some stretches of the original with other text (NFC composition, an
/// apostrophe restored to an accent, whitespace unified); everything between the stretches is
/// copied unchanged. The map records each replaced stretch, so an offset in an unchanged stretch
/// maps exactly and an offset inside a replaced one maps to that stretch's start (or end, for the
/// upper bound of a range). Offsets are UTF-8 offsets on both sides.
public struct OffsetMap: Sendable, Hashable {
    struct Replacement: Sendable, Hashable {
        let rewritten: Range<Int>
        let original: Range<Int>
    }

    private(set) var replacements: [Replacement] = []

    /// The identity map.
    public init() {}

    /// Whether the rewrite changed nothing.
    public var isIdentity: Bool { replacements.isEmpty }

    mutating func record(rewritten: Range<Int>, original: Range<Int>) {
        // Adjacent replacements merge when one of them rewrites to nothing, so that no two share
        // a start. Two that both rewrite to something stay apart: each NFC segment maps back to
        // its own stretch, so tokens in neighbouring segments keep disjoint, ordered spans.
        if let last = replacements.last, last.rewritten.upperBound == rewritten.lowerBound,
            last.original.upperBound == original.lowerBound, last.rewritten.isEmpty || rewritten.isEmpty
        {
            replacements[replacements.count - 1] = Replacement(
                rewritten: last.rewritten.lowerBound..<rewritten.upperBound,
                original: last.original.lowerBound..<original.upperBound)
            return
        }
        replacements.append(Replacement(rewritten: rewritten, original: original))
    }

    /// The original offset of a rewritten offset taken as the start of a range.
    public func originalLowerBound(_ offset: Int) -> Int {
        map(offset, upper: false)
    }

    /// The original offset of a rewritten offset taken as the end of a range.
    public func originalUpperBound(_ offset: Int) -> Int {
        map(offset, upper: true)
    }

    /// The original range of a rewritten range.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        let lower = originalLowerBound(range.lowerBound)
        return lower..<max(lower, originalUpperBound(range.upperBound))
    }

    private func map(_ offset: Int, upper: Bool) -> Int {
        // The last replacement starting at or before the offset.
        var low = 0
        var high = replacements.count
        while low < high {
            let middle = (low + high) / 2
            if replacements[middle].rewritten.lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return offset }
        let replacement = replacements[low - 1]
        if offset == replacement.rewritten.lowerBound {
            return replacement.original.lowerBound
        }
        if offset < replacement.rewritten.upperBound {
            return upper ? replacement.original.upperBound : replacement.original.lowerBound
        }
        return offset - replacement.rewritten.upperBound + replacement.original.upperBound
    }
}
