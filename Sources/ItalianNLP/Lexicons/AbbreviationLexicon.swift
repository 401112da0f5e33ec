/// Abbreviations whose final period belongs to the word (Lexicons/text/abbreviations.tsv), and the
/// nouns that name things by a letter (Lexicons/text/letter-label-nouns.tsv), after which a capital
/// letter with a period is a label ("la Serie B."), not an initial ("J. Smith").
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
    private let letterLabelNouns: Set<String>

    init(table: TSVTable, letterLabelNouns: TSVTable = TSVTable(text: "")) {
        var entries: [String: Entry] = [:]
        for row in table.rows {
            let form = String(row.column(0))
            guard form.hasSuffix(".") else { continue }
            entries[form] = Entry(
                kind: Kind(rawValue: String(row.column(1))) ?? .common,
                canEndSentence: row.column(2) == "yes")
        }
        self.entries = entries
        self.letterLabelNouns = Set(letterLabelNouns.rows.map { String($0.column(0)) })
    }

    /// The entry of a form written with its final period ("Dott.", "S.p.A."), case-sensitive.
    func entry(_ form: String) -> Entry? {
        entries[form]
    }

    /// Whether a lower-case word names things by a letter ("serie", "piano", "vitamina").
    func isLetterLabelNoun(_ lowercasedWord: String) -> Bool {
        letterLabelNouns.contains(lowercasedWord)
    }

    var count: Int { entries.count }

    static let shared = AbbreviationLexicon(
        table: .embedded("text/abbreviations.tsv"), letterLabelNouns: .embedded("text/letter-label-nouns.tsv"))
}
