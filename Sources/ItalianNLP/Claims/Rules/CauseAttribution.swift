/// The cause-attribution rule: "L'amministratore delegato ha attribuito il calo dei profitti al
/// prezzo dell'energia", "attribuisce il ritardo alla burocrazia". A speaker who gives a cause for
/// something reports it as a claim — the noun object and the cause after "a" are its content, as
/// the noun objects of announcing and asking are. Without the rule "attribuire" was no cue at all.
///
/// Only a noun object with its article and a cause after an "a" preposition in the same clause
/// counts, and not a thing handed to someone ("ha attribuito le deleghe agli assessori", "il
/// premio è stato attribuito a …"): ``assignedThings`` are no causes.
extension AttributionContext {
    /// Verbs that give a cause to a noun object.
    static let causeAttributionLemmas: Set<String> = ["attribuire"]

    /// Objects that are handed to someone, not explained.
    static let assignedThings: Set<String> = [
        "delega", "deleghe", "incarico", "incarichi", "premio", "premi", "punteggio", "punti", "potere", "poteri", "compito",
        "compiti", "funzione", "funzioni", "competenze", "fondi", "risorse", "nome", "titolo", "titoli", "cittadinanza",
        "medaglia", "riconoscimento", "qualifica", "ruolo", "ruoli", "borsa", "borse", "contributo", "contributi", "quote",
    ]

    /// The most words between the object's article and the "a" that opens the cause.
    static let longestAttributedObject = 8

    /// Where the noun object of a cause attribution starts — its article at token `index`, right
    /// after a cue of `lemma` — or nil.
    func causeAttributionObjectStart(at index: Int, lemma: String, in range: Range<Int>) -> Int? {
        guard Self.causeAttributionLemmas.contains(lemma), index + 2 < range.upperBound,
            Self.plainArticles.contains(document.form(index)), !isInsideQuotation(index)
        else { return nil }
        var noun = index + 1
        if Self.restrictedObjectPossessives.contains(document.form(noun)) { noun += 1 }
        guard noun < range.upperBound, document.isWord(noun), !Self.assignedThings.contains(document.form(noun)) else { return nil }
        var position = noun + 1
        while position < range.upperBound, position - noun <= Self.longestAttributedObject, document.isWord(position) {
            if Self.addresseePrepositions.contains(document.form(position)) { return index }
            position += 1
        }
        return nil
    }
}
