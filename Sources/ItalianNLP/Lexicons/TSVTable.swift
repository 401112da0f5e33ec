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
        // The cuts are found in the bytes of one buffer (searching the UTF-8 view index by index
        // cost half of the loading time), as offsets; a native string turns an offset into an
        // index of its UTF-8 view at no cost. A string without contiguous bytes (bridged) is
        // made native first.
        var source = text
        if source.utf8.withContiguousStorageIfAvailable({ _ in true }) == nil { source.makeContiguousUTF8() }
        let text = source
        let utf8 = text.utf8
        let origin = utf8.startIndex
        var rows: [[Substring]] = []
        utf8.withContiguousStorageIfAvailable { bytes in
            let newline = UInt8(ascii: "\n")
            let tab = UInt8(ascii: "\t")
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != newline { lineEnd += 1 }
                var contentEnd = lineEnd
                if contentEnd > lineStart, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
                if contentEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") {
                    var fields: [Substring] = []
                    // Most lexicons have two to four columns: one allocation, not three as it grows.
                    fields.reserveCapacity(4)
                    var fieldStart = lineStart
                    while true {
                        var fieldEnd = fieldStart
                        while fieldEnd < contentEnd && bytes[fieldEnd] != tab { fieldEnd += 1 }
                        fields.append(text[utf8.index(origin, offsetBy: fieldStart)..<utf8.index(origin, offsetBy: fieldEnd)])
                        guard fieldEnd < contentEnd else { break }
                        fieldStart = fieldEnd + 1
                    }
                    rows.append(fields)
                }
                lineStart = lineEnd < bytes.count ? lineEnd + 1 : lineEnd
            }
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
