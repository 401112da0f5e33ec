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
        /// A person for certain: a given name, or a role in apposition ("Erik Lindqvist, il
        /// segretario"), even when the gender is unknown.
        var isPerson: Bool = false
    }

    private(set) var entities: [Entity] = []
    private var byKey: [String: Int] = [:]

    /// Makes a role phrase ("sindaca di Bari", and its head "sindaca") name an entity from now
    /// on: "Lucia Martorana, sindaca di Bari," then "la sindaca" → Lucia Martorana.
    mutating func link(role: SpeakerMention, to entity: Int, headWord: String) {
        let words = Self.lowercasedWords(role.name)
        byKey["role:" + words.joined(separator: " ")] = entity
        byKey["role:" + headWord] = entity
        if role.kind == .role, entities[entity].kind == .name {
            entities[entity].isPerson = true
            if entities[entity].gender == nil { entities[entity].gender = role.gender }
        }
    }

    /// Registers every mention of the document, in order, and returns each mention's entity.
    mutating func register(_ mention: SpeakerMention, headWord: String? = nil) -> Int {
        let words = Self.lowercasedWords(mention.name)
        let full = words.joined(separator: " ")
        let isRole = mention.kind == .role || mention.kind == .group
        if isRole {
            // Only a bare noun goes by its head: "il sindaco di Milano" is not "il sindaco di
            // Bologna, Matteo Guidotti", but a later "il sindaco" is.
            if let linked = byKey["role:" + full] ?? (mention.isBare ? headWord.flatMap({ byKey["role:" + $0] }) : nil) {
                return linked
            }
        }
        // An institution with its complement ("il Comune di Trento") is what a later bare "il
        // Comune" refers to.
        defer {
            // Institutions only: a person's role with a complement ("il direttore generale
            // dell'azienda") is often in apposition to a name the finder missed.
            if mention.kind == .group, !mention.isBare, let headWord, let id = byKey[full] { byKey["role:" + headWord] = id }
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
        // The full name after the surname alone ("Rota e Gallo" in a heading, then "Franco Rota"):
        // one person, named by the fuller form from now on.
        if mention.kind == .name, words.count >= 2, let last = words.last, let existing = byKey[last],
            entities[existing].kind == .name, !entities[existing].canonical.contains(" ")
        {
            improve(existing, with: mention)
            byKey[full] = existing
            byKey["surname:" + last] = existing
            if mention.hasGivenName, let first = words.first { byKey["given:" + first] = existing }
            return existing
        }
        // An acronym after the full name: "l'Istituto superiore di sanità … l'Iss".
        if mention.kind == .name, words.count == 1, !mention.hasGivenName, let acronym = words.first, let existing = expansion(of: acronym) {
            byKey[full] = existing
            return existing
        }
        let id = entities.count
        entities.append(Entity(
            canonical: mention.name, gender: mention.gender, plural: mention.plural, kind: mention.kind,
            isPerson: mention.kind == .name && (mention.gender != nil || mention.hasGivenName)))
        byKey[full] = id
        if mention.kind == .name, words.count >= 2, let last = words.last {
            byKey["surname:" + last] = id
            if mention.hasGivenName, let first = words.first { byKey["given:" + first] = id }
        }
        return id
    }

    /// The initials of names, remembered: every one-word mention is checked against the names
    /// met lately.
    private static let initialsMemo = FormMemo<String>(shardCount: 4, slotsPerShard: 256)

    /// Words left out of an acronym's initials.
    static let particles: Set<String> = ["di", "del", "della", "dello", "dei", "degli", "delle", "d'", "dell'", "e", "per", "la", "il"]

    /// The organisation whose name's initials (particles left out) spell `acronym`, or begin
    /// with it when it has three letters or more: "iss" for "Istituto superiore di sanità", "asp"
    /// for "Azienda sanitaria provinciale di Palermo".
    private func expansion(of acronym: String) -> Int? {
        guard (2...5).contains(acronym.count), acronym.allSatisfy(\.isLetter) else { return nil }
        // The organisations met lately (a bounded look-back keeps registration linear).
        for id in stride(from: entities.count - 1, through: max(0, entities.count - 60), by: -1) {
            let entity = entities[id]
            guard entity.kind == .name || entity.kind == .group else { continue }
            let initials = Self.initialsMemo.value(for: entity.canonical) { canonical in
                let words = canonical.lowercased().split(separator: " ").filter { !Self.particles.contains(String($0)) }
                return words.count >= 2 ? String(words.compactMap(\.first)) : ""
            }
            guard !initials.isEmpty else { continue }
            if initials == acronym || (acronym.count >= 3 && initials.hasPrefix(acronym)) { return id }
        }
        return nil
    }

    private mutating func improve(_ id: Int, with mention: SpeakerMention) {
        if mention.name.count > entities[id].canonical.count { entities[id].canonical = mention.name }
        if entities[id].gender == nil { entities[id].gender = mention.gender }
        if mention.kind == .name, mention.gender != nil || mention.hasGivenName { entities[id].isPerson = true }
    }

    /// The words of a name (split at spaces), lower-cased: `name.split(separator: " ").map {
    /// String($0).lowercased() }`. An ASCII name, the usual case, is split and lower-cased byte by
    /// byte (in ASCII every byte is a Character, and lower-casing maps A–Z alone), which costs a
    /// fraction of splitting by Characters; any other name takes the general path.
    static func lowercasedWords(_ name: String) -> [String] {
        let ascii: [String]? = name.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var words: [String] = []
            var start = 0
            while start < bytes.count {
                if bytes[start] == 0x20 {
                    start += 1
                    continue
                }
                var end = start
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                words.append(String(unsafeUninitializedCapacity: end - start) { buffer in
                    for offset in 0..<(end - start) {
                        let byte = bytes[start + offset]
                        buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                    }
                    return end - start
                })
                start = end
            }
            return words
        } ?? nil
        return ascii ?? name.split(separator: " ").map { String($0).lowercased() }
    }

    /// Looks a later, shorter form up without registering it.
    func entity(named name: String) -> Int? {
        let words = Self.lowercasedWords(name)
        if let id = byKey[words.joined(separator: " ")] { return id }
        if let last = words.last { return byKey["surname:" + last] }
        return nil
    }
}
