/// Rule: "poco" right before an adjective or adverb is a litotes, a soft negation, not a
/// dampener: "poco chiaro" is unclear, "poco attraente" unattractive, "pochissimo interessante"
/// dull; "poco grave" is mildly reassuring. The word's polarity is turned around at half weight.
struct PocoLitotes: Sendable {
    static let name = "PocoLitotes"
    /// It needs one of `words` (`SentimentWordClasses.litotesWord`) and a polarity word (`SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .litotesWord, allFindings: .polarityWord)
    static let factor = -0.5
    static let words: FormSet = ["poco", "pochissimo", "scarsamente", "poca"]

    func apply(to state: inout SentenceSentimentState) {
        for index in state.units.indices.dropFirst() where state.valence[index] != 0 && state.units[index].kind == .word {
            let previous = state.units[index - 1]
            guard Self.words.contains(previous.form) else { continue }
            // "un po'" / "un poco" is a plain dampener.
            if index >= 2 && state.units[index - 2].form == "un" { continue }
            state.scale(index, by: Self.factor, rule: Self.name, trigger: previous.text)
        }
    }

    /// Whether the litotes rule takes the modifier at `modifierIndex` for the word at `index`.
    static func claims(_ state: SentenceSentimentState, modifier modifierIndex: Int, word index: Int) -> Bool {
        modifierIndex == index - 1 && words.contains(state.units[modifierIndex].form)
            && !(modifierIndex >= 1 && state.units[modifierIndex - 1].form == "un")
    }
}
