/// Rule: exclamation marks strengthen the sentence's sentiment (VADER: 0.292 each on its ±4
/// scale, at most four; 0.073 here) and several question marks do too (0.18 each up to three,
/// 0.96 for more; 0.045 and 0.24 here). The emphasis goes in the direction of the sentence's
/// sum, and nowhere when the sentence has no sentiment.
struct PunctuationEmphasis: Sendable {
    static let name = "PunctuationEmphasis"
    static let exclamation = 0.073
    static let question = 0.045
    static let manyQuestions = 0.24

    /// The emphasis to add to a sentence whose valences sum to `sum`, and the unit it belongs to.
    func emphasis(for state: SentenceSentimentState, sum: Double) -> (amount: Double, unit: Int, text: String)? {
        guard sum != 0 else { return nil }
        var exclamations = 0
        var questions = 0
        var last: Int?
        for index in state.units.indices where state.units[index].kind == .punctuation {
            var found = false
            for scalar in state.units[index].text.unicodeScalars {
                if scalar == "!" { exclamations += 1; found = true }
                if scalar == "?" { questions += 1; found = true }
            }
            if found { last = index }
        }
        guard let last else { return nil }
        var amount = Double(min(exclamations, 4)) * Self.exclamation
        if questions > 1 {
            amount += questions <= 3 ? Double(questions) * Self.question : Self.manyQuestions
        }
        guard amount > 0 else { return nil }
        return (sum > 0 ? amount : -amount, last, state.units[last].text)
    }
}
