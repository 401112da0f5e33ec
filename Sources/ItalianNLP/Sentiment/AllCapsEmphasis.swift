/// Rule: a sentiment word written in capitals in a sentence that is not all capitals is
/// emphasised ("è BELLISSIMO", "NON mi piace"): VADER's C_INCR (0.733 on its ±4 scale, 0.183 on
/// ours). A sentence shouted from end to end gets no emphasis: capitals there mark nothing.
struct AllCapsEmphasis: Sendable {
    static let name = "AllCapsEmphasis"
    static let weight = 0.183

    func apply(to state: inout SentenceSentimentState) {
        guard Self.capitalsEmphasise(state) else { return }
        for index in state.units.indices where state.units[index].isAllCaps && state.valence[index] != 0 {
            state.intensify(index, by: Self.weight, rule: Self.name, trigger: state.units[index].text)
        }
    }

    /// Whether the sentence mixes capitals with lower case (so capitals emphasise).
    static func capitalsEmphasise(_ state: SentenceSentimentState) -> Bool {
        var caps = 0
        var words = 0
        for unit in state.units where unit.kind == .word {
            // Words of one letter (è, a, E) say nothing about the writer's caps lock.
            guard unit.text.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 2 else { continue }
            words += 1
            if unit.isAllCaps { caps += 1 }
        }
        return caps > 0 && caps < words
    }
}
