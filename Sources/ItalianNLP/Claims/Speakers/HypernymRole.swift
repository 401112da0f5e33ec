/// The hypernym-role rule: "il manager", "il magistrato", "la studiosa", "l'esponente" — nouns
/// that name a kind of person, not an office, describe the office holder named before whatever
/// their office ("L'amministratore delegato di Alfa, Marco Riva, … La Fiom ha definito il piano
/// «inaccettabile». Il manager ha assicurato …" is Marco Riva). The other-office rule, which
/// lets a different role noun ("il ricercatore") pass over a person known by another office,
/// does not apply to them: it sent "il manager" past the chief executive to whoever spoke before
/// without an office.
extension AttributionContext {
    /// Singular nouns for a kind of person that describe the holder of many offices.
    static let hypernymRoles: Set<String> = [
        "manager", "dirigente", "magistrato", "magistrata", "imprenditore", "imprenditrice", "funzionario", "funzionaria",
        "esponente", "sindacalista", "professionista", "studioso", "studiosa",
        // A physician of any office: "il primario", "il direttore sanitario", "la chirurga".
        "medico", "medica",
    ]

    /// Whether a bare role mention is such a noun.
    func isHypernymRole(_ mention: SpeakerMention) -> Bool {
        mention.kind == .role && mention.core.count == 1 && Self.hypernymRoles.contains(document.form(mention.core.lowerBound))
    }
}
