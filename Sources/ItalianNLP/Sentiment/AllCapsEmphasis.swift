/// Rule: a sentiment word written in capitals in a sentence that is not all capitals is
/// emphasised ("è BELLISSIMO", "NON mi piace"): VADER's C_INCR (0.733 on its ±4 scale, 0.183 on
/// ours). A sentence shouted from end to end gets no emphasis: capitals there mark nothing.
struct AllCapsEmphasis: Sendable {
    static let name = "AllCapsEmphasis"
    static let weight = 0.183

    func apply(to state: inout SentenceSentimentState) {
        guard state.capitalsEmphasise else { return }
        for index in state.units.indices where state.units[index].isAllCaps && state.valence[index] != 0 {
            state.intensify(index, by: Self.weight, rule: Self.name, trigger: state.units[index].text)
        }
    }

    /// Whether the sentence mixes capitals with lower case (so capitals emphasise). Words of one
    /// capital letter (È, E) say nothing about the writer's caps lock.
    static func capitalsEmphasise(_ units: [SentimentUnit]) -> Bool {
        var caps = false
        var lower = false
        for unit in units where unit.kind == .word {
            switch unit.letterCase {
            case .allCaps: caps = true
            case .lower, .title: lower = true
            case .other: break
            }
            if caps && lower { return true }
        }
        return false
    }
}
