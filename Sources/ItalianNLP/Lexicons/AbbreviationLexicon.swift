/// Abbreviations whose final period belongs to the word (Lexicons/text/abbreviations.tsv).
struct AbbreviationLexicon: Sendable {
    /// What kind of abbreviation a form is.
    enum Kind: String, Sendable {
        case title, reference, legal, company, era, time, common
    }

    struct Entry: Sendable {
        let kind: Kind
        /// Whether the abbreviation often ends a sentence, so that its period may close one too.
        let canEndSentence: Bool
    }

    private let entries: [String: Entry]

    init(table: TSVTable) {
        var entries: [String: Entry] = [:]
        for row in table.rows {
            let form = String(row.column(0))
            guard form.hasSuffix(".") else { continue }
            entries[form] = Entry(
                kind: Kind(rawValue: String(row.column(1))) ?? .common,
                canEndSentence: row.column(2) == "yes")
        }
        self.entries = entries
    }

    /// The entry of a form written with its final period ("Dott.", "S.p.A."), case-sensitive.
    func entry(_ form: String) -> Entry? {
        entries[form]
    }

    var count: Int { entries.count }

    static let shared = AbbreviationLexicon(table: .embedded("text/abbreviations.tsv"))
}
