/// Rule: a capitalised word inside a sentence is a name, not a sentiment word — "Monti" is the
/// prime minister, not the verb montare; "Casini", "Fini", "Draghi", "Grillo", "Passera" are
/// politicians. Such words get no polarity. A capitalised word that opens a sentence or a clause,
/// or follows a quotation mark, may be an ordinary word or a name: it is looked up, but not as a
/// singular present verb form ("Monti ha detto" is not montare). The words of a hashtag
/// ("#vergogna", "#MontiVergogna", "#monti") are looked up only as the lexicon writes them.
enum ProperNameGuard {
    static let name = "ProperNameGuard"

    enum Lookup {
        case full, initial, directOnly, none
    }

    /// How the unit at `index` may be looked up.
    static func lookup(_ units: [SentimentUnit], at index: Int) -> Lookup {
        let unit = units[index]
        // Hashtags are written as lemmas or names (#vergogna, #monti): no inflection is undone.
        if unit.fromHashtag { return .directOnly }
        guard unit.letterCase == .title else { return .full }
        // The first word of the sentence or after a clause-opening mark.
        var position = index - 1
        while position >= 0 {
            let previous = units[position]
            switch previous.kind {
            case .word:
                return .none
            case .punctuation:
                if [":", "«", "\"", "“", "(", "—", "-", "–", ".", "!", "?", "…"].contains(previous.text) || previous.text.hasSuffix(".") {
                    return .initial
                }
            default:
                break
            }
            position -= 1
        }
        return .initial
    }
}
