/// The topic-field rule: a "su" complement right after a body's capitalised noun is the body's
/// field only for a body named by what it studies, watches or negotiates — "l'Osservatorio sul
/// lavoro", "la Commissione sugli scioperi", "la Conferenza sul clima", "l'Istituto sulle acque" —
/// and never after an institution named by the territory or the people it governs, judges or
/// represents: "Per la Regione sulle assunzioni non c'è alcun ritardo" is the Region on hiring,
/// "la Procura sul caso", "il Comune sui parcheggi", "la Federazione sul ricorso". There the
/// complement is the topic of the clause, and it went into the source ("Regione sulle assunzioni")
/// and out of an according-to claim's content. That topic opens the attributed clause, as an
/// article would (``AttributionContext/topicOpensAttributedClause(at:in:)``).
extension SpeakerMentionFinder {
    /// Heads (lower case) of bodies named by their field.
    static let fieldBodyHeads: Set<String> = [
        "osservatorio", "istituto", "commissione", "comitato", "centro", "agenzia", "ufficio", "consulta", "tavolo", "forum",
        "rete", "coordinamento", "fondazione", "associazione", "autorità", "authority", "garante", "organismo", "ente",
        "laboratorio", "programma", "progetto", "conferenza", "convegno", "vertice", "gruppo", "movimento", "campagna",
        "consiglio", "dipartimento", "servizio", "unità", "task", "cabina", "piattaforma", "alleanza", "coalizione",
    ]

    /// Whether a "su" complement after the head at `head` may be the body's field.
    func takesTopicField(_ head: Int) -> Bool {
        Self.fieldBodyHeads.contains(document.form(head))
    }
}

extension AttributionContext {
    /// Whether a "su" complement at `index`, right after "Per X" with no comma, opens the attributed
    /// clause: a complement of topic followed, within five words, by "non", "c'"/"ci" or an
    /// auxiliary ("Per la Regione sulle assunzioni non c'è alcun ritardo", "Per il Comune sui
    /// parcheggi è tutto in regola"). The source is then an institution that takes no topic field
    /// (``SpeakerMentionFinder/takesTopicField(_:)``): a field body's name took the complement already.
    func topicOpensAttributedClause(at index: Int, in range: Range<Int>) -> Bool {
        guard SpeakerMentionFinder.topicPrepositions.contains(document.form(index)) else { return false }
        var position = index + 1
        while position < range.upperBound, position - index <= 5, document.isWord(position) {
            let form = document.form(position)
            if form == "non" || form == "c'" || form == "ci" || document.has(.auxiliary, position) { return true }
            position += 1
        }
        return false
    }
}
