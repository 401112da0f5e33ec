/// The rule words of the sentiment scorer (`Lexicons/sentiment/modifiers.tsv`): negators,
/// boosters, dampeners, contrast and corrective markers, single words and multiword phrases.
struct SentimentModifierLexicon: Sendable {
    /// What a modifier does; see the README of the lexicons.
    enum Kind: String, Sendable, Hashable {
        case negator
        case negatorBooster = "negator_booster"
        case booster
        case dampener
        case contrastAfter = "contrast_after"
        case contrastBefore = "contrast_before"
        case corrective
    }

    /// An entry of the table. A class, not a struct: the rules copy `state.modifier[index]` at
    /// every unit they look at, and each sentence's array of them is destroyed afterwards; as one
    /// reference, an optional entry costs one retain to copy and one release to destroy, not a
    /// generic witness call per field. It never changes, so it behaves as a value; equality and
    /// hashing are those of its fields.
    final class Entry: Sendable, Hashable {
        let phrase: String
        let words: [String]
        let kind: Kind
        let weight: Double

        init(phrase: String, words: [String], kind: Kind, weight: Double) {
            self.phrase = phrase
            self.words = words
            self.kind = kind
            self.weight = weight
        }

        static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.phrase == rhs.phrase && lhs.words == rhs.words && lhs.kind == rhs.kind && lhs.weight == rhs.weight
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(phrase)
            hasher.combine(words)
            hasher.combine(kind)
            hasher.combine(weight)
        }
    }

    /// Entries keyed by their first word, longest phrase first.
    private let byFirstWord: [String: [Entry]]

    init(table: TSVTable) {
        var byFirstWord: [String: [Entry]] = [:]
        for row in table.rows {
            guard let kind = Kind(rawValue: String(row.column(1))), let weight = Double(row.column(2)) else { continue }
            let phrase = String(row.column(0))
            let words = PhraseWords.of(phrase)
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append(Entry(phrase: phrase, words: words, kind: kind, weight: weight))
        }
        for key in byFirstWord.keys {
            byFirstWord[key]?.sort { $0.words.count > $1.words.count }
        }
        self.byFirstWord = byFirstWord
    }

    /// The built-in table.
    static let shared = SentimentModifierLexicon(table: .embedded("sentiment/modifiers.tsv"))

    /// The entries keyed by their first word, longest first.
    var entriesByFirstWord: [String: [Entry]] { byFirstWord }

    /// The longest of `candidates` (entries starting with the unit at `start`) that matches.
    static func longest(_ candidates: [Entry], in units: [SentimentUnit], at start: Int) -> Entry? {
        for entry in candidates where start + entry.words.count <= units.count {
            var matches = true
            for offset in 1..<max(1, entry.words.count) where !StringIdentity.equals(units[start + offset].form, entry.words[offset]) {
                matches = false
                break
            }
            if matches { return entry }
        }
        return nil
    }

    /// The entry for a single word.
    func single(_ word: String) -> Entry? {
        byFirstWord[word]?.last(where: { $0.words.count == 1 })
    }
}
