/// A tab-separated lexicon file: `#` lines are comments (the first names the columns), every
/// other non-empty line is a row.
struct TSVTable: Sendable {
    let rows: [[Substring]]

    /// Lines end at "\n" (a "\r" before it is dropped) and fields at "\t"; empty fields are
    /// kept. The file is scanned as UTF-8 bytes: splitting the String by `Character` cost about
    /// a thousand instructions per byte, a third of a second of start-up for the sentiment
    /// lexicons. Both separators are control characters, which always end a Character, so every
    /// cut falls where a Character-wise split would put it (except that "\r\n", one Character,
    /// now ends a line too).
    init(text: String) {
        var rows: [[Substring]] = []
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            var contentEnd = lineEnd
            if contentEnd > lineStart, bytes[bytes.index(before: contentEnd)] == UInt8(ascii: "\r") {
                contentEnd = bytes.index(before: contentEnd)
            }
            if contentEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") {
                var fields: [Substring] = []
                // Most lexicons have two to four columns: one allocation, not three as it grows.
                fields.reserveCapacity(4)
                var fieldStart = lineStart
                while true {
                    let fieldEnd = bytes[fieldStart..<contentEnd].firstIndex(of: UInt8(ascii: "\t")) ?? contentEnd
                    fields.append(text[fieldStart..<fieldEnd])
                    guard fieldEnd < contentEnd else { break }
                    fieldStart = bytes.index(after: fieldEnd)
                }
                rows.append(fields)
            }
            lineStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
        }
        self.rows = rows
    }

    /// The embedded lexicon at `path` (relative to Lexicons/), or an empty table when the build
    /// has none (a test reports that case).
    static func embedded(_ path: String) -> TSVTable {
        TSVTable(text: EmbeddedLexiconData.files[path] ?? "")
    }
}

extension Array where Element == Substring {
    /// The column at `index`, or an empty string when the row is short.
    func column(_ index: Int) -> Substring {
        index < count ? self[index] : ""
    }
}
