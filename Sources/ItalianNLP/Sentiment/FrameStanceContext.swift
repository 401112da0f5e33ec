/// What the frame stance rules read about one sentence: the sentiment state (units, negation
/// scopes, corrective roles, valences), the contrast side of each unit, and the frame terms found.
struct FrameStanceContext: Sendable {
    let state: SentenceSentimentState
    /// −1 before a contrast marker or in a concessive clause, +1 after, 0 elsewhere.
    let sides: [Int8]
    let occurrences: [FrameOccurrence]

    init(state: SentenceSentimentState, occurrences: [FrameOccurrence]) {
        self.state = state
        self.occurrences = occurrences
        sides = ContrastClause.sides(of: state)
    }

    func form(_ index: Int) -> String {
        index >= 0 && index < state.units.count ? state.units[index].form : ""
    }

    /// Whether any occurrence covers unit `index`.
    func isFrameUnit(_ index: Int) -> Bool {
        occurrences.contains { $0.units.contains(index) }
    }
}

/// A stance rule's verdict on one occurrence.
struct FrameStanceVerdict: Sendable {
    let stance: Double
    let rule: String
}
