/// A stretch of the caller's text: its range in the original `String`, plus the same stretch as
/// UTF-8 offsets and as Unicode scalar offsets (what Python tools, brat and the CLI's JSON use).
///
/// All ranges are end-exclusive and refer to the text exactly as it was given, even when the
/// analysis ran on a normalised copy.
public struct TextSpan: Sendable, Hashable {
    /// The range in the original `String`.
    public let range: Range<String.Index>
    /// The same range as UTF-8 offsets from the start of the text.
    public let utf8: Range<Int>
    /// The same range as Unicode scalar offsets from the start of the text.
    public let scalars: Range<Int>

    /// Creates a span from its three equivalent descriptions; they must agree.
    public init(range: Range<String.Index>, utf8: Range<Int>, scalars: Range<Int>) {
        self.range = range
        self.utf8 = utf8
        self.scalars = scalars
    }

    /// The spanned text, read from the document the span was made for.
    public func text(in document: String) -> Substring {
        document[range]
    }

    /// Whether the span covers no text.
    public var isEmpty: Bool { utf8.isEmpty }
}

extension TextSpan: Comparable {
    /// Spans order by start, then by end.
    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        if lhs.utf8.lowerBound != rhs.utf8.lowerBound {
            return lhs.utf8.lowerBound < rhs.utf8.lowerBound
        }
        return lhs.utf8.upperBound < rhs.utf8.upperBound
    }
}
