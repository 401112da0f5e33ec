/// The body-noun-before-its-name rule: a part of an organisation — a section, a club of an
/// association, a committee of a council, an office — is often named by its lower-case noun and
/// a name of its own, and then by the organisation it belongs to: "la sezione Meccanica di
/// Confindustria Brescia", "il circolo Piavenire di Legambiente", "la commissione Sanità del
/// consiglio regionale". The name alone ("Meccanica di Confindustria Brescia", "Sanità") names a
/// sector or a subject, not the body that spoke, so the source keeps the noun, and a complement
/// naming the parent body by its kind noun ("del consiglio regionale", "della giunta") goes with it.
/// A committee or an association with a name of its own ("il comitato No Tunnel", "l'associazione
/// Pendolari Uniti") is a body in itself and keeps its name alone, as the guidelines write it.
extension SpeakerMentionFinder {
    /// Lower-case nouns for a part of an organisation that a name of its own follows.
    static let bodyPartNouns: Set<String> = [
        "sezione", "circolo", "commissione", "segreteria", "delegazione", "dipartimento", "divisione", "direzione", "servizio",
        "ufficio", "sede", "sportello", "consulta",
    ]

    /// The last token of the body's phrase when the lower-case body noun at `noun` keeps its place
    /// before the name that ends at token `nameEnd` — the name itself, or the parent body named by
    /// a fused preposition and a group noun after it ("del consiglio regionale") — or nil when the
    /// noun is no part of an organisation.
    func bodyPartPhraseEnd(noun: Int, nameEnd: Int, in range: Range<Int>) -> Int? {
        guard document.isWord(noun), !document.isCapitalized(noun), Self.bodyPartNouns.contains(document.form(noun)) else {
            return nil
        }
        var end = nameEnd
        // "la sezione Carta e grafica di Confindustria Taranto": a field of two words joined by "e",
        // when the organisation's name follows.
        if let field = coordinatedFieldEnd(after: nameEnd, in: range) { end = field }
        let preposition = end + 1
        let parent = end + 2
        guard parent < range.upperBound, document.has(.fusedPreposition, preposition), document.isWord(parent),
            !document.isCapitalized(parent), lexicons.roles[document.form(parent)]?.kind == "group"
        else { return end }
        // "del consiglio regionale", "della giunta comunale", "del consiglio di Stato" stop at what follows.
        end = parent
        while end + 1 < range.upperBound, document.has(.roleAdjective, end + 1) || isGeographicAdjective(end + 1) { end += 1 }
        while end + 1 < range.upperBound, document.isWord(end + 1), document.isCapitalized(end + 1), givenName(end + 1) == nil {
            end += 1
        }
        return end
    }

    /// After the capitalised word at `nameEnd`, the last token of "e" and one or two lower-case
    /// field words, "di" or a fused preposition and a capitalised name ("Carta e grafica di
    /// Confindustria Taranto", "Legno e arredo della Confartigianato"), or nil.
    private func coordinatedFieldEnd(after nameEnd: Int, in range: Range<Int>) -> Int? {
        guard nameEnd + 3 < range.upperBound, AttributionContext.isAnd(document.form(nameEnd + 1)) else { return nil }
        var position = nameEnd + 2
        while position < range.upperBound, position - nameEnd <= 3, isFieldWord(position) { position += 1 }
        guard position > nameEnd + 2, position + 1 < range.upperBound,
            document.form(position) == "di" || document.has(.fusedPreposition, position),
            document.isWord(position + 1), document.isCapitalized(position + 1), givenName(position + 1) == nil
        else { return nil }
        var last = position + 1
        while last + 1 < range.upperBound, document.isWord(last + 1), document.isCapitalized(last + 1), givenName(last + 1) == nil {
            last += 1
        }
        return last
    }
}
