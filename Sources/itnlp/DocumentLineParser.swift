/// Reads the common shape of a `--jsonl` input line — `{"id": …, "text": "…"}` — without
/// Foundation, and declines (nil) anything else, which `JSONLines.parse` then hands to
/// `JSONSerialization`.
///
/// Foundation's parser built a dictionary of boxed values for every line, a tenth of the time of
/// `itnlp tokenize --jsonl`. The fast path must give exactly what the Foundation path gives, so
/// it takes only what it can reproduce byte for byte: the keys `id` and `text` (each at most
/// once, unescaped), an id that is `null`, an integer of up to 15 digits or a string of letters,
/// digits and `_-.:` (re-encoded as Foundation re-encodes them), and a text string that is valid
/// UTF-8 with the standard escapes. Everything else — other keys, other ids, lone surrogates,
/// invalid UTF-8, control characters — goes to Foundation, errors included.
enum DocumentLineParser {
    /// The id as JSON to echo, and the text; nil when the line is not of the common shape.
    static func parse(_ line: [UInt8]) -> (idJSON: [UInt8], text: String)? {
        line.withUnsafeBufferPointer { bytes in
            var reader = Reader(bytes: bytes)
            return reader.document()
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        mutating func document() -> (idJSON: [UInt8], text: String)? {
            skipSpace()
            guard take(UInt8(ascii: "{")) else { return nil }
            var idJSON: [UInt8]? = nil
            var text: String? = nil
            var first = true
            while true {
                skipSpace()
                if take(UInt8(ascii: "}")) {
                    // "{}" or "{…,}" is not the common shape (the latter is not JSON at all).
                    guard !first || text != nil else { return nil }
                    break
                }
                if !first {
                    guard take(UInt8(ascii: ",")) else { return nil }
                    skipSpace()
                }
                first = false
                guard let key = plainKey() else { return nil }
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                switch key {
                case .id:
                    guard idJSON == nil, let value = idValue() else { return nil }
                    idJSON = value
                case .text:
                    guard text == nil, let value = stringValue() else { return nil }
                    text = value
                }
            }
            skipSpace()
            guard position == bytes.count, let text else { return nil }
            return (idJSON ?? Array("null".utf8), text)
        }

        enum Key { case id, text }

        /// `"id"` or `"text"`; nil for any other key (the line goes to Foundation).
        mutating func plainKey() -> Key? {
            if matches("\"id\"") { return .id }
            if matches("\"text\"") { return .text }
            return nil
        }

        /// The id re-encoded as Foundation re-encodes it, for the ids whose encoding is certain.
        mutating func idValue() -> [UInt8]? {
            if matches("null") { return Array("null".utf8) }
            guard position < bytes.count else { return nil }
            let start = position
            if bytes[position] == UInt8(ascii: "\"") {
                position += 1
                while position < bytes.count, Self.isPlainIDByte(bytes[position]) { position += 1 }
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), position > start + 1 else { return nil }
                position += 1
                return Array(bytes[start..<position])
            }
            // An integer: an optional minus, then 0 or a digit string without a leading zero.
            if bytes[position] == UInt8(ascii: "-") { position += 1 }
            let digitsStart = position
            while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 { position += 1 }
            let digits = position - digitsStart
            guard digits > 0, digits <= 15, !(digits > 1 && bytes[digitsStart] == 0x30) else { return nil }
            // "-0" is written back as "0" by Foundation; leave it to Foundation.
            guard !(digits == 1 && bytes[digitsStart] == 0x30 && digitsStart > start) else { return nil }
            // A fraction or exponent follows: not an integer.
            if position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): return nil
                default: break
                }
            }
            return Array(bytes[start..<position])
        }

        static func isPlainIDByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return true
            case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ":"):
                return true
            default:
                return false
            }
        }

        /// A JSON string: its raw runs copied as they are, the escapes decoded. nil for what the
        /// fast path leaves to Foundation (invalid UTF-8, a control character, a lone surrogate,
        /// an unknown escape, an unterminated string).
        mutating func stringValue() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            var decoded: [UInt8] = []
            var runStart = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                    position += 1
                    return String(validating: decoded, as: UTF8.self)
                }
                if byte < 0x20 { return nil }
                if byte != UInt8(ascii: "\\") {
                    position += 1
                    continue
                }
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                position += 1
                guard position < bytes.count else { return nil }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
                case UInt8(ascii: "b"): decoded.append(0x08)
                case UInt8(ascii: "f"): decoded.append(0x0C)
                case UInt8(ascii: "n"): decoded.append(0x0A)
                case UInt8(ascii: "r"): decoded.append(0x0D)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = unicodeEscape() else { return nil }
                    decoded.append(contentsOf: String(Character(scalar)).utf8)
                default:
                    return nil
                }
                runStart = position
            }
            return nil
        }

        /// The scalar of `\uXXXX` (the `\u` already read), with a surrogate pair joined; nil for a
        /// lone surrogate or a malformed escape.
        mutating func unicodeEscape() -> Unicode.Scalar? {
            guard let high = hexQuad() else { return nil }
            if high < 0xD800 || high > 0xDFFF { return Unicode.Scalar(high) }
            guard high <= 0xDBFF, matches("\\u"), let low = hexQuad(), (0xDC00...0xDFFF).contains(low) else { return nil }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        }

        mutating func hexQuad() -> UInt32? {
            guard position + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[position]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
                position += 1
            }
            return value
        }

        /// Consumes `literal` when the bytes at the position spell it.
        mutating func matches(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard position + count <= bytes.count else { return false }
            let pointer = literal.utf8Start
            for offset in 0..<count where bytes[position + offset] != pointer[offset] { return false }
            position += count
            return true
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        /// JSON's whitespace: space, tab, line feed, carriage return.
        mutating func skipSpace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x09, 0x0A, 0x0D: position += 1
                default: return
                }
            }
        }
    }
}
