/// Everything the sentiment rules may need to know about a word form, gathered from every
/// lexicon once, so that scoring a word costs a single dictionary probe: the modifier phrases it
/// starts, its polarity match, whether it reduces harm (`HarmReduction`), and the prepositional
/// locutions it starts (`PrepositionalLocution`).
struct SentimentWordTable: Sendable {
    struct Info: Sendable {
        var modifiers: [SentimentModifierLexicon.Entry]? = nil
        var polarity: PolarityLexicon.Match? = nil
        var reducesHarm = false
        var locutions: [[String]]? = nil
    }

    private let table: [String: Info]

    init(polarity: PolarityLexicon, modifiers: SentimentModifierLexicon, harmReduction: HarmReduction) {
        var table: [String: Info] = [:]
        table.reserveCapacity(polarity.formCount + 500)
        for (form, match) in polarity.allForms {
            table[form, default: Info()].polarity = match
        }
        for (word, entries) in modifiers.entriesByFirstWord {
            table[word, default: Info()].modifiers = entries
        }
        for form in harmReduction.forms {
            table[form, default: Info()].reducesHarm = true
        }
        for (word, locutions) in PrepositionalLocution.byFirstWord {
            table[word, default: Info()].locutions = locutions
        }
        self.table = table
    }

    func info(_ form: String) -> Info? {
        table[form]
    }
}
