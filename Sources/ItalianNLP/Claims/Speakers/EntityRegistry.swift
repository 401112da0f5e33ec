/// The people and organisations of one document, so that "Zuckerberg" and "Mark Zuckerberg"
/// are one source.
///
/// A name mention joins the entity whose fullest name ends with the same word (surname) or
/// equals it; a role mention ("il ministro dell'Interno") joins the entity with the same role
/// phrase. The canonical name is the longest form seen.
struct EntityRegistry {
    struct Entity {
        var canonical: String
        var gender: Character?
        var plural: Bool
        var kind: SpeakerMention.Kind
    }

    private(set) var entities: [Entity] = []
    private var byKey: [String: Int] = [:]

    /// Makes a role phrase ("sindaca di Bari", and its head "sindaca") name an entity from now
    /// on: "Lucia Martorana, sindaca di Bari," then "la sindaca" → Lucia Martorana.
    mutating func link(role: SpeakerMention, to entity: Int, headWord: String) {
        let words = role.name.split(separator: " ").map { String($0).lowercased() }
        byKey["role:" + words.joined(separator: " ")] = entity
        byKey["role:" + headWord] = entity
    }

    /// Registers every mention of the document, in order, and returns each mention's entity.
    mutating func register(_ mention: SpeakerMention, headWord: String? = nil) -> Int {
        let words = mention.name.split(separator: " ").map { String($0).lowercased() }
        let full = words.joined(separator: " ")
        if mention.kind == .role || mention.kind == .group {
            if let linked = byKey["role:" + full] ?? headWord.flatMap({ byKey["role:" + $0] }) { return linked }
        }
        if let existing = byKey[full] {
            improve(existing, with: mention)
            return existing
        }
        if mention.kind == .name, let last = words.last, let existing = byKey["surname:" + last],
            entities[existing].kind == .name
        {
            improve(existing, with: mention)
            byKey[full] = existing
            return existing
        }
        // A given name alone ("Anna") after "Anna Neri".
        if mention.kind == .name, words.count == 1, let existing = byKey["given:" + full] {
            byKey[full] = existing
            return existing
        }
        let id = entities.count
        entities.append(Entity(canonical: mention.name, gender: mention.gender, plural: mention.plural, kind: mention.kind))
        byKey[full] = id
        if mention.kind == .name, words.count >= 2, let last = words.last {
            byKey["surname:" + last] = id
            if mention.hasGivenName, let first = words.first { byKey["given:" + first] = id }
        }
        return id
    }

    private mutating func improve(_ id: Int, with mention: SpeakerMention) {
        if mention.name.count > entities[id].canonical.count { entities[id].canonical = mention.name }
        if entities[id].gender == nil { entities[id].gender = mention.gender }
    }

    /// Looks a later, shorter form up without registering it.
    func entity(named name: String) -> Int? {
        let words = name.split(separator: " ").map { String($0).lowercased() }
        if let id = byKey[words.joined(separator: " ")] { return id }
        if let last = words.last { return byKey["surname:" + last] }
        return nil
    }
}
