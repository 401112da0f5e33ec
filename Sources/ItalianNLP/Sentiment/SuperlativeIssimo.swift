/// Rule: the absolute superlative strengthens its adjective like "molto" does — bellissimo is
/// bello with a booster, ricchissima is ricco with one. It applies only when the lexicon lists
/// the plain adjective and the text has the -issimo form (a superlative the lexicon lists itself,
/// such as bravissimo, already has its own score).
struct SuperlativeIssimo: Sendable {
    static let name = "SuperlativeIssimo"
    /// It intensifies superlatives only (`SentenceClassSummary`).
    static let gate = SentenceRuleGate(allFindings: .superlative)
    static let weight = 0.293

    func apply(to state: inout SentenceSentimentState) {
        for index in state.units.indices where state.derivation[index] == .superlative {
            state.intensify(index, by: Self.weight, rule: Self.name, trigger: state.units[index].text)
        }
    }
}
