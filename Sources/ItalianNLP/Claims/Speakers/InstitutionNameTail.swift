/// The institution-name rule: an Italian public body's name goes on in lower case past its first
/// capitalised word, and past the complements and lists the organisation-name tail
/// (``SpeakerMentionFinder/organisationTail(of:after:in:)``) stops at:
///
/// - a coordinated complement: "la Polizia postale e delle comunicazioni", "il ministero
///   dell'Economia e delle finanze", "l'Agenzia regionale per la sicurezza territoriale e la
///   protezione civile", "l'Istituto nazionale di geofisica e vulcanologia";
/// - a list of fields right after the head, closed by "e": "la Soprintendenza archeologia, belle
///   arti e paesaggio per le province di Caserta e Benevento";
/// - the places of a plural complement: "per le province di Caserta e Benevento";
/// - "in" before a capitalised word: "del ministero delle Imprese e del made in Italy";
/// - up to four lower-case words outside a complement: "la Federazione italiana gestori impianti
///   stradali carburanti"; but only one after a capitalised word past the head ("l'Asl Toscana
///   centro"), where the name is a proper name already and lower-case words go on the sentence
///   ("ho chiesto a Rete Elettrica Sicula tempi certi");
/// - a capitalised group noun of the role lexicon ("la Commissione arbitri nazionale",
///   "l'Associazione nazionale presidi"), which the role finder alone cut at its first word or
///   adjective, so that the source was "Commissione" or the last noun ("presidi").
///
/// The name must close as the tail's does — punctuation, a reporting verb, an auxiliary, or "e"
/// before another subject — so that "la Polizia ferma i manifestanti" takes nothing. A "e" goes
/// on inside the name only before a complement ("e delle comunicazioni"), inside a complement
/// before an article and a noun that names no role ("e la protezione civile", not "e i
/// carabinieri"), to close a list, or before a capitalised word after a plural complement.
extension SpeakerMentionFinder {
    /// The longest institution tail, in tokens.
    static let institutionTailLength = 18

    /// Lower-case words outside a complement and a list that the tail takes at most.
    static let institutionFreeWords = 4

    /// The last token of the institution name that opens at token `start` and has been read up
    /// to token `end`, when it goes on past `end`, or nil. With `coordinatedOnly`, the tail must
    /// open with "e"/"ed" and a complement (a lower-case body: "il ministero dell'Economia e
    /// delle finanze"). With `beyondOrganisationTail`, only a tail that the organisation tail
    /// cannot read answers (a list, "e", "in", more free words, a longer tail); without it, a
    /// tail of capitalised words alone does not ("la Regione Lombardia" is a group noun and a name).
    ///
    /// `afterComplement`: the name read so far ends inside a complement ("l'Agenzia regionale per
    /// la sicurezza territoriale"), so that "e la protezione civile" goes on inside it;
    /// `afterComplementNoun`: it ends with the complement's noun ("l'Istituto nazionale di
    /// geofisica"), so that "e vulcanologia" is a second one.
    func institutionTail(
        of start: Int, after end: Int, in range: Range<Int>, coordinatedOnly: Bool = false, beyondOrganisationTail: Bool = false,
        afterComplement: Bool = false, afterComplementNoun: Bool = false
    ) -> Int? {
        var position = end + 1
        guard position + 1 < range.upperBound else { return nil }
        if coordinatedOnly {
            guard AttributionContext.isAnd(document.form(position)), document.has(.fusedPreposition, position + 1) else { return nil }
        }
        var last: Int? = nil
        var freeWords = 0
        var afterPreposition = false
        var inComplement = afterComplement
        var pluralComplement = false
        var inList = false
        // Whether the last word read is the noun right after a preposition ("di geofisica").
        var lastWasComplementNoun = afterComplementNoun
        // Whether the tail used something the organisation tail does not take (else that one answers).
        var extended = false
        var lowerCaseWords = 0
        // Whether a capitalised word past the head has been read ("Rete Elettrica", "Asl Toscana").
        var afterProperName = hasCapitalisedWordPastHead(start, end) && !afterComplement
        var wordsAfterProperName = 0
        // The token that closed the scan (nil at the sentence's end).
        var stop: Int? = nil
        while position < range.upperBound {
            if position - end > Self.institutionTailLength { return nil }
            let token = document.tokens[position]
            let form = document.form(position)
            if token.kind == .punctuation {
                // "archeologia, belle arti e paesaggio": a list of fields after the head's first word.
                if token.text == ",", !inComplement, !afterPreposition, last != nil, opensFieldList(after: position, in: range) {
                    inList = true
                    extended = true
                    position += 1
                    continue
                }
                stop = position
                break
            }
            if document.has(.cueForm, position) || document.has(.auxiliary, position)
                || (document.has(.multiwordCueStart, position) && form != "per")
            {
                stop = position
                break
            }
            guard document.isWord(position) else { return nil }
            if AttributionContext.isAnd(form) {
                guard !afterPreposition, continuesNameAfterAnd(position, inComplement: inComplement,
                    pluralComplement: pluralComplement, inList: inList, afterComplementNoun: lastWasComplementNoun, in: range)
                else {
                    stop = position
                    break
                }
                extended = true
                afterPreposition = true
                position += 1
                continue
            }
            if document.isCapitalized(position) {
                if givenName(position) != nil { return nil }
                last = position
                if !inComplement {
                    afterProperName = true
                    wordsAfterProperName = 0
                }
                afterPreposition = false
            } else if form == "in", position + 1 < range.upperBound, document.isCapitalized(position + 1) {
                // "made in Italy".
                extended = true
                afterPreposition = true
            } else if document.has(.complementPreposition, position) || form == "di" || form == "per"
                || Self.topicPrepositions.contains(form)
            {
                afterPreposition = true
                inComplement = true
                if Self.pluralArticleForms.contains(form) { pluralComplement = true }
            } else if afterPreposition && document.has(.definiteArticle, position) {
                if Self.pluralArticleForms.contains(form) { pluralComplement = true }
            } else {
                if document.has(.definiteArticle, position) {
                    stop = position
                    break
                }
                if document.has(.clitic, position) || document.has(.interveningAdverb, position) || document.has(.clauseOpener, position)
                    || document.has(.notName, position) || document.has(.article, position)
                {
                    return nil
                }
                if !afterPreposition && !inList {
                    freeWords += 1
                    if freeWords > Self.institutionFreeWords { return nil }
                    if afterProperName {
                        wordsAfterProperName += 1
                        if wordsAfterProperName > Self.freeWordsAfterProperName { return nil }
                    }
                    if freeWords > 2 { extended = true }
                }
                lowerCaseWords += 1
                last = position
                lastWasComplementNoun = afterPreposition
                afterPreposition = false
            }
            position += 1
        }
        if position - end > Self.organisationTailLength { extended = true }
        guard let last, !afterPreposition, beyondOrganisationTail ? extended : lowerCaseWords > 0 || extended else { return nil }
        if let stop, !closesNameTail(at: stop, nameStart: start, in: range) { return nil }
        return last
    }

