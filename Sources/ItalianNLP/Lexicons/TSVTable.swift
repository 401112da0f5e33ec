/// A tab-separated lexicon file: `#` lines are comments (the first names the columns), every
/// other non-empty line is a row.
struct TSVTable: Sendable {
    let rows: [[Substring]]

    init(text: String) {
        var rows: [[Substring]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            rows.append(trimmed.split(separator: "\t", omittingEmptySubsequences: false))
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
