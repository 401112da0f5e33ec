/// The redescribed-speaker rule: a bare role in the sentence right after an unnamed role spoke is
/// that speaker described anew — "«Il piccolo respira da solo», ha detto il primario di
/// cardiochirurgia. Il medico ha spiegato che …", "«…», ha raccontato la farmacista. La
/// professionista ha aggiunto …". ``redescribedRoleReferent(_:in:)`` finds the unnamed role only
/// where it opens its sentence as the subject; a speaker named by role after a quotation ("«…», ha
/// detto il primario") stands at the end, and the bare role went to whoever was last named — a
/// place named after a person, a capitalised word opening a sentence.
///
/// The last claim must be in the same sentence or the one before, and its source an unnamed
/// singular role agreeing with the mention's gender. The bare role must be a noun for a kind of
/// person (``isHypernymRole(_:)``: "il medico", "il manager") or name the same office under another
/// noun ("il primo cittadino" … "il sindaco"): another office is another person ("«…», ha detto il
/// sindaco. Il consigliere ha replicato …").
extension AttributionContext {
    /// The unnamed role that spoke just before the bare role `mention` (in `sentence`), or nil.
    func redescribedSpeakerReferent(_ mention: SpeakerMention, in sentence: Int) -> Int? {
        guard mention.kind == .role, !mention.plural, let last = claims.last, let id = last.entity,
            last.sentence == sentence || last.sentence == sentence - 1, id != mentionEntity[mention.tokens.lowerBound]
        else { return nil }
        let entity = registry.entities[id]
        guard entity.kind == .role, !entity.plural else { return nil }
        if let gender = mention.gender, let known = entity.gender, gender != known { return nil }
        // A noun for a kind of person ("il medico", "il manager": ``isHypernymRole(_:)``), or the
        // same office under another noun ("il primo cittadino" … "il sindaco").
        if isHypernymRole(mention) { return id }
        let lexicons = SpeakerLexicons.shared
        guard let own = lexicons.roleKey(ofRoleName: mention.name), own == lexicons.roleKey(ofRoleName: entity.canonical) else { return nil }
        return id
    }
}
