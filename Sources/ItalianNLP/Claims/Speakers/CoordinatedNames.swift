/// The coordinated-names rule: names joined by "e" (and commas before it) are one plural speaker
/// for a plural verb — "Anna Riva e Marco Sala hanno detto che …", "Fim, Fiom e Uilm chiedono …",
/// "hanno spiegato il segretario Luca Neri e la presidente Sara Gatti". The source is every name,
/// each in the fullest form the document has used so far, joined as the text joins them ("Anna
/// Riva e Marco Sala"). A plural noun with "due" or "entrambi" right after ("I due sindaci
/// sostengono …") names the pair again.
extension AttributionContext {
    /// Links between coordinated names.
    static let nameCoordinators: Set<String> = ["e", "ed", ","]

    /// Registers, for every run of two or more names joined by commas and a final "e" in
    /// `sentence`, the pair or group they form, and ties each member's first token to it (in
    /// ``coordinatedGroups``). Names after a preposition ("i sindaci di Badia e Chiusi") and names
    /// inside quotations are places and objects, not speakers.
    mutating func registerCoordinatedNames(in sentence: Int) {
        registerSentenceOpeningPair(in: sentence)
        let found = mentions[sentence]
        var start = 0
        while start < found.count {
            // A run opens with a name (a role before it is its apposition: "la segretaria, Anna Ferri"),
            // not with a place that goes on a role's complement ("I sindaci di Bastiglia e Bomporto,
            // Francesca Silvestri e Angelo Giovannini, hanno detto": the people are the run).
            guard found[start].kind == .name, !continuesCoordinatedComplement(found[start], in: sentence) else {
                start += 1
                continue
            }
            // The members' indices in `found`: names joined by "e" or commas, or by ", e" and a role
            // in apposition to the next name ("Anna Ferri, e il leader della Uil, Piero Sala,").
            // (Most names are joined to none: no array is built for them.)
            guard let second = nextCoordinatedMember(after: start, in: found) else {
                start += 1
                continue
            }
            var members = [start, second]
            while let next = nextCoordinatedMember(after: members[members.count - 1], in: found) { members.append(next) }
            let end = members[members.count - 1]
            defer { start = end + 1 }
            let chain = members.map { found[$0] }
            // The last link is "e" ("Rossi, Bianchi e Verdi"): commas alone list an apposition.
            guard chain.count > 1, Self.linkIsE(chain[chain.count - 2], chain[chain.count - 1], in: document),
                chain.allSatisfy({ $0.kind == .name && (!$0.plural || Self.isPluralRoleBeforeName($0)) && !insideQuotation[$0.tokens.lowerBound] }),
                !isAfterPreposition(chain[0])
            else { continue }
            let entities = chain.compactMap { mentionEntity[$0.tokens.lowerBound] }
            guard entities.count == chain.count, Set(entities).count == entities.count else { continue }
            registerGroup(of: entities, from: chain[0], to: chain[chain.count - 1], keys: chain.map(\.tokens.lowerBound), in: sentence)
        }
    }

    /// The index in `found` of the name coordinated with `found[last]` (see
    /// ``registerCoordinatedNames(in:)``), or nil.
    private func nextCoordinatedMember(after last: Int, in found: [SpeakerMention]) -> Int? {
        if last + 1 < found.count, found[last + 1].kind == .name,
            Self.isCoordinationLink(between: found[last], and: found[last + 1], in: document)
        {
            return last + 1
        }
        if last + 2 < found.count, found[last + 1].kind == .role, found[last + 2].kind == .name,
            Self.isAppositiveCoordination(found[last], found[last + 1], found[last + 2], in: document)
        {
            return last + 2
        }
        if last + 2 < found.count, found[last + 1].kind == .role || found[last + 1].kind == .group,
            found[last + 2].kind == .name, Self.isCoordinationAfterApposition(found[last], found[last + 1], found[last + 2], in: document)
        {
            return last + 2
        }
        return nil
    }

    /// "Nursind e Fials hanno annunciato …", "Legambiente e Italia Nostra hanno chiesto …": a
    /// capitalised word opening the sentence is no mention of its own (the mention finder keeps
    /// such a word only when the document shows it is a name), but before "e" and a name, with a
    /// plural verb, it is the first of two names.
    private mutating func registerSentenceOpeningPair(in sentence: Int) {
        let range = document.sentences[sentence]
        let first = range.lowerBound
        guard range.count > 4, document.isWord(first), document.isCapitalized(first), !document.has(.article, first),
            !document.has(.clauseOpener, first), !document.has(.determiner, first), !document.has(.pronoun, first),
            Self.isAnd(document.form(first + 1)),
            let second = mentions[sentence].first, second.tokens.lowerBound == first + 2, second.kind == .name, !second.plural,
            let secondEntity = mentionEntity[second.tokens.lowerBound]
        else { return }
        // (The plural verb is asked where the pair is used: ``coordinatedGroup(of:cue:)``.)
        let name = document.tokens[first].text
        let opener = SpeakerMention(
            tokens: first...first, core: first...first, kind: .name, gender: nil, plural: false, name: name, hasGivenName: false)
        let openerEntity = registry.register(opener, headWord: nil)
        registerGroup(of: [openerEntity, secondEntity], from: opener, to: second, keys: [second.tokens.lowerBound], in: sentence)
    }

