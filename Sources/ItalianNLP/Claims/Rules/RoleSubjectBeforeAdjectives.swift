/// A role or group mention that opens its clause, then one or two lower-case words the mention
/// finder did not take in, then the cue: "I medici ospedalieri hanno chiesto nuove assunzioni",
/// "Le ditte escluse hanno annunciato ricorso al Tar". The words are the mention's adjectives or
/// participles; ``subjectMention(before:in:)`` lets only adverbs and clitics stand between a
/// subject and its verb, so the claim had no speaker — and a noun object without one was dropped
/// as an inanimate subject's. Asked for noun objects only: a clause after the verb has other ways
/// to its subject (``nounPhraseSubject(before:in:)``).
extension AttributionContext {
    /// The most words between the mention and the cue.
    static let longestTrailingModifier = 2

    /// The mention before `cue`'s trailing modifiers, or nil.
    func roleSubjectBeforeAdjectives(_ cue: CueGroup, in sentence: Int) -> SpeakerMention? {
        let range = document.sentences[sentence]
        var index = cue.tokens.lowerBound - 1
        while index >= range.lowerBound, document.has(.clitic, index) || document.form(index) == "non" { index -= 1 }
        var words = 0
        while index >= range.lowerBound, words < Self.longestTrailingModifier, isTrailingModifier(index, in: sentence) {
            index -= 1
            words += 1
        }
        guard words > 0, let mention = mentions[sentence].last(where: { $0.tokens.upperBound == index }),
            mention.kind == .role || mention.kind == .group, !insideQuotation[mention.tokens.lowerBound], isClauseInitial(mention, in: sentence)
        else { return nil }
        return mention
    }

    /// Whether token `index` may be a modifier after a role: a lower-case word that is no verb of
    /// the sentence's cues (but a bare participle), auxiliary, article, preposition, opener,
    /// adverb, clitic or mention.
    private func isTrailingModifier(_ index: Int, in sentence: Int) -> Bool {
        guard document.isWord(index), !document.isCapitalized(index) else { return false }
        let excluded: ClaimWordClasses = [
            .auxiliary, .article, .determiner, .locativePreposition, .fusedPreposition, .barePreposition, .clauseOpener,
            .interveningAdverb, .clitic, .complementizer, .pronoun,
        ]
        if document.hasAny(excluded, index) { return false }
        // A participle alone, without an auxiliary, modifies the noun ("le ditte escluse"), also
        // where its form could be a past tense ("escluse"): another verb group follows it at once.
        if let cue = cues[sentence].first(where: { $0.tokens.contains(index) }) {
            guard cue.tokens.count == 1, !cue.gerund, !document.form(index).hasSuffix("re") else { return false }
            let verbFollows = document.has(.auxiliary, index + 1) || cues[sentence].contains { $0.tokens.lowerBound == index + 1 }
            if cue.person != nil, !verbFollows { return false }
        }
        return !mentions[sentence].contains { $0.tokens.contains(index) }
    }
}