    /// Plural articles and prepositions with a plural article: the complement they open names
    /// more than one thing ("per le province di Caserta e Benevento").
    static let pluralArticleForms: Set<String> = ["i", "gli", "le", "dei", "degli", "delle", "ai", "agli", "alle", "nei", "negli", "nelle"]

    /// Whether the comma at `comma` opens a list of lower-case fields closed by "e" and a word,
    /// within four words: "archeologia, belle arti e paesaggio".
    private func opensFieldList(after comma: Int, in range: Range<Int>) -> Bool {
        var position = comma + 1
        var words = 0
        while position < range.upperBound, words <= 4 {
            guard document.isWord(position) || document.form(position) == "," else { return false }
            let form = document.form(position)
            if AttributionContext.isAnd(form) {
                return words > 0 && position + 1 < range.upperBound && isFieldWord(position + 1)
            }
            if form != "," {
                guard isFieldWord(position) else { return false }
                words += 1
            }
            position += 1
        }
        return false
    }

    /// A lower-case word that can name a body's field, or stand inside a group's name
    /// (``groupNameEndPastLowercase(after:in:)``): no article, clitic, adverb, cue or verb helper.
    func isFieldWord(_ index: Int) -> Bool {
        document.isWord(index) && !document.isCapitalized(index) && !document.has(.article, index) && !document.has(.clitic, index)
            && !document.has(.interveningAdverb, index) && !document.has(.clauseOpener, index) && !document.has(.notName, index)
            && !document.has(.cueForm, index) && !document.has(.auxiliary, index) && !document.has(.complementPreposition, index)
            && !AttributionContext.isAnd(document.form(index))
    }

    /// Whether the "e" at `index` goes on inside the institution's name (see the type's comment).
    private func continuesNameAfterAnd(
        _ index: Int, inComplement: Bool, pluralComplement: Bool, inList: Bool, afterComplementNoun: Bool, in range: Range<Int>
    ) -> Bool {
        let next = index + 1
        guard next + 1 < range.upperBound, document.isWord(next) else { return false }
        // "e delle comunicazioni", "e del made in Italy".
        if document.has(.fusedPreposition, next) || document.form(next) == "di" { return document.isWord(next + 1) }
        // "e paesaggio": the list's last field.
        if inList, !inComplement { return isFieldWord(next) }
        // "di geofisica e vulcanologia": a second noun of the complement, no person.
        if afterComplementNoun, isFieldWord(next), lexicons.roles[document.form(next)] == nil, !document.has(.personNoun, next) {
            return true
        }
        // "per le province di Caserta e Benevento".
        if pluralComplement, document.isCapitalized(next), givenName(next) == nil { return true }
        // "per la sicurezza territoriale e la protezione civile" (not "e i carabinieri").
        if inComplement, document.has(.definiteArticle, next), !Self.pluralArticleForms.contains(document.form(next)),
            document.isWord(next + 1), !document.isCapitalized(next + 1)
        {
            return lexicons.roles[document.form(next + 1)]?.kind != "person" && !document.has(.personNoun, next + 1)
        }
        return false
    }
}
