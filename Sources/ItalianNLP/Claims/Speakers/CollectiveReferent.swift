/// The collective-referent rule: a plural group named again under another noun of the same kind
/// of collective — "i rappresentanti del sindacato dei medici … I sindacalisti hanno annunciato",
/// "la replica dei sindacati … le sigle del credito scrivono", "le organizzazioni ambientaliste …
/// dodici associazioni hanno denunciato", "l'associazione Amici del Parco … secondo gli
/// ambientalisti" — is the collective named just before (in its sentence or the two before).
extension AttributionContext {
    /// The kinds of collective, each recognised by word beginnings in a mention's words.
    enum CollectiveKind {
        case union, advocacy
    }

    /// The kind of collective a mention's words name ("sindacalisti", "rappresentanti del
    /// sindacato", "sigle" → union; "associazioni", "organizzazioni", "ambientalisti" → advocacy),
    /// or nil.
    func collectiveKind(of mention: SpeakerMention) -> CollectiveKind? {
        for index in mention.core where document.isWord(index) {
            let form = document.form(index)
            guard let first = form.utf8.first, first == 0x73 || first == 0x61 || first == 0x6F else { continue }  // s, a, o
            if form.hasPrefix("sindacat") || form.hasPrefix("sindacal") || form == "sigle" { return .union }
            if form.hasPrefix("associazion") || form.hasPrefix("organizzazion") || form.hasPrefix("ambientalist")
                || form.hasPrefix("attivist")
            {
                return .advocacy
            }
        }
        return nil
    }

    /// For a plural collective mention the document has not met under this name, the collective
    /// of the same kind mentioned last in its sentence (before it) or the two before; nil otherwise.
    func collectiveReferent(of mention: SpeakerMention, at position: Int, in sentence: Int) -> Int? {
        guard mention.plural, mention.kind == .role || mention.kind == .group,
            registry.entity(named: mention.name) == nil, let kind = collectiveKind(of: mention)
        else { return nil }
        for previousSentence in stride(from: sentence, through: max(0, sentence - 2), by: -1) {
            let candidates = previousSentence == sentence ? Array(mentions[sentence][..<position]) : mentions[previousSentence]
            for candidate in candidates.reversed() where !insideQuotation[candidate.tokens.lowerBound] {
                // (A singular person's role is no collective: "Kofi Mensah, delegato sindacale" …
                // "I sindacati accusano".)
                guard candidate.kind == .group || (candidate.kind == .role && candidate.plural)
                    || (candidate.kind == .name && candidate.isOrganisation),
                    collectiveKind(of: candidate) == kind || (candidate.isOrganisation && organisationHeadKind(of: candidate) == kind),
                    let entity = mentionEntity[candidate.tokens.lowerBound]
                else { continue }
                return entity
            }
        }
        return nil
    }

    /// The kind of collective an organisation's group noun names ("l'associazione Amici del Parco").
    private func organisationHeadKind(of mention: SpeakerMention) -> CollectiveKind? {
        var head = mention.tokens.lowerBound
        if document.has(.article, head) { head += 1 }
        guard head < mention.core.lowerBound else { return nil }
        let form = document.form(head)
        if form.hasPrefix("sindacat") { return .union }
        if form.hasPrefix("associazion") || form.hasPrefix("organizzazion") { return .advocacy }
        return nil
    }
}
