/// The generic-holder rule: "il titolare dell'Economia", "la numero uno dell'azienda trentina",
/// "il leader autonomista", "il numero uno di Nuvolab" — nouns that say someone heads something,
/// without naming an office of their own, describe a person the document already tied to an
/// office:
///
/// - with a capitalised complement, the person whose role shares its capitalised words ("il
///   ministro dell'Economia, Carlo Ventimiglia" … "il titolare dell'Economia"), when there is one
///   (``genericHolderReferent(_:in:)``, as the mentions are registered);
/// - otherwise, the person tied to an office who spoke or was the subject last, within ten
///   sentences, of the noun's gender, whose roles name no other organisation ("il fondatore e
///   amministratore delegato Tommaso Riva" … "il numero uno di Nuvolab", but not "la partner di
///   Redwood Peak"; ``recentHolderReferent(_:own:)``). Kinship is no office.
///
/// "capo" counts only by its capitalised complement: "il capo dello staff" is often someone new.
extension AttributionContext {
    /// The head of a generic-holder role mention ("titolare", "numero uno", "leader", "capo"), or nil.
    func genericHolderHead(of mention: SpeakerMention) -> String? {
        let first = document.form(mention.core.lowerBound)
        if first == "numero", mention.core.count >= 2, document.form(mention.core.lowerBound + 1) == "uno" { return "numero uno" }
        return ["titolare", "leader", "capo"].contains(first) ? first : nil
    }

    /// The person whose role shares the mention's capitalised words, looking back ten sentences.
    func genericHolderReferent(_ mention: SpeakerMention, in sentence: Int) -> Int? {
        guard mention.kind == .role, !mention.isBare, !mention.isIndefinite, !mention.plural, !insideQuotation[mention.tokens.lowerBound],
            genericHolderHead(of: mention) != nil
        else { return nil }
        let capitals = EntityRegistry.capitalisedWords(of: mention.name)
        guard !capitals.isEmpty else { return nil }
        for previous in stride(from: sentence, through: max(0, sentence - 10), by: -1) {
            for candidate in mentions[previous].reversed() where candidate.tokens.upperBound < mention.tokens.lowerBound {
                guard !insideQuotation[candidate.tokens.lowerBound], let id = mentionEntity[candidate.tokens.lowerBound] else { continue }
                let entity = registry.entities[id]
                guard entity.kind == .name, entity.hasRole, !entity.plural else { continue }
                // The role words of this mention: a role in apposition, or the role before a name.
                var role: String? = nil
                if candidate.kind == .role {
                    role = candidate.name
                } else if let words = SpeakerMentionFinder.roleWords(of: candidate, in: document) {
                    role = document.text(words.lowerBound, words.upperBound)
                }
                if let role, case let known = EntityRegistry.capitalisedWords(of: role), !known.isEmpty,
                    capitals.allSatisfy({ known.contains($0) })
                {
                    return id
                }
            }
        }
        return nil
    }

    /// The office holder a generic-holder mention the registration left on its own names.
    func recentHolderReferent(_ mention: SpeakerMention, own id: Int) -> Int? {
        guard mention.kind == .role, !mention.isBare, !mention.isIndefinite, !mention.plural, let head = genericHolderHead(of: mention),
            registry.entities[id].canonical == mention.name
        else { return nil }
        let capitals = EntityRegistry.capitalisedWords(of: mention.name)
        if head == "capo" { return nil }
        let sentence = document.sentenceOf[mention.tokens.lowerBound]
        for candidate in recent.reversed() {
            if sentence - candidate.sentence > 10 { break }
            let entity = registry.entities[candidate.entity]
            guard candidate.entity != id, entity.kind == .name, entity.hasRole, !entity.plural else { continue }
            if let gender = mention.gender, let known = entity.gender, gender != known { continue }
            if registry.roleCapitals(of: candidate.entity).contains(where: { known in !capitals.allSatisfy { known.contains($0) } }) {
                continue
            }
            if registry.roleHeads(of: candidate.entity).allSatisfy({ Self.relativeNouns.contains($0) }) { continue }
            return candidate.entity
        }
        return nil
    }
}