    /// Registers the group of `members` (entities, in text order) spanning the mentions `first`
    /// to `last`, named by their canonical names joined as the text joins them ("A, B e C"), and
    /// files it under each of `keys` (mention starts) and by sentence.
    private mutating func registerGroup(of members: [Int], from first: SpeakerMention, to last: SpeakerMention, keys: [Int], in sentence: Int) {
        let names = members.map { registry.entities[$0].canonical }
        let joined = names.dropLast().joined(separator: ", ") + " e " + (names.last ?? "")
        let group = SpeakerMention(
            tokens: first.tokens.lowerBound...last.tokens.upperBound, core: first.core.lowerBound...last.core.upperBound,
            kind: .group, gender: nil, plural: true, name: joined, hasGivenName: false)
        let entity = registry.register(group, headWord: nil)
        for key in keys { coordinatedGroups[key] = entity }
        coordinatedGroupsInOrder.append(Recent(entity: entity, sentence: sentence))
    }

    /// "e" or "ed", the conjunction that joins coordinated names.
    @inline(__always)
    static func isAnd(_ form: String) -> Bool {
        form == "e" || form == "ed"
    }

    /// Whether "e" joins `second` to `first`, alone or after the comma that closes an apposition.
    static func linkIsE(_ first: SpeakerMention, _ second: SpeakerMention, in document: ClaimDocument) -> Bool {
        let link = first.tokens.upperBound + 1
        if Self.isAnd(document.form(link)) { return true }
        // After the first name's apposition: "Marta Gini, consigliera del Pd, e Luca Sordi".
        if second.tokens.lowerBound >= 2, Self.isAnd(document.form(second.tokens.lowerBound - 1)),
            document.form(second.tokens.lowerBound - 2) == ","
        {
            return true
        }
        return document.form(link) == "," && Self.isAnd(document.form(link + 1)) && second.tokens.lowerBound > link + 2
    }

    /// "la segretaria della Cgil, Anna Ferri, e il leader della Uil, Piero Sala, hanno …": after
    /// the first name (and the comma that closes its apposition), "e", the second person's role
    /// and the second name in apposition to it, between commas — also when the first name needs
    /// no comma: "Il sindaco Raffaele Ciampi e l'assessora ai Lavori pubblici, Annalisa Pedicini,
    /// hanno detto".
    static func isAppositiveCoordination(
        _ first: SpeakerMention, _ role: SpeakerMention, _ second: SpeakerMention, in document: ClaimDocument
    ) -> Bool {
        var and = first.tokens.upperBound + 1
        if document.form(and) == "," { and += 1 }
        guard Self.isAnd(document.form(and)) else { return false }
        let roleStart = role.tokens.lowerBound
        guard roleStart == and + 1 || (roleStart == and + 2 && document.has(.definiteArticle, and + 1)) else { return false }
        return document.form(role.tokens.upperBound + 1) == "," && second.tokens.lowerBound == role.tokens.upperBound + 2
            && second.hasGivenName
    }

    /// "Marta Gini, consigliera del Pd, e Luca Sordi, capogruppo di Azione, sostengono …": the first
    /// name's role in apposition between commas, then "e" and the second name (which may take its
    /// own apposition before the verb).
    static func isCoordinationAfterApposition(
        _ first: SpeakerMention, _ role: SpeakerMention, _ second: SpeakerMention, in document: ClaimDocument
    ) -> Bool {
        let comma = first.tokens.upperBound + 1
        guard document.form(comma) == ",", role.tokens.lowerBound == comma + 1 || role.tokens.lowerBound == comma + 2 else { return false }
        let closing = role.tokens.upperBound + 1
        guard document.form(closing) == ",", Self.isAnd(document.form(closing + 1)) else { return false }
        return second.tokens.lowerBound == closing + 2 || (second.tokens.lowerBound == closing + 3 && document.has(.definiteArticle, closing + 2))
    }

    /// "I consiglieri Marco Telese e Ilaria Donadio": a plural role before the first name is the
    /// title of every name of the run, not a group of its own (the mention is the name, with
    /// the role's number).
    static func isPluralRoleBeforeName(_ mention: SpeakerMention) -> Bool {
        mention.kind == .name && mention.core.lowerBound > mention.tokens.lowerBound + 1
    }

