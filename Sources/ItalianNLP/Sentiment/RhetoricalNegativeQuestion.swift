/// Rule: a question that opens with "non" asks for agreement, it does not deny — "Non è
/// bellissimo?", "Non sarebbe meraviglioso?", "Non è una vergogna?" assert what follows. The
/// opening negator is set aside, so the words keep their own polarity.
struct RhetoricalNegativeQuestion: Sendable {
    static let name = "RhetoricalNegativeQuestion"
    /// It needs the negator "non" (`SentenceClassSummary`).
    static let gate = SentenceRuleGate(allFindings: .negator)

    func apply(to state: inout SentenceSentimentState) {
        guard let first = state.units.firstIndex(where: { $0.kind == .word }), state.units[first].form == "non",
            state.modifier[first]?.phrase == "non",
            let last = state.units.lastIndex(where: { $0.kind == .punctuation }), state.units[last].hasQuestionMark,
            !state.units[first..<last].contains(where: { $0.isClauseBoundary })
        else { return }
        state.consumedNegators.insert(first)
        state.rules[first].append(AppliedRule(name: Self.name, weight: 1, trigger: "non … ?"))
    }
}
