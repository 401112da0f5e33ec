/// The name-after-a-complement rule: an inverted subject named by a person's full name after a
/// short complement of the verb — "«…», ha detto all'uscita dal porto Jens Hartwig, lo skipper",
/// "ha scritto su Facebook Marta Colli." The inverted-subject rule took a subject after a
/// complement only with its article ("hanno spiegato all'uscita i delegati della Fiom"), which a
/// name does not have, and the claim went to whoever spoke before.
///
/// The verb must be singular, the complement open with a preposition and last at most
/// ``maximumComplementWords`` words before the name, the name carry a given name, stand outside
/// any prepositional phrase of its own ("ha detto al ministro Carlo Neri" names the addressee) and
/// close the clause: a comma, a full stop or the sentence's end after it ("ha presentato ai
/// cronisti Mario Rossi come nuovo allenatore" goes on, and names the object).
extension AttributionContext {
    /// The most words a complement may hold between the verb and the name.
    static let maximumComplementWords = 4

    /// The person named after the complement that opens at token `next`, right after `cue`, in
    /// `sentence`; nil when there is none.
    func nameAfterCueComplement(from next: Int, of cue: CueGroup, in sentence: Int) -> SpeakerMention? {
        let range = document.sentences[sentence]
        guard cue.plural != true, next < range.upperBound, Self.complementOpeners.contains(document.form(next)) else { return nil }
        var position = next + 1
        while position < range.upperBound, position - next <= Self.maximumComplementWords {
            let token = document.tokens[position]
            if token.kind == .punctuation || document.has(.complementizer, position) { return nil }
            if document.isCapitalized(position), let mention = mentions[sentence].first(where: { $0.tokens.lowerBound == position }) {
                guard mention.kind == .name, mention.hasGivenName, !isAfterPreposition(mention), !document.has(.article, position - 1)
                else { return nil }
                let after = mention.tokens.upperBound + 1
                if after >= range.upperBound || [",", ".", ";"].contains(document.tokens[after].text) { return mention }
                return nil
            }
            position += 1
        }
        return nil
    }
}
