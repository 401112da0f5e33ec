/// The masculine-role rule: Italian news often names a woman's office with the masculine noun
/// ("il pubblico ministero Anna Ferraris … Il magistrato ha definito …", "il direttore del
/// personale, Federica Anselmi"). A bare masculine role that no man near it fits names the woman
/// the document tied to a role, named last within four sentences. (A feminine role never names a
/// man.)
extension AttributionContext {
    func masculineRoleReferent(_ mention: SpeakerMention, office: String?, in sentence: Int) -> Int? {
        guard mention.kind == .role, mention.gender == "m", !mention.plural else { return nil }
        for candidate in recent.reversed() {
            if sentence - candidate.sentence > 4 { break }
            let entity = registry.entities[candidate.entity]
            guard entity.kind == .name, !entity.plural, entity.gender == "f", entity.hasRole else { continue }
            if let office, !entity.offices.isEmpty, !entity.offices.contains(office) { continue }
            if let office, entity.offices.isEmpty, holdsOnlyOtherRoles(candidate.entity, than: office) { continue }
            return candidate.entity
        }
        return nil
    }
}
