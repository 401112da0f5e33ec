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
        /// The initials of `canonical` once an acronym was compared with them ("" when the name
        /// has fewer than two words); nil until then, and again when `canonical` changes.
        var initials: String? = nil
        /// The first byte of `initials` once they are known (``noInitials`` when they are "",
        /// ``unknownInitials`` while `initials` is nil): `expansion(of:)` compares it with an
        /// acronym's first byte for every recent entity, and reading an Int16 there costs a
        /// fraction of reading the optional String.
        var initialsLead: Int16 = EntityRegistry.unknownInitials
        /// The document tied a role to this entity ("Erik Lindqvist, il segretario", "il ministro
        /// Carlo Neri").
        var hasRole: Bool = false
        /// The unique offices (``SpeakerLexicons/uniqueOffices``) the document tied to this entity
        /// ("Marco Gallo, presidente di Confartigianato" → "presidente").
        var offices: [String] = []
        /// A role or group first met with an indefinite article ("un comitato", "un imprenditore"):
        /// the same bare noun names it later ("il comitato").
        var introducedIndefinite: Bool = false
        /// An organisation for certain: the document named it with a group noun ("il gruppo
        /// Termoplast", "Tradora, il colosso olandese delle consegne").
        var isOrganisation: Bool = false
        /// Stems of the adjectives of origin the document described it with ("il gruppo pisano"
        /// → "pisan"; see ``OriginAdjectives``).
        var origins: [String] = []
        /// The kind of organisation the document named it with ("Aerolinea Tirrena, la compagnia
        /// low cost" → company), the first one.
        var organisationClass: AttributionContext.OrganisationClass? = nil
        /// The document wrote the name after a plural article ("le Fiamme Oro"): a group, never
        /// one person (see ``AttributionContext/isNamedWithPluralArticle(_:)``).
        var namedWithPluralArticle: Bool = false
    }

    private(set) var entities: [Entity] = []
    /// `Entity.initialsLead` before the initials are worked out, and for a name without initials.
    static let unknownInitials: Int16 = -1
    static let noInitials: Int16 = 0x100
    // The lower-cased forms that name an entity, one table per way of naming it: the full form,
    // a role phrase or its head noun, a surname, a given name. (`FormIndex`: a dictionary's
    // answers, without SipHash; sized for a news article's entities, so most never grow.)
    private var byFull = FormIndex<Int>(minimumCapacity: 16)
    private var byRole = FormIndex<Int>(minimumCapacity: 8)
    private var bySurname = FormIndex<Int>(minimumCapacity: 8)
    private var byGiven = FormIndex<Int>()
    /// The first word of organisations' names of two words or more ("aldini" for "Aldini
    /// Industrie", "filt" for "Filt Cgil"), the one named last: see ``registerUnseen``.
    private var byFirstWord: [String: Int] = [:]
    /// The first word of organisations' names of two words or more, names and group nouns with
    /// their words alike, the one named last: see ``organisationSharingOpeningWords(_:of:)``.
    private(set) var organisationsByFirstWord: [String: Int] = [:]
    /// Offices (``SpeakerLexicons/roleKey(ofRoleName:)``) tied to a person, worked out from
    /// `pendingOffices` only when a bare role asks (most documents never do).
    private var byOffice: [String: [Int]] = [:]
    /// For every entity, when it was last registered (mentions are registered in text order).
    private var lastSeen: [Int] = []
    private var registrations = 0
    /// Roles tied to a person, by head word, with the capitalised words of their complement
    /// ("direttore del dipartimento di Fisica" → "direttore", ["Fisica"]).
    private var rolesWithCapitals: [(head: String, capitals: [String], entity: Int)] = []
    private var pendingRolesWithCapitals: [(name: String, head: String, entity: Int)] = []
    /// Offices with their complement (``SpeakerLexicons/officeKey(ofRoleName:)``) tied to a person:
    /// "il tecnico del Parma, Fabio Cristini" … "l'allenatore del Parma".
    private var byOfficeWithComplement = FormIndex<Int>()
    private var pendingOffices: [(role: String, entity: Int)] = []
    /// The head words of the roles tied to each person ("padre" for "Il padre, Gianni Riva,").
    private var roleHeadsByEntity: [Int: [String]] = [:]
    /// Entities by every canonical name they have had, lower-cased, so that a rule asking for an
    /// institution by name ("ministero dell'interno") reads a table instead of scanning every
    /// entity at every mention (quadratic on a long document). A name an entity has outgrown stays
    /// listed: ``firstEntity(canonicallyNamedAnyOf:where:)`` checks it. Only the names a rule asks
    /// for (``askedCanonicalNames``) are listed: lower-casing and filing every new entity's name
    /// cost a tenth of the registry's time, for a table asked about a few institutions.
    private var byCanonicalName: [String: [Int]] = [:]

    /// The lower-cased canonical names ``firstEntity(canonicallyNamedAnyOf:where:)`` may be asked
    /// for: the institutions of the seat-metonym rule. A rule that asks for others adds them here.
    static let askedCanonicalNames: Set<String> = Set(AttributionContext.seatInstitutions.values.joined())

    /// For each lower-cased first byte of ``askedCanonicalNames``, their UTF-8 lengths, one bit each
    /// (a length above 63 sets bit 63). Lower-casing an ASCII name keeps its length and maps its
    /// first byte alone, and an ASCII string equals an ASCII name only byte for byte, so most ASCII
    /// names are ruled out by one bit, without lower-casing them; nil when an asked name is not
    /// ASCII (a string of other scalars may be canonically equivalent to an ASCII one).
    private static let askedCanonicalNameLengths: [UInt64]? = {
        var lengths = [UInt64](repeating: 0, count: 128)
        for name in askedCanonicalNames {
            guard let first = name.utf8.first, name.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            lengths[Int(first)] |= 1 << UInt64(min(name.utf8.count, 63))
        }
        return lengths
    }()

    /// Lists `name` as a canonical name `id` has had, when a rule may ask for it.
    private mutating func listCanonicalName(_ name: String, of id: Int) {
        if let lengths = Self.askedCanonicalNameLengths {
            // (A name whose bytes are not contiguous, or not ASCII, goes on to be lower-cased.)
            let isRuledOut = name.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                guard let first = bytes.first, !bytes.contains(where: { $0 >= 0x80 }) else { return false }
                let lowercasedFirst = first >= 0x41 && first <= 0x5A ? first + 0x20 : first
                return lengths[Int(lowercasedFirst)] & 1 << UInt64(min(bytes.count, 63)) == 0
            }
            if isRuledOut == true { return }
        }
        let lowercased = name.lowercased()
        guard Self.askedCanonicalNames.contains(lowercased) else { return }
        byCanonicalName[lowercased, default: []].append(id)
    }

    /// The first entity (in order of registration) whose canonical name, lower-cased, is one of
    /// `names` and which `accepts`, or nil. Each name must be one of ``askedCanonicalNames``.
    func firstEntity(canonicallyNamedAnyOf names: [String], where accepts: (Entity) -> Bool) -> Int? {
        var first: Int? = nil
        for name in names {
            for id in byCanonicalName[name] ?? [] where id < first ?? Int.max {
                let entity = entities[id]
                if entity.canonical.lowercased() == name, accepts(entity) { first = id }
            }
        }
        return first
    }

    /// Makes a role phrase ("sindaca di Bari", and its head "sindaca") name an entity from now
    /// on: "Lucia Martorana, sindaca di Bari," then "la sindaca" → Lucia Martorana.
    mutating func link(role: SpeakerMention, to entity: Int, headWord: String) {
        // A one-word role is its (lower-case) head word.
        let full = role.core.count == 1 && role.name == headWord ? headWord : LowercasedName(role.name).full
        byRole[full] = entity
        if full != headWord { byRole[headWord] = entity }
        if role.kind == .group, entities[entity].organisationClass == nil {
            entities[entity].organisationClass = AttributionContext.organisationClass(ofNoun: headWord)
        }
        if role.kind == .role { pendingOffices.append((role.name, entity)) }
        // Worked out only when a role with a capitalised complement asks (see
        // ``linkedRoleSharingCapitals(of:headWord:)``).
        if role.kind == .role, role.core.count > 1 { pendingRolesWithCapitals.append((role.name, headWord, entity)) }
        if role.kind == .role, entities[entity].kind == .name {
            if !(roleHeadsByEntity[entity]?.contains(headWord) ?? false) { roleHeadsByEntity[entity, default: []].append(headWord) }
            entities[entity].isPerson = true
            entities[entity].hasRole = true
            if let key = SpeakerLexicons.shared.roleKey(ofRoleName: role.name), SpeakerLexicons.uniqueOffices.contains(key),
                !entities[entity].offices.contains(key)
            {
                entities[entity].offices.append(key)
            }
            if entities[entity].gender == nil { entities[entity].gender = role.gender }
        }
    }

    /// Records that the document described an entity as an organisation, with the adjectives of
    /// origin of that description ("Marchetti Tubi, il gruppo pisano").
    mutating func describe(_ entity: Int, asOrganisationFrom origins: [String]) {
        guard entities[entity].kind == .name || entities[entity].kind == .group else { return }
        entities[entity].isOrganisation = true
        for origin in origins where !entities[entity].origins.contains(origin) { entities[entity].origins.append(origin) }
    }

    /// Whether a description with `origins` can name `entity`: nil when either side names no
    /// origin, else whether some pair agrees ("toscana" names the "gruppo pisano", "bresciana"
    /// does not).
    func origins(_ origins: [String], agreeWith entity: Int) -> Bool? {
        let known = entities[entity].origins
        guard !origins.isEmpty, !known.isEmpty else { return nil }
        let lexicon = OriginAdjectives.shared
        return origins.contains { origin in known.contains { lexicon.agree(origin, $0) } }
    }

    /// The entity a bare role names through its office, when the document tied that office to
    /// someone under another name ("il pubblico ministero Chiara Santoro" … "la pm"). A feminine
    /// role does not name a man (a masculine one may name a woman: "il sindaco, Elena Giordano").
    private mutating func linkedOffice(of mention: SpeakerMention) -> Int? {
        guard mention.kind == .role, !byOffice.isEmpty || !pendingOffices.isEmpty else { return nil }
        resolvePendingOffices()
        // (Most offices tied so far have no key: no role's key need be worked out then.)
        guard !byOffice.isEmpty, let key = SpeakerLexicons.shared.roleKey(ofRoleName: mention.name), let holders = byOffice[key] else {
            return nil
        }
        // The office-recency rule: of the people who hold the office ("l'avvocata Brambilla", "il
        // loro avvocato"), the one of the role's gender mentioned last ("il legale" after "il loro
        // avvocato" is him, not her); a feminine role never names a man.
        var best: Int? = nil
        var bestAgrees = false
        for id in holders {
            if mention.gender == "f", entities[id].gender == "m" { continue }
            let agrees = mention.gender != nil && entities[id].gender == mention.gender
            if let current = best {
                if bestAgrees && !agrees { continue }
                if agrees == bestAgrees, lastSeen[id] < lastSeen[current] { continue }
            }
            best = id
            bestAgrees = agrees
        }
        return best
    }

    /// The capitalised words of a role's complement ("direttore del dipartimento di Fisica" →
    /// ["Fisica"]), the head word left out.
    static func capitalisedWords(of name: String) -> [String] {
        // Printable ASCII (most names): a word is capitalised when its first byte is A–Z, the only
        // upper-case ASCII Characters; no Character need be formed.
        if name.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return name.utf8.split(separator: 0x20).dropFirst().compactMap { word in
                guard let first = word.first, first >= 0x41, first <= 0x5A else { return nil }
                return String(Substring(word))
            }
        }
        return name.split(separator: " ").dropFirst().compactMap { word in
            word.first?.isUppercase == true ? String(word) : nil
        }
    }

    /// The shared-complement rule: a role with a capitalised complement names the person tied to
    /// a role with the same head whose complement holds the same capitalised words ("il direttore
    /// del dipartimento di Fisica, Giorgio Benetti" … "il direttore di Fisica"), the one tied last.
    private mutating func linkedRoleSharingCapitals(of mention: SpeakerMention, headWord: String?) -> Int? {
        guard mention.kind == .role, !mention.isBare, let headWord, !rolesWithCapitals.isEmpty || !pendingRolesWithCapitals.isEmpty
        else { return nil }
        // Only a role with the same head can answer: without one, nothing is worked out (the
        // pending roles keep their order, and are worked out when a role with their head asks).
        guard rolesWithCapitals.contains(where: { $0.head == headWord }) || pendingRolesWithCapitals.contains(where: { $0.head == headWord })
        else { return nil }
        let capitals = Self.capitalisedWords(of: mention.name)
        guard !capitals.isEmpty else { return nil }
        for pending in pendingRolesWithCapitals {
            let known = Self.capitalisedWords(of: pending.name)
            if !known.isEmpty { rolesWithCapitals.append((pending.head, known, pending.entity)) }
        }
        pendingRolesWithCapitals.removeAll(keepingCapacity: true)
        for role in rolesWithCapitals.reversed() where role.head == headWord {
            if capitals.allSatisfy({ role.capitals.contains($0) }) { return role.entity }
        }
        return nil
    }

    /// The offices tied to people so far, by office and by office with complement.
    private mutating func resolvePendingOffices() {
        for (role, entity) in pendingOffices {
            if let key = SpeakerLexicons.shared.roleKey(ofRoleName: role), !(byOffice[key]?.contains(entity) ?? false) {
                byOffice[key, default: []].append(entity)
            }
            if let key = SpeakerLexicons.shared.officeKey(ofRoleName: role) { byOfficeWithComplement[key] = entity }
        }
        pendingOffices.removeAll(keepingCapacity: true)
    }

    /// The office-with-complement rule: a role with a complement names the person the document
    /// tied to the same office of the same place or body under another role noun ("il tecnico del
    /// Parma, Fabio Cristini" … "l'allenatore del Parma"; "il primo cittadino di Cornuda, Elisa
    /// Pavan" … "la sindaca di Cornuda"). A feminine role does not name a man.
    private mutating func linkedOfficeWithComplement(of mention: SpeakerMention) -> Int? {
        guard mention.kind == .role, !byOfficeWithComplement.isEmpty || !pendingOffices.isEmpty else { return nil }
        resolvePendingOffices()
        // (Most roles tied so far have no complement: no office key need be worked out then.)
        guard !byOfficeWithComplement.isEmpty, let key = SpeakerLexicons.shared.officeKey(ofRoleName: mention.name),
            let id = byOfficeWithComplement[key]
        else {
            return nil
        }
        if mention.gender == "f", entities[id].gender == "m" { return nil }
        return id
    }

    /// Registers every mention of the document, in order, and returns each mention's entity.
    mutating func register(_ mention: SpeakerMention, headWord: String? = nil, origins: [String] = []) -> Int {
        let id = registerUnseen(mention, headWord: headWord, origins: origins)
        registrations += 1
        while lastSeen.count < entities.count { lastSeen.append(0) }
        lastSeen[id] = registrations
        return id
    }

    private mutating func registerUnseen(_ mention: SpeakerMention, headWord: String?, origins: [String]) -> Int {
        let words = LowercasedName(mention.name)
        let full = words.full
        let isRole = mention.kind == .role || mention.kind == .group
        if isRole {
            // Only a bare noun goes by its head: "il sindaco di Milano" is not "il sindaco di
            // Bologna, Matteo Guidotti", but a later "il sindaco" is.
            if let linked = byRole[full]
                ?? (mention.isBare ? headWord.flatMap({ byRole[$0] }) ?? linkedOffice(of: mention)
                    : linkedOfficeWithComplement(of: mention) ?? linkedRoleSharingCapitals(of: mention, headWord: headWord)),
                // The origin rule: "l'azienda bresciana" is not the company described as pisan.
                self.origins(origins, agreeWith: linked) != false
            {
                return linked
            }
        }
        // An institution with its complement ("il Comune di Trento") is what a later bare "il
        // Comune" refers to.
        defer {
            // Institutions only: a person's role with a complement ("il direttore generale
            // dell'azienda") is often in apposition to a name the finder missed.
            if mention.kind == .group, !mention.isBare, let headWord, let id = byFull[full] { byRole[headWord] = id }
        }
        if let existing = byFull[full] {
            improve(existing, with: mention)
            return existing
        }
        // A longer name joins by its last word only when it ends the known one ("Di Fabio" after
        // "Renato Di Fabio"): "Luca Rossi" is not "Mario Rossi", nor "Confindustria Brescia" the
        // "Fiom di Brescia".
        if mention.kind == .name, let last = words.last, let existing = bySurname[last],
            entities[existing].kind == .name, words.wordCount == 1 || Self.endsWith(entities[existing].canonical, words.full)
        {
            improve(existing, with: mention)
            byFull[full] = existing
            return existing
        }
        // A given name alone ("Anna") after "Anna Neri".
        if mention.kind == .name, words.wordCount == 1, let existing = byGiven[full] {
            byFull[full] = existing
            return existing
        }
        // The full name after the surname alone ("Rota e Gallo" in a heading, then "Franco Rota"):
        // one person, named by the fuller form from now on.
        if mention.kind == .name, words.wordCount >= 2, let last = words.last, let existing = byFull[last],
            entities[existing].kind == .name, !Self.containsSpace(entities[existing].canonical)
        {
            improve(existing, with: mention)
            byFull[full] = existing
            bySurname[last] = existing
            if mention.hasGivenName, let first = words.first { byGiven[first] = existing }
            return existing
        }
        // The same for a surname that opens with lower-case particles ("van den Heuvel" in a
        // heading, then "Ruud van den Heuvel"): the known entity is the full name's last words.
        if mention.kind == .name, words.wordCount >= 3, let existing = particleSurnameEntity(endingNameOf: words.full) {
            improve(existing, with: mention)
            byFull[full] = existing
            if let last = words.last { bySurname[last] = existing }
            if mention.hasGivenName, let first = words.first { byGiven[first] = existing }
            return existing
        }
        // The first-word rule: an organisation named again by the first word of its name ("il
        // gruppo Aldini Industrie … Aldini spiega", "Filt Cgil … secondo la Filt"). Only a word
        // that is no given name, for an entity that is no person.
        if mention.kind == .name, words.wordCount == 1, !mention.hasGivenName, mention.gender == nil,
            let existing = byFirstWord[full], !entities[existing].isPerson, entities[existing].gender == nil
        {
            byFull[full] = existing
            return existing
        }
        // ``organisationSharingOpeningWords(_:of:)``: "l'Ufficio scolastico regionale per la
        // Lombardia" … "l'Ufficio scolastico", one organisation, named by the fuller form.
        if let existing = organisationSharingOpeningWords(words, of: mention) {
            improve(existing, with: mention)
            byFull[full] = existing
            return existing
        }
        // …and the other way round: "il gruppo Aldini" in a heading, then "il gruppo bolognese Aldini
        // Industrie": one organisation, named by the fuller form from now on.
        if mention.kind == .name, words.wordCount >= 2, !mention.hasGivenName, mention.gender == nil, let first = words.first,
            let existing = byFull[first], entities[existing].kind == .name, !entities[existing].isPerson,
            entities[existing].gender == nil, !Self.containsSpace(entities[existing].canonical)
        {
            improve(existing, with: mention)
            byFull[full] = existing
            byFirstWord[first] = existing
            return existing
        }
        // An acronym after the full name: "l'Istituto superiore di sanità … l'Iss".
        if mention.kind == .name, words.wordCount == 1, !mention.hasGivenName, let acronym = words.first, let existing = expansion(of: acronym) {
            byFull[full] = existing
            return existing
        }
        let id = entities.count
        entities.append(Entity(
            canonical: mention.name, gender: mention.gender, plural: mention.plural, kind: mention.kind,
            isPerson: mention.kind == .name && (mention.gender != nil || mention.hasGivenName),
            introducedIndefinite: mention.isIndefinite && (mention.kind == .role || mention.kind == .group),
            isOrganisation: mention.isOrganisation))
        listCanonicalName(mention.name, of: id)
        byFull[full] = id
        // "un imprenditore di Ortona" … "l'imprenditore", "le organizzazioni ambientaliste presenti
        // a Bonn" … "le organizzazioni": a role introduced as someone new, or a group of people, is
        // what the same bare noun names next. (A singular definite role with a complement is often
        // in apposition to a name: it does not.)
        if mention.kind == .role || mention.kind == .group, mention.isIndefinite || (mention.plural && !mention.isBare), let headWord,
            !["altro", "altra", "altri", "altre"].contains(headWord), byRole[headWord] == nil
        {
            byRole[headWord] = id
        }
        if mention.kind == .name, words.wordCount >= 2, !mention.hasGivenName, mention.gender == nil, let first = words.first {
            byFirstWord[first] = id
        }
        if Self.namesOrganisationByWords(mention, wordCount: words.wordCount), let first = words.first { organisationsByFirstWord[first] = id }
        if mention.kind == .name, words.wordCount >= 2, let last = words.last {
            // The first-bearer rule: a surname two people share ("Arturo Fenoglio" … "la figlia,
            // Laura Fenoglio") names, alone, the one the document introduced first — the person
            // the report is about; the other is written with the given name.
            if bySurname[last] == nil { bySurname[last] = id }
            // The person-over-organisation rule: a surname alone ("Brivio") names the person who
            // bears it ("Federica Brivio"), not an organisation named after the family ("Acciaieria
            // Brivio"), which news writing names again by its kind noun ("l'acciaieria").
            else if let holder = bySurname[last], entities[id].isPerson, !entities[holder].isPerson {
                bySurname[last] = id
            }
            // (The same when a heading named the organisation by the surname alone, "Brivio, 180
            // esuberi", before its full name, "l'Acciaieria Brivio".)
            if entities[id].isPerson, let alone = byFull[last], !entities[alone].isPerson, Self.containsSpace(entities[alone].canonical) {
                byFull[last] = id
            }
            if mention.hasGivenName, let first = words.first { byGiven[first] = id }
        }
        return id
    }

    /// The entity named by the last two or three words of a lower-cased full name when those
    /// open with lower-case name particles ("van den heuvel", "de vries" of "ruud van den heuvel",
    /// "joost de vries") and the entity was named by them alone, or nil.
    private func particleSurnameEntity(endingNameOf full: String) -> Int? {
        // Both tails need the word before the last to be a particle: for an ASCII name (each
        // byte a Character) that word is read from the bytes, and most names stop here before
        // their words are split and joined.
        if full.utf8.allSatisfy({ $0 < 0x80 }), let lastSpace = full.utf8.lastIndex(of: 0x20) {
            let head = full.utf8[..<lastSpace]
            let wordStart = head.lastIndex(of: 0x20).map { head.index(after: $0) } ?? head.startIndex
            guard SpeakerMentionFinder.nameParticles.contains(String(Substring(full.utf8[wordStart..<lastSpace]))) else { return nil }
        }
        let words = full.split(separator: " ").map(String.init)
        for count in 2...3 where words.count > count {
            let tail = words[(words.count - count)...]
            guard tail.dropLast().allSatisfy({ SpeakerMentionFinder.nameParticles.contains($0) }) else { continue }
            if let existing = byFull[tail.joined(separator: " ")], entities[existing].kind == .name,
                LowercasedName(entities[existing].canonical).full == tail.joined(separator: " ")
            {
                return existing
            }
        }
        return nil
    }

    /// Whether the words of `name`, lower-cased, end with the words `suffix` (already lower-cased
    /// and joined by single spaces).
    static func endsWith(_ name: String, _ suffix: String) -> Bool {
        let full = LowercasedName(name).full
        return full == suffix || full.hasSuffix(" " + suffix)
    }

    /// Words left out of an acronym's initials.
    static let particles: Set<String> = [
        "di", "del", "della", "dello", "dei", "degli", "delle", "d'", "dell'", "e", "per", "la", "il", "l'", "lo", "i", "gli", "le",
        "su", "sul", "sullo", "sulla", "sull'", "sui", "sugli", "sulle", "a", "al", "alla", "all'", "ai", "agli", "alle",
    ]

    /// The organisation whose name's initials (particles left out) spell `acronym`, or begin
    /// with it when it has three letters or more: "iss" for "Istituto superiore di sanità", "asp"
    /// for "Azienda sanitaria provinciale di Palermo".
    private mutating func expansion(of acronym: String) -> Int? {
        // Most names are ASCII: their bytes answer both questions, where counting Characters and
        // asking each whether it is a letter walks the grapheme and property tables. (An ASCII
        // Character is one byte except "\r\n", which is no letter either way.)
        let length: Int
        let bytes = acronym.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            length = bytes.count
            guard (2...5).contains(length), bytes.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return nil }
        } else {
            length = acronym.count
            guard (2...5).contains(length), acronym.allSatisfy(\.isLetter) else { return nil }
        }
        let firstByte = acronym.utf8.first ?? 0
        // The organisations met lately (a bounded look-back keeps registration linear). Each
        // entity's initials are worked out once and kept with it.
        for id in stride(from: entities.count - 1, through: max(0, entities.count - 60), by: -1) {
            guard entities[id].kind == .name || entities[id].kind == .group else { continue }
            // The kept first byte rules out most entities before their initials are read (the
            // same test as below, on the byte alone).
            let lead = entities[id].initialsLead
            if lead == Self.noInitials || (lead >= 0 && lead < 0x80 && firstByte < 0x80 && UInt8(lead) != firstByte) { continue }
            let initials: String
            if let known = entities[id].initials {
                initials = known
            } else {
                initials = Self.initials(of: entities[id].canonical)
                entities[id].initials = initials
                entities[id].initialsLead = initials.utf8.first.map { Int16($0) } ?? Self.noInitials
            }
            guard let initialsFirstByte = initials.utf8.first else { continue }
            // Two strings that open with different ASCII characters are neither equal nor one a
            // prefix of the other (an ASCII letter stays first in any canonically equivalent
            // form): one byte rules out most entities before the Character comparisons.
            if firstByte < 0x80, initialsFirstByte < 0x80, firstByte != initialsFirstByte { continue }
            if initials == acronym || (length >= 3 && initials.hasPrefix(acronym)) { return id }
        }
        return nil
    }

    /// The lower-case initials of a name of two words or more, particles left out; "" otherwise.
    /// Worked out once per entity (`Entity.initials`); `lowercasedWords` has the byte path for
    /// ASCII names.
    static func initials(of canonical: String) -> String {
        if let ascii = asciiInitials(of: canonical) { return ascii }
        let words = lowercasedWords(canonical).filter { !particles.contains($0) }
        return words.count >= 2 ? String(words.compactMap(\.first)) : ""
    }

    /// ``initials(of:)`` of an ASCII name, read from its bytes (nil for any other name): the words
    /// split at spaces, lower-cased byte by byte as ``lowercasedWords(_:)`` does, and only a word
    /// short enough to be a particle (an ASCII word equals an ASCII particle only byte for byte)
    /// looked up, by its lower-cased bytes. No String or array of words is built.
    static func asciiInitials(of canonical: String) -> String? {
        var initials: [UInt8] = []
        // A short word's lower-cased bytes, looked up as they are in the particles' table.
        var word = [UInt8](repeating: 0, count: longestParticleBytes)
        let complete: Bool? = canonical.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var start = 0
            while start < bytes.count {
                if bytes[start] >= 0x80 { return false }
                if bytes[start] == 0x20 {
                    start += 1
                    continue
                }
                var end = start
                while end < bytes.count, bytes[end] != 0x20 {
                    if bytes[end] >= 0x80 { return false }
                    end += 1
                }
                let lowercased = { (byte: UInt8) in byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
                var isParticle = false
                if end - start <= longestParticleBytes {
                    for offset in 0..<(end - start) { word[offset] = lowercased(bytes[start + offset]) }
                    isParticle = word.withUnsafeBufferPointer { particleTable.value(utf8: UnsafeBufferPointer(rebasing: $0[..<(end - start)])) } != nil
                }
                if !isParticle { initials.append(lowercased(bytes[start])) }
                start = end
            }
            return true
        }
        guard complete == true else { return nil }
        return initials.count >= 2 ? String(decoding: initials, as: UTF8.self) : ""
    }

    /// The longest particle of ``particles``, in UTF-8 bytes.
    private static let longestParticleBytes = particles.map(\.utf8.count).max() ?? 0

    /// ``particles`` as a table looked up by bytes (`FormTable`: a set's answers without SipHash).
    private static let particleTable = FormTable(Dictionary(uniqueKeysWithValues: particles.map { ($0, true) }))

    private mutating func improve(_ id: Int, with mention: SpeakerMention) {
        if mention.isOrganisation { entities[id].isOrganisation = true }
        if mention.name.count > entities[id].canonical.count {
            entities[id].canonical = mention.name
            listCanonicalName(mention.name, of: id)
            entities[id].initials = nil
            entities[id].initialsLead = Self.unknownInitials
        }
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
        if let ascii { return ascii }
        // Other names ("Nicolò Sarti", "Università di Pisa"): where every space stands between
        // ASCII bytes it is a Character of its own (a space joins a cluster only through a
        // non-ASCII neighbour: a combining mark after it, a prepended mark before it), so the
        // bytes split where the Characters would, and only the words with non-ASCII letters
        // need `lowercased()`. Splitting the whole name into Characters cost ten times more.
        if spacesStandAlone(name) {
            return name.utf8.split(separator: 0x20).map { word in
                guard word.allSatisfy({ $0 < 0x80 }) else { return String(Substring(word)).lowercased() }
                return String(unsafeUninitializedCapacity: word.count) { buffer in
                    var length = 0
                    for byte in word {
                        buffer[length] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                        length += 1
                    }
                    return length
                }
            }
        }
        return name.split(separator: " ").map { String($0).lowercased() }
    }

    /// Whether `bytes` are the UTF-8 of ASCII and Latin-1 letters alone (U+00C0–U+00FF, two bytes
    /// led by 0xC3: "Nicolò", "Università", "Città"). In such a name every scalar is a Character
    /// of its own (none is a combining or prepended mark), every space separates words, and
    /// lower-casing maps each scalar alone: A–Z, and U+00C0–U+00DE but U+00D7 (×), one up by
    /// 0x20 — as ``lowercasedLatin1(_:after:)`` does byte by byte. (`String.lowercased()` for the
    /// words with accents cost ten times the rest of ``LowercasedName``.)
    static func isLatin1(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
            } else if bytes[index] == 0xC3, index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80 {
                index += 2
            } else {
                return false
            }
        }
        return true
    }

    /// The lower-case form of one byte of a name that ``isLatin1(_:)`` accepts, given the byte
    /// before it: A–Z, and the second byte of U+00C0–U+00DE but U+00D7, go up by 0x20.
    @inline(__always)
    static func lowercasedLatin1(_ byte: UInt8, after previous: UInt8) -> UInt8 {
        if byte >= 0x41 && byte <= 0x5A { return byte + 0x20 }
        if previous == 0xC3, byte >= 0x80, byte <= 0x9E, byte != 0x97 { return byte + 0x20 }
        return byte
    }

    /// Whether every space (U+0020) of `name` stands between ASCII characters or Latin letters
    /// (U+00C0–U+027F, two-byte scalars led by 0xC3–0xC9: "Nicolò Sarti", "Cantù", "È"), or an
    /// end of the name. None of those joins a space into its cluster (they are neither combining
    /// marks nor prepended marks), so the space is a Character of its own.
    static func spacesStandAlone(_ name: String) -> Bool {
        // (The contiguous bytes are read in place: a loop over `name.utf8` went through the
        // generic index machinery for every byte.)
        name.utf8.withContiguousStorageIfAvailable { spacesStandAlone(bytes: $0) } ?? spacesStandAlone(bytes: name.utf8)
    }

    private static func spacesStandAlone<Bytes: Sequence<UInt8>>(bytes: Bytes) -> Bool {
        var lastLead: UInt8 = 0  // the first byte of the last scalar
        var afterSpace = false
        for byte in bytes {
            let isContinuation = byte & 0xC0 == 0x80
            if afterSpace, byte >= 0x80, !(0xC3...0xC9).contains(byte) { return false }
            if byte == 0x20, lastLead >= 0x80, !(0xC3...0xC9).contains(lastLead) { return false }
            afterSpace = byte == 0x20
            if !isContinuation { lastLead = byte }
        }
        return true
    }

    /// `name.contains(" ")` (Foundation's search, which compares Characters), answered from the
    /// bytes where every space is a Character of its own (``spacesStandAlone(_:)``): then a space
    /// Character is there exactly when a space byte is (no other scalar sequence is canonically
    /// equivalent to U+0020). Foundation's search cost thousands of instructions per name.
    static func containsSpace(_ name: String) -> Bool {
        guard spacesStandAlone(name) else { return name.contains(" ") }
        return name.utf8.withContiguousStorageIfAvailable { $0.contains(0x20) } ?? name.utf8.contains(0x20)
    }

    /// A name's lower-cased words (as ``lowercasedWords(_:)`` splits them) joined by single spaces:
    /// the key the tables use, built in one pass over an ASCII name. The first and last word are
    /// cut from it only when a rule asks for them, so that most mentions build one string, not
    /// an array of words and then their join.
    struct LowercasedName {
        /// `lowercasedWords(name).joined(separator: " ")`.
        let full: String
        /// `lowercasedWords(name).count`.
        let wordCount: Int

        init(_ name: String) {
            let ascii: (String, Int)? = name.utf8.withContiguousStorageIfAvailable { bytes -> (String, Int)? in
                guard EntityRegistry.isLatin1(bytes) else { return nil }
                var count = 0
                let full = String(unsafeUninitializedCapacity: bytes.count) { buffer in
                    var length = 0
                    var inWord = false
                    for byte in bytes {
                        if byte == 0x20 {
                            inWord = false
                            continue
                        }
                        if !inWord {
                            // A new word: a space before it unless it is the first.
                            if count > 0 {
                                buffer[length] = 0x20
                                length += 1
                            }
                            count += 1
                            inWord = true
                        }
                        buffer[length] = EntityRegistry.lowercasedLatin1(byte, after: length > 0 ? buffer[length - 1] : 0)
                        length += 1
                    }
                    return length
                }
                return (full, count)
            } ?? nil
            if let (full, count) = ascii {
                self.full = full
                self.wordCount = count
            } else {
                let words = EntityRegistry.lowercasedWords(name)
                self.full = words.joined(separator: " ")
                self.wordCount = words.count
            }
        }

        /// `lowercasedWords(name).first` (no lower-cased word holds a space).
        var first: String? {
            guard wordCount > 0 else { return nil }
            // The bytes up to the first space (a scalar boundary): a byte scan, where the
            // collection algorithms on `full.utf8` and the slicing cost several times more.
            let cut: String?? = full.utf8.withContiguousStorageIfAvailable { bytes in
                bytes.firstIndex(of: 0x20).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[..<$0]), as: UTF8.self) }
            }
            switch cut {
            case .some(.some(let word)): return word
            case .some(.none): return full
            case .none:
                guard let space = full.utf8.firstIndex(of: 0x20) else { return full }
                return String(full[..<space])
            }
        }

        /// `lowercasedWords(name).last`.
        var last: String? {
            guard wordCount > 0 else { return nil }
            // The bytes after the last space, read as `first` reads them.
            let cut: String?? = full.utf8.withContiguousStorageIfAvailable { bytes in
                bytes.lastIndex(of: 0x20).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[($0 + 1)...]), as: UTF8.self) }
            }
            switch cut {
            case .some(.some(let word)): return word
            case .some(.none): return full
            case .none:
                guard let space = full.utf8.lastIndex(of: 0x20) else { return full }
                return String(full[full.utf8.index(after: space)...])
            }
        }
    }

    /// The parenthetical-acronym rule: "l'Istituto di ricerca sulle acque montane (Iram)" — the
    /// name between brackets right after a name is another name of the same entity, whatever its
    /// letters ("Istituto nazionale di statistica (Istat)").
    mutating func register(_ mention: SpeakerMention, asAliasOf id: Int) -> Int {
        byFull[LowercasedName(mention.name).full] = id
        registrations += 1
        while lastSeen.count < entities.count { lastSeen.append(0) }
        lastSeen[id] = registrations
        return id
    }

    /// The capitalised words of each role with a complement tied to `entity` ("ministro
    /// dell'Economia" → ["Economia"]), roles without capitals left out.
    func roleCapitals(of entity: Int) -> [[String]] {
        rolesWithCapitals.filter { $0.entity == entity }.map(\.capitals)
            + pendingRolesWithCapitals.filter { $0.entity == entity }.map { Self.capitalisedWords(of: $0.name) }.filter { !$0.isEmpty }
    }

    /// The head words of the roles tied to `entity` ("padre", "ministro").
    func roleHeads(of entity: Int) -> [String] {
        roleHeadsByEntity[entity] ?? []
    }

    /// Records the kind of organisation a noun showed `entity` to be, unless one is known.
    /// Records that the document wrote `entity`'s name after a plural article ("le Fiamme Oro").
    mutating func markNamedWithPluralArticle(_ entity: Int) {
        entities[entity].namedWithPluralArticle = true
    }

    mutating func classify(_ entity: Int, as organisationClass: AttributionContext.OrganisationClass?) {
        guard let organisationClass, entities[entity].organisationClass == nil else { return }
        entities[entity].organisationClass = organisationClass
    }

    /// The entity a bare role or group noun was tied to ("l'ufficio" after "l'Ufficio scolastico
    /// regionale"), without registering anything.
    func linkedRole(_ headWord: String) -> Int? {
        byRole[headWord]
    }

    /// The entity whose full form, lower-cased, is `name`'s (no surname or first-word look-up).
    func entity(fullyNamed name: String) -> Int? {
        byFull[LowercasedName(name).full]
    }

    /// Whether the initials rule (``expansion(of:)``) names an entity by `acronym` (lower-cased).
    mutating func hasKnownExpansion(of acronym: String) -> Bool {
        expansion(of: acronym) != nil
    }

    /// Makes `name` a full form of entity `id`, and its canonical name when it is longer.
    mutating func lengthen(_ id: Int, to name: String) {
        byFull[LowercasedName(name).full] = id
        guard name.count > entities[id].canonical.count else { return }
        entities[id].canonical = name
        listCanonicalName(name, of: id)
        entities[id].initials = nil
        entities[id].initialsLead = Self.unknownInitials
    }

    /// Looks a later, shorter form up without registering it.
    func entity(named name: String) -> Int? {
        let words = LowercasedName(name)
        if let id = byFull[words.full] { return id }
        if let last = words.last { return bySurname[last] }
        return nil
    }
}
