/// The other-office-holder rule: a bare unique office ("il sindaco", "il prefetto", "la preside")
/// does not name a person the document tied only to another role — "Il comandante, Andrea
/// Paoloni, ha aggiunto che … Il sindaco ha annunciato che …" are two people, though the mayor is
/// never named and the commander was the last person named. The unique-office rule already set
/// apart holders of another unique office ("il presidente di Confartigianato, Marco Gallo"); a
/// role outside that list ("comandante", "skipper", "ingegnere") set nobody apart, so recency gave
/// the office to whoever spoke last.
///
/// Kinship and succession nouns ("il padre, Gianni Riva,") describe a person without an office;
/// nouns for a kind of person (``hypernymRoles``: "la dirigente, Carla Bonetti" … "la preside")
/// may describe the office's holder;
/// and a role that names the same office under another noun ("il primo cittadino", "la prima
/// cittadina" for "sindaco": ``SpeakerLexicons/roleKey(ofRoleName:)``) is the same office; a
/// head word that is no role on its own ("primo" of "primo cittadino") tells nothing.
extension AttributionContext {
    /// Whether `entity` holds roles in the document and none of them is `office`.
    func holdsOnlyOtherRoles(_ entity: Int, than office: String) -> Bool {
        let heads = registry.roleHeads(of: entity)
        guard !heads.isEmpty else { return false }
        let lexicons = SpeakerLexicons.shared
        var heldRole = false
        for head in heads where !Self.relativeNouns.contains(head) {
            // A head word that is no role alone ("primo" of "primo cittadino", "pubblico" of
            // "pubblico ministero") may open the same office, and a noun for a kind of person
            // ("la dirigente, Carla Bonetti" … "la preside") describes any: nothing is known.
            if Self.hypernymRoles.contains(head) { return false }
            guard let key = lexicons.roleKey(ofRoleName: head) else { return false }
            if key == office { return false }
            heldRole = true
        }
        return heldRole
    }
}
