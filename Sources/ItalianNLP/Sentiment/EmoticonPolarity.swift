/// Rule: emoticons and emoji carry the polarity of the emoticon lexicon (":)" +0.6, "😭" −0.7);
/// a run of emoji is the sum of its members, at most three of them. They are not negated ("non
/// vedo l'ora :)" is still happy) but contrast weighs them like words.
struct EmoticonPolarity: Sendable {
    static let name = "EmoticonPolarity"
    /// It scores emoji and emoticons only (`SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyFinding: .symbol)
    let lexicon: EmoticonPolarityLexicon

    func apply(to state: inout SentenceSentimentState) {
        for index in state.units.indices where state.units[index].kind == .symbol {
            let values = lexicon.polarities(ofRun: state.units[index].text)
            guard !values.isEmpty else { continue }
            let total = values.prefix(3).reduce(0, +)
            state.base[index] = total
            state.valence[index] = total
            state.lemma[index] = state.units[index].text
            state.rules[index].append(AppliedRule(name: Self.name, weight: total, trigger: state.units[index].text))
        }
    }
}