    /// Whether `second` follows `first` after only a comma or "e"/"ed" (an article the mention did
    /// not take in may follow the link: "Rossi e il presidente Neri").
    static func isCoordinationLink(between first: SpeakerMention, and second: SpeakerMention, in document: ClaimDocument) -> Bool {
        let link = first.tokens.upperBound + 1
        guard nameCoordinators.contains(document.form(link)) else { return false }
        if second.tokens.lowerBound == link + 1 { return true }
        return second.tokens.lowerBound == link + 2 && document.has(.definiteArticle, link + 1)
    }

    /// The group a name belongs to when it is one of coordinated names and the verb is plural
    /// ("Rossi e Bianchi hanno detto"), or nil. A singular verb ("Rossi e Bianchi, ha detto il
    /// sindaco") leaves each name alone.
    func coordinatedGroup(of mention: SpeakerMention, cue: CueGroup?) -> Int? {
        guard cue?.plural == true else { return nil }
        if mention.kind == .name { return coordinatedGroups[mention.tokens.lowerBound] }
        // "Rossi e Bianchi, consiglieri comunali, hanno detto": a plural noun in apposition to the
        // last name describes them all.
        guard mention.plural, mention.kind == .role || mention.kind == .group, mention.tokens.lowerBound >= 2,
            document.form(mention.tokens.lowerBound - 1) == ","
        else { return nil }
        let sentence = document.sentenceOf[mention.tokens.lowerBound]
        guard let last = mentions[sentence].last(where: { $0.tokens.upperBound == mention.tokens.lowerBound - 2 }) else { return nil }
        return coordinatedGroups[last.tokens.lowerBound]
    }

    /// Whether a name right after "e" continues a complement rather than opening a clause: "i
    /// primi cittadini di Badia e Chiusi della Verna", "ha parlato con Rossi e Bianchi" — the name
    /// before "e" stands after a preposition (or closes a role's complement).
    func continuesCoordinatedComplement(_ mention: SpeakerMention, in sentence: Int) -> Bool {
        let start = mention.tokens.lowerBound
        guard mention.kind == .name, start >= 2, Self.isAnd(document.form(start - 1)),
            let before = mentions[sentence].last(where: { $0.tokens.upperBound == start - 2 })
        else { return false }
        if before.kind == .name { return isAfterPreposition(before) }
        // "primi cittadini di Badia Prataglia": a role whose complement ends in a name.
        let last = before.core.upperBound
        return (before.kind == .role || before.kind == .group) && document.isCapitalized(last)
            && before.core.contains(where: { $0 > before.core.lowerBound && document.has(.complementPreposition, $0) })
    }

    /// "I due sindaci", "i due deputati", "entrambi": a plural noun counting two names the pair
    /// named in its sentence or the two before.
    func coordinatedPair(namedAgainBy mention: SpeakerMention) -> Int? {
        let sentence = document.sentenceOf[mention.tokens.lowerBound]
        // (Groups are registered for the whole document before any claim: the last one up to the
        // mention's sentence is wanted, not the document's last.)
        guard mention.plural, mention.kind == .role || mention.kind == .group || mention.kind == .pronoun,
            let group = lastCoordinatedGroup(upTo: sentence)
        else { return nil }
        let start = mention.tokens.lowerBound
        guard sentence >= group.sentence, sentence - group.sentence <= 2,
            mention.tokens.contains(where: { Self.pairWords.contains(document.form($0)) })
                || (start > 0 && Self.pairWords.contains(document.form(start - 1)))
        else { return nil }
        return group.entity
    }

    /// Words that count two, or both.
    static let pairWords: Set<String> = ["due", "entrambi", "entrambe"]

    /// The last group registered in `sentence` or before. Groups are registered sentence by
    /// sentence, so the list is in sentence order and a binary search finds it (a scan from the end
    /// for every plural mention grew with the document).
    private func lastCoordinatedGroup(upTo sentence: Int) -> Recent? {
        var low = 0
        var high = coordinatedGroupsInOrder.count
        while low < high {
            let middle = (low + high) / 2
            if coordinatedGroupsInOrder[middle].sentence <= sentence { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? coordinatedGroupsInOrder[low - 1] : nil
    }

    /// "I due esponenti dell'opposizione sostengono …": a plural mention after an article and
    /// "due" stands where the article stands (the mention finder leaves both out).
    func followsArticleAndPairWord(_ mention: SpeakerMention, in sentence: Int) -> Bool {
        let start = mention.tokens.lowerBound
        guard mention.plural, start >= 2, Self.pairWords.contains(document.form(start - 1)), document.has(.definiteArticle, start - 2)
        else { return false }
        let range = document.sentences[sentence]
        let article = start - 2
        return article == range.lowerBound || document.tokens[article - 1].kind == .punctuation || document.has(.clauseOpener, article - 1)
    }
}
