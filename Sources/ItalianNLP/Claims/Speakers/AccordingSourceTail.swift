/// The according-source tail rule: "Secondo alcuni editori presenti in sala, …", "Per alcuni
/// restauratori che hanno lavorato al cantiere, …", "Secondo parecchi tifosi intervenuti sui
/// social, …". When an according-to phrase opens the sentence, the words between a group's or a
/// role's mention and the comma that closes the phrase — a participle or an adjective with its
/// complement (or the complement alone, when the mention took the participle), or a relative
/// clause — still say who the source is: they belong to its name.
/// Without it the source was cut short and the content began with the modifier.
extension AttributionContext {
    /// At most this many tokens may stand between the mention and the comma.
    static let accordingSourceTailMaximumTokens = 8

    /// `speaker` lengthened to the comma that closes an according-to phrase opening at
    /// `phraseStart`, or nil when no such modifier follows it.
    func accordingSourceTail(of speaker: SpeakerMention, phraseStart: Int, in range: Range<Int>) -> SpeakerMention? {
        guard speaker.kind != .name, speaker.kind != .pronoun,
            phraseStart == range.lowerBound || document.has(.colon, phraseStart - 1)
        else { return nil }
        let first = speaker.tokens.upperBound + 1
        guard first < range.upperBound, document.isWord(first),
            let comma = (first..<min(range.upperBound, first + Self.accordingSourceTailMaximumTokens + 1)).first(where: {
                !document.isWord($0)
            }),
            document.isPunctuation(comma, ","), comma > first
        else { return nil }
        let relative = document.form(first) == "che"
        // The complement of a participle the mention already took ("alcuni operatori presenti | al
        // mercato"): a preposition after it goes on with the modifier.
        let participleComplement = SpeakerMentionFinder.isAdjectiveLike(speaker.tokens.upperBound, in: document)
            && (document.has(.locativePreposition, first) || document.has(.fusedPreposition, first))
            && !(first..<comma).contains(where: { document.has(.auxiliary, $0) || document.has(.cueForm, $0) })
        if !relative && !participleComplement {
            // A participle or an adjective ("presenti in sala", "intervenuti sui social") — not a
            // verb, and not the subject of the attributed clause ("Per i medici la situazione …").
            // A plural participle may also be a reporting verb's ("intervenuti sui social").
            let participle = speaker.plural && ["ati", "ate", "uti", "ute", "iti", "ite"].contains(where: { document.form(first).hasSuffix($0) })
            guard SpeakerMentionFinder.isAdjectiveLike(first, in: document) || participle, !document.has(.cueForm, first) || participle,
                !(first..<comma).contains(where: { document.has(.auxiliary, $0) || document.has(.definiteArticle, $0) })
            else { return nil }
        }
        var lengthened = speaker
        lengthened.tokens = speaker.tokens.lowerBound...(comma - 1)
        lengthened.core = speaker.core.lowerBound...(comma - 1)
        lengthened.name = document.text(speaker.core.lowerBound, comma - 1)
        lengthened.isBare = false
        return lengthened
    }
}
