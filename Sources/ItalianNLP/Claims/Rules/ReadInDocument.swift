/// ``RuleID/readInDocument``: "«…», si legge nel comunicato della società", "«…», si legge in una
/// nota diffusa dalla compagnia", "«…», si legge." — a quotation presented as read in a written
/// statement. The source is who the statement is of or from ("della società", "dal Comune"); when
/// the sentence names nobody, the organisation (or else the person) the report was last about.
extension AttributionContext {
    /// Nouns for a written statement that "si legge" may be read in.
    static let writtenStatementNouns: Set<String> = [
        "nota", "note", "comunicato", "comunicati", "lettera", "documento", "messaggio", "post", "dossier", "relazione",
        "rapporto", "sentenza", "ordinanza", "motivazioni", "verbale", "delibera", "report", "testo", "avviso", "circolare",
        "esposto", "ricorso", "denuncia", "mail", "email", "e-mail", "appello", "manifesto", "volantino", "sito", "pagina",
        "profilo", "dichiarazione", "risposta", "replica", "bilancio", "studio", "ricerca", "indagine",
    ]

    /// Participles that may stand between the statement and its author ("una nota diffusa dal …").
    static let statementParticiples: Set<String> = [
        "diffusa", "diffuso", "diffuse", "diffusi", "firmata", "firmato", "pubblicata", "pubblicato", "inviata", "inviato",
        "emessa", "emesso", "depositata", "depositato", "sottoscritta", "sottoscritto", "postato", "postata", "scritta", "scritto",
        "pubblicate", "pubblicati", "ufficiale", "congiunta", "congiunto",
    ]

    /// The forms of "leggere" that follow "si" in "si legge nel comunicato".
    static let readForms: Set<String> = ["legge", "leggeva", "leggono", "lesse", "leggerà"]

    /// Whether "si legge" (or another tense) stands at token `index`.
    func isReadCue(at index: Int) -> Bool {
        document.form(index) == "si" && Self.readForms.contains(document.form(index + 1))
    }

    /// The author of the statement "si legge" at `cue` refers to: the mention right after a
    /// statement noun of the sentence ("nel comunicato della società", "In una nota diffusa dal
    /// Comune … si legge"), named by the name in apposition to it; nil when the sentence names none.
    func readStatementAuthor(cue: Int, in sentence: Int) -> SpeakerMention? {
        let range = document.sentences[sentence]
        var index = max(range.lowerBound, cue - 8)
        var sawStatement = false
        while index < range.upperBound, index - cue <= 10 {
            if document.tokens[index].kind == .punctuation, index > cue { break }
            if Self.writtenStatementNouns.contains(document.form(index)) { sawStatement = true }
            if sawStatement, index != cue, let mention = mentions[sentence].first(where: { $0.tokens.lowerBound == index }),
                !insideQuotation[index]
            {
                if mention.kind == .role || mention.kind == .group,
                    let name = mentions[sentence].first(where: { $0.kind == .name && Self.isApposition(mention, $0, in: document) })
                {
                    return name
                }
                return mention
            }
            index += 1
        }
        return nil
    }

    /// The source of a statement read at `cue`: its author, else the organisation (or else the
    /// person) the report was last about.
    private func readStatementSource(cue: Int, in sentence: Int) -> (SpeakerMention?, Int?) {
        let author = readStatementAuthor(cue: cue, in: sentence)
        let entity = author.flatMap { sourceEntity(of: $0, cue: nil, sentence: sentence) }
            ?? recentOrganisation(before: sentence, within: 6) ?? resolveDroppedSubject(for: nil, before: sentence)
        return (author, entity)
    }

    /// Tries the rule on an outermost quotation whose closing mark is followed by "si legge";
    /// true when it took the quotation.
    mutating func applyReadInDocument(_ quotation: Int, content: TextSpan, close: Int) -> Bool {
        var position = close + 1
        if document.isPunctuation(position, ",") { position += 1 }
        guard position + 1 < document.tokens.count, isReadCue(at: position) else { return false }
        let cueSentence = document.sentenceOf[position]
        let (speaker, entity) = readStatementSource(cue: position, in: cueSentence)
        add(kind: .direct, speaker: speaker, entity: entity, cue: nil, cueSpan: document.span(position, position + 1), content: content,
            rule: .readInDocument, confidence: 0.8, sentence: document.sentenceOf[pairs[quotation].open], quotation: quotation)
        return true
    }

    /// "Nel comunicato si legge: «…»", "si legge nella nota del Comune: «…»": the cue before a
    /// quotation announced by a colon.
    mutating func applyReadInDocumentBefore(_ quotation: Int, content: TextSpan, open: Int, sentence: Int) -> Bool {
        guard open >= 3, document.isPunctuation(open - 1, ":") else { return false }
        let range = document.sentences[sentence]
        var index = open - 2
        while index > range.lowerBound, open - index <= 14, !isReadCue(at: index) {
            if document.tokens[index].kind == .punctuation, document.form(index) != "," { return false }
            index -= 1
        }
        guard isReadCue(at: index) else { return false }
        let (speaker, entity) = readStatementSource(cue: index, in: sentence)
        add(kind: .direct, speaker: speaker, entity: entity, cue: nil, cueSpan: document.span(index, index + 1), content: content,
            rule: .readInDocument, confidence: 0.8, sentence: sentence, quotation: quotation)
        return true
    }

    /// "Nella nota si legge che P", "si legge nel verbale che P": the reported clause after "che",
    /// to the end of the sentence.
    mutating func applyReadInDocumentClause(in sentence: Int) {
        let range = document.sentences[sentence]
        guard range.count >= 5 else { return }
        // The clitic bit rules out nearly every token before any string is compared.
        for index in range where document.has(.clitic, index) && isReadCue(at: index) && !insideQuotation[index] {
            var that = index + 2
            while that < range.upperBound, that - index <= 12, document.form(that) != "che" {
                if document.tokens[that].kind == .punctuation, document.form(that) != "," { return }
                that += 1
            }
            guard document.form(that) == "che", let content = clauseSpan(that + 1, range.upperBound - 1),
                !hasClaim(in: sentence, overlapping: content)
            else { return }
            let (speaker, entity) = readStatementSource(cue: index, in: sentence)
            add(kind: kindFor(content), speaker: speaker, entity: entity, cue: nil, cueSpan: document.span(index, index + 1),
                content: content, rule: .readInDocument, confidence: 0.75, sentence: sentence)
            return
        }
    }

    /// The organisation (a name without a person's marks, or a named group) most recently among
    /// the candidates, within `distance` sentences.
    func recentOrganisation(before sentence: Int, within distance: Int) -> Int? {
        for candidate in recent.reversed() {
            if sentence - candidate.sentence > distance { break }
            let entity = registry.entities[candidate.entity]
            if entity.plural { continue }
            if entity.kind == .group, entity.canonical.first?.isUppercase == true { return candidate.entity }
            if entity.kind == .name, !entity.isPerson, entity.gender == nil, entity.isOrganisation { return candidate.entity }
        }
        return nil
    }
}
