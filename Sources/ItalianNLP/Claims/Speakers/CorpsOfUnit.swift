/// The unit-of-a-corps rule: Italian names a unit of the police forces by a unit noun and the
/// corps in lower case, with its adjective and its place — "il comandante del gruppo carabinieri
/// forestali di Treviso", "il comandante della compagnia carabinieri di Rho", "il capo del
/// reparto polizia stradale di Bergamo", "il comandante del distaccamento vigili del fuoco di
/// Lecco". The role's complement stopped at the unit noun ("comandante del gruppo") and the corps
/// made a mention of its own ("carabinieri forestali di Treviso"), which became the source of what
/// the commander said.
extension SpeakerMentionFinder {
    /// Nouns for a unit of a corps (lower case).
    static let unitNouns: Set<String> = [
        "gruppo", "comando", "nucleo", "reparto", "stazione", "compagnia", "squadra", "distaccamento", "tenenza", "legione",
        "battaglione", "reggimento", "brigata", "sezione", "centro", "commissariato",
    ]

    /// Corps named after a unit noun, in lower case.
    static let corpsNouns: Set<String> = [
        "carabinieri", "polizia", "vigili", "guardia", "esercito", "marina", "alpini", "bersaglieri", "finanzieri",
    ]

    /// Adjectives of a corps or of its specialty.
    static let corpsAdjectives: Set<String> = [
        "forestali", "forestale", "locale", "stradale", "costiera", "municipale", "provinciale", "regionale", "ferroviaria",
        "postale", "penitenziaria", "scientifica", "militare", "urbani", "urbana", "mobile", "aeroportuale",
    ]

    /// The last token of the corps and its place after the unit noun at `unit` ("carabinieri
    /// forestali di Treviso", "vigili del fuoco di Lecco", "guardia di finanza"), or nil when no
    /// corps follows it.
    func corpsOfUnitEnd(afterUnit unit: Int, in range: Range<Int>) -> Int? {
        let corps = unit + 1
        guard Self.unitNouns.contains(document.form(unit)), corps < range.upperBound, document.isWord(corps),
            !document.isCapitalized(corps), Self.corpsNouns.contains(document.form(corps))
        else { return nil }
        var end = corps
        // The corps' own complement: "vigili del fuoco", "guardia di finanza".
        if end + 2 < range.upperBound, ["del", "di"].contains(document.form(end + 1)), ["fuoco", "finanza"].contains(document.form(end + 2)) {
            end += 2
        }
        while end + 1 < range.upperBound, document.isWord(end + 1), Self.corpsAdjectives.contains(document.form(end + 1)) { end += 1 }
        // Its place: "di Treviso".
        if end + 2 < range.upperBound, document.form(end + 1) == "di", document.isWord(end + 2), document.isCapitalized(end + 2),
            givenName(end + 2) == nil
        {
            end += 2
            while end + 1 < range.upperBound, document.isWord(end + 1), document.isCapitalized(end + 1), givenName(end + 1) == nil {
                end += 1
            }
        }
        return end
    }
}
