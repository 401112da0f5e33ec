/// Text decoded from bytes that may not be valid UTF-8.
public struct DecodedText: Sendable, Hashable {
    /// The text, with each invalid byte sequence replaced by U+FFFD.
    public let text: String
    /// The byte offset of the first invalid sequence, or nil when the bytes were valid UTF-8.
    public let firstInvalidByteOffset: Int?

    /// Decodes `bytes` as UTF-8, replacing invalid sequences rather than failing.
    public init<Bytes: Collection>(utf8 bytes: Bytes) where Bytes.Element == UInt8 {
        // The fast path: the standard library validates valid UTF-8 far faster than a decoder loop.
        if let valid = String(validating: bytes, as: UTF8.self) {
            text = valid
            firstInvalidByteOffset = nil
            return
        }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var position = 0
        var firstInvalid: Int? = nil
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                position += UTF8.width(scalar)
            case .emptyInput:
                break loop
            case .error:
                firstInvalid = position
                break loop
            }
        }
        // String(decoding:) replaces each invalid sequence with U+FFFD, as the warning says.
        text = String(decoding: bytes, as: UTF8.self)
        firstInvalidByteOffset = firstInvalid
    }

    /// A warning describing the invalid input, if any.
    public var warning: Warning? {
        firstInvalidByteOffset.map {
            Warning(code: "invalid-utf8", message: "the input is not valid UTF-8; invalid bytes were replaced by U+FFFD", offset: $0)
        }
    }
}
