/// The narrative-"per" rule: "Per molti turisti la giornata è cominciata con una fila ai
/// tornelli", "Per loro la sentenza arriverà comunque tardi" — "per" before a group of people
/// also says what happens to them, not what they think. The clause then tells of an event
/// beginning, ending or arriving, with when or how it happens, and the sentence is no
/// attribution (a verb that closes the clause, "il rialzo dei tassi è finito", is a judgment and
/// stays one). Nor is it one when a reporting verb after a comma takes the whole sentence ("Per i
/// commercianti la sicurezza resta la prima emergenza, ha detto il presidente dell'associazione"):
/// the speaker is that verb's. A single person, a role or an organisation after "per" ("Per il
/// sindaco la crisi è cominciata con la giunta precedente") keeps the opinion reading.
extension AttributionContext {
    /// Forms of verbs of beginning, ending and arriving that tell of an event.
    static let narrativeVerbForms: Set<String> = [
        "comincia", "cominciano", "cominciato", "cominciata", "cominciati", "cominciate", "comincerà", "cominceranno", "cominciava",
        "cominciavano", "cominciò", "inizia", "iniziano", "iniziato", "iniziata", "iniziati", "iniziate", "inizierà", "inizieranno",
        "iniziava", "iniziò", "finisce", "finiscono", "finito", "finita", "finiti", "finite", "finirà", "finiranno", "finiva",
        "terminato", "terminata", "terminerà", "conclusa", "concluso", "concluderà", "arriva", "arrivano", "arrivato", "arrivata",
        "arrivati", "arrivate", "arriverà", "arriveranno", "arrivava", "scatta", "scattano", "scattato", "scattata", "scatterà",
        "trasformata", "trasformato",
    ]

    /// How many words after the speaker the clause's verb is looked for.
    static let narrativeVerbWindow = 8

    /// Whether "per" + `speaker` (ending at token `speakerEnd`) in `sentence` opens no attribution.
    func isNarrativePer(_ speaker: SpeakerMention, speakerEnd: Int, in sentence: Int) -> Bool {
        guard speaker.plural || speaker.kind == .pronoun else { return false }
        let range = document.sentences[sentence]
        // A reporting verb after a comma further on takes the sentence.
        if cues[sentence].contains(where: { $0.tokens.lowerBound > speakerEnd + 1 && document.form($0.tokens.lowerBound - 1) == "," }) {
            return true
        }
        var index = speakerEnd + 1
        while index < range.upperBound, index - speakerEnd <= Self.narrativeVerbWindow {
            if document.tokens[index].kind == .punctuation, document.tokens[index].text != "'" { break }
            // The event goes on with when or how ("è cominciata con una fila", "arriverà
            // soltanto a giugno"); a verb that closes the clause is a judgment ("Per gran parte
            // degli analisti il rialzo dei tassi è finito.").
            if Self.narrativeVerbForms.contains(document.form(index)) {
                return index + 1 < range.upperBound && document.isWord(index + 1)
            }
            index += 1
        }
        return false
    }
}
