/// The coordinated according-to rule: "Secondo Marta Gini e Luca Sordi, …", "per Cisl e Uil il
/// contratto …", "secondo la Lega e Forza Italia, …" — names joined by "e" after an according-to
/// phrase are one source, as they are before a plural verb (``registerCoordinatedNames(in:)``):
/// the phrase has no verb to show the plural, the coordination alone shows it. The source is
/// every name in its fullest form joined as the text joins them, and the content opens after
/// the last name, not at "e Sordi".
extension AttributionContext {
    /// The group the according-to source `speaker` opens, with the mention spanning all its names,
    /// or nil when no name joins it by "e".
    func coordinatedAccordingSource(startingWith speaker: SpeakerMention, in sentence: Int) -> (mention: SpeakerMention, entity: Int)? {
        guard speaker.kind == .name, let group = coordinatedGroups[speaker.tokens.lowerBound] else { return nil }
        // The members are the sentence's mentions filed under the same group, from the speaker on.
        var last = speaker
        for mention in mentions[sentence] where mention.tokens.lowerBound > speaker.tokens.upperBound {
            guard coordinatedGroups[mention.tokens.lowerBound] == group else { break }
            last = mention
        }
        guard last.tokens.lowerBound != speaker.tokens.lowerBound else { return nil }
        let whole = SpeakerMention(
            tokens: speaker.tokens.lowerBound...last.tokens.upperBound, core: speaker.core.lowerBound...last.core.upperBound,
            kind: .group, gender: nil, plural: true, name: document.text(speaker.core.lowerBound, last.core.upperBound),
            hasGivenName: false)
        return (whole, group)
    }
}
