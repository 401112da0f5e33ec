import XCTest

@testable import ItalianNLP

/// The per-document entities: which mentions are one source, and what name it goes by.
final class EntityRegistryTests: XCTestCase {
    private func mention(_ name: String, kind: SpeakerMention.Kind = .name, bare: Bool = false) -> SpeakerMention {
        SpeakerMention(
            tokens: 0...0, core: 0...0, kind: kind, gender: nil, plural: false, name: name, hasGivenName: false, isBare: bare)
    }

    func testTheFullNameAfterTheSurnameAloneIsOnePerson() {
        var registry = EntityRegistry()
        let surname = registry.register(mention("Bianchi"))
        let full = registry.register(mention("Carla Bianchi"))
        XCTAssertEqual(surname, full)
        XCTAssertEqual(registry.entities[full].canonical, "Carla Bianchi")
        XCTAssertEqual(registry.register(mention("Bianchi")), full)
    }

    func testTwoFullNamesWithDifferentSurnamesStayApart() {
        var registry = EntityRegistry()
        let first = registry.register(mention("Carla Bianchi"))
        let second = registry.register(mention("Carla Moretti"))
        XCTAssertNotEqual(first, second)
    }

    func testABareInstitutionNounTakesTheInstitutionNamedWithItsComplement() {
        var registry = EntityRegistry()
        let full = registry.register(mention("Comune di Lecco", kind: .group), headWord: "comune")
        XCTAssertEqual(registry.register(mention("Comune", kind: .group, bare: true), headWord: "comune"), full)
    }

    func testARoleWithAnotherComplementIsNotTheLinkedPerson() {
        var registry = EntityRegistry()
        let person = registry.register(mention("Matteo Rossi"))
        registry.link(role: mention("sindaco di Pisa", kind: .role), to: person, headWord: "sindaco")
        XCTAssertEqual(registry.register(mention("sindaco", kind: .role, bare: true), headWord: "sindaco"), person)
        XCTAssertNotEqual(registry.register(mention("sindaco di Lucca", kind: .role), headWord: "sindaco"), person)
    }

    func testAnAcronymAfterTheFullName() {
        var registry = EntityRegistry()
        let full = registry.register(mention("Agenzia regionale per la protezione ambientale", kind: .group), headWord: "agenzia")
        XCTAssertEqual(registry.register(mention("Arpa")), full)
        XCTAssertNotEqual(registry.register(mention("Rossi")), full)
    }
    func testALongerNameJoinsBySurnameOnlyWhenItEndsTheKnownName() {
        var registry = EntityRegistry()
        let person = registry.register(mention("Renato Di Fabio"))
        XCTAssertEqual(registry.register(mention("Di Fabio")), person)
        let union = registry.register(mention("Fiom di Brescia"))
        XCTAssertNotEqual(registry.register(mention("Confindustria Brescia")), union)
        XCTAssertNotEqual(registry.register(mention("Luca Di Fabio")), person)
    }

    func testABareRoleFindsThePersonTiedToTheSameOfficeUnderASynonym() {
        var registry = EntityRegistry()
        let prosecutor = registry.register(mention("Chiara Santoro"))
        registry.link(role: mention("pubblico ministero", kind: .role), to: prosecutor, headWord: "pubblico")
        XCTAssertEqual(registry.register(mention("pm", kind: .role, bare: true), headWord: "pm"), prosecutor)
        let mayor = registry.register(mention("Elena Giordano"))
        registry.link(role: mention("sindaco", kind: .role), to: mayor, headWord: "sindaco")
        XCTAssertEqual(registry.register(mention("prima cittadina", kind: .role, bare: true), headWord: "prima"), mayor)
        // An office nobody was tied to stays a role of its own.
        XCTAssertNotEqual(registry.register(mention("gip", kind: .role, bare: true), headWord: "gip"), prosecutor)
    }

    func testAFeminineRoleDoesNotNameAManTiedToTheOffice() {
        var registry = EntityRegistry()
        var man = mention("Paolo Serra")
        man.gender = "m"
        let id = registry.register(man)
        registry.link(role: mention("ministro", kind: .role), to: id, headWord: "ministro")
        var minister = mention("ministra", kind: .role, bare: true)
        minister.gender = "f"
        XCTAssertNotEqual(registry.register(minister, headWord: "ministra"), id)
    }

    func testAPluralRoleWithAComplementIsWhatTheSameBareRoleNamesNext() {
        var registry = EntityRegistry()
        var group = mention("medici di famiglia della provincia", kind: .role)
        group.plural = true
        let id = registry.register(group, headWord: "medici")
        var bare = mention("medici", kind: .role, bare: true)
        bare.plural = true
        XCTAssertEqual(registry.register(bare, headWord: "medici"), id)
    }

    func testAnIndefiniteRoleIsWhatTheSameBareRoleNamesNext() {
        var registry = EntityRegistry()
        var introduced = mention("imprenditore di Ortona", kind: .role)
        introduced.isIndefinite = true
        let id = registry.register(introduced, headWord: "imprenditore")
        XCTAssertEqual(registry.register(mention("imprenditore", kind: .role, bare: true), headWord: "imprenditore"), id)
    }

    func testARoleWithItsComplementFindsThePersonTiedToTheSameOfficeUnderASynonym() {
        let text = "Il tecnico del Lecco, Walter Bruni, ha lodato i giovani. Poi l'allenatore del Lecco ha spiegato che la squadra "
            + "cambierà modulo. Il tecnico della Pro Patria, Ivo Sala, ha parlato di un pareggio giusto."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.first { $0.content.hasPrefix("la squadra") }?.source, "Walter Bruni")
        // The same office of another club is someone else.
        let other = "Il tecnico del Lecco, Walter Bruni, ha lodato i giovani. L'allenatore del Como ha spiegato che la squadra cambierà modulo."
        XCTAssertNotEqual(claimSummaries(other).first?.source, "Walter Bruni")
    }

    func testACompanyNounDoesNotNameAPublicInstitution() {
        let text = "La Tessival ha presentato un piano per lo stabilimento. La Regione ha chiesto tempo per decidere. "
            + "L'azienda, però, ha fatto sapere che senza risposta lascerà la città."
        XCTAssertEqual(claimSummaries(text).last?.source, "Tessival")
    }

    func testABareUniqueOfficeDoesNotNameAHolderOfAnotherOffice() {
        let text = "Il presidente di Confartigianato, Marco Gallo, ha aperto l'assemblea. I conti, secondo il sindaco, sono in ordine."
        XCTAssertEqual(claimSummaries(text).last?.source, "sindaco")
        // A person tied to no office is still what the bare role names.
        let untied = "Marco Gallo ha aperto l'assemblea. I conti, secondo il sindaco, sono in ordine."
        XCTAssertEqual(claimSummaries(untied).last?.source, "Marco Gallo")
    }

    func testABareGroupNounNamesTheOneTheDocumentIntroducedIndefinitely() {
        let text = "Dal Consorzio Ponte Nord fanno sapere che i lavori ripartiranno. I genitori hanno formato un comitato. "
            + "Secondo il comitato, la strada davanti alla scuola resta pericolosa."
        XCTAssertEqual(claimSummaries(text).last?.source, "comitato")
    }

    func testTheOfficeGoesToTheHolderOfTheRolesGenderMentionedLast() {
        var registry = EntityRegistry()
        var woman = mention("Laura Pini")
        woman.gender = "f"
        let first = registry.register(woman)
        registry.link(role: mention("avvocata", kind: .role), to: first, headWord: "avvocata")
        var man = mention("Enzo Riva")
        man.gender = "m"
        let second = registry.register(man)
        registry.link(role: mention("difensore di Riva", kind: .role), to: second, headWord: "difensore")
        _ = registry.register(woman)
        var legale = mention("legale", kind: .role, bare: true)
        legale.gender = "m"
        XCTAssertEqual(registry.register(legale, headWord: "legale"), second)
        legale.gender = "f"
        XCTAssertEqual(registry.register(legale, headWord: "legale"), first)
    }

    func testADisagreeingOriginIsNotTheLinkedCompany() {
        var registry = EntityRegistry()
        let company = registry.register(mention("Vetrerie Moro"))
        registry.link(role: mention("gruppo", kind: .group, bare: true), to: company, headWord: "gruppo")
        registry.describe(company, asOrganisationFrom: [OriginAdjectives.stem(of: "livornese")])
        let bare = mention("gruppo lombardo", kind: .group, bare: true)
        XCTAssertNotEqual(registry.register(bare, headWord: "gruppo", origins: [OriginAdjectives.stem(of: "lombardo")]), company)
        let agreeing = mention("gruppo toscano", kind: .group, bare: true)
        XCTAssertEqual(registry.register(agreeing, headWord: "gruppo", origins: [OriginAdjectives.stem(of: "toscano")]), company)
    }

    /// The byte paths for ASCII names give what the Character paths give.
    func testInitialsAndCapitalisedWordsOfASCIIAndOtherNames() {
        XCTAssertEqual(EntityRegistry.initials(of: "Istituto superiore di sanità"), "iss")
        XCTAssertEqual(EntityRegistry.initials(of: "Istituto Superiore di Sanita"), "iss")
        XCTAssertEqual(EntityRegistry.initials(of: "Azienda sanitaria provinciale di Palermo"), "aspp")
        XCTAssertEqual(EntityRegistry.initials(of: "Confederazione  Generale DEL Lavoro"), "cgl")
        XCTAssertEqual(EntityRegistry.initials(of: "Camera dell'Economia"), "cd")
        XCTAssertEqual(EntityRegistry.initials(of: "Camera dell' Economia"), "ce")
        XCTAssertEqual(EntityRegistry.initials(of: "Zuckerberg"), "")
        XCTAssertEqual(EntityRegistry.initials(of: "Il Sole"), "")
        XCTAssertEqual(EntityRegistry.initials(of: "Électricité de France"), "édf")
        // The byte path agrees with the word-by-word definition, particles in any case included.
        for name in ["Unione Italiana DEL Lavoro", "Banca d'Italia", "Agenzia PER la Cybersicurezza", "A E I", "Sul Tetto Alle Stelle", "X"] {
            let words = EntityRegistry.lowercasedWords(name).filter { !EntityRegistry.particles.contains($0) }
            XCTAssertEqual(EntityRegistry.asciiInitials(of: name), words.count >= 2 ? String(words.compactMap(\.first)) : "", name)
        }
        XCTAssertEqual(EntityRegistry.capitalisedWords(of: "direttore del dipartimento di Fisica"), ["Fisica"])
        XCTAssertEqual(EntityRegistry.capitalisedWords(of: "Sindaco di Reggio Emilia"), ["Reggio", "Emilia"])
        XCTAssertEqual(EntityRegistry.capitalisedWords(of: "sindaca di Città  della Pieve"), ["Città", "Pieve"])
        XCTAssertEqual(EntityRegistry.capitalisedWords(of: "presidente dell'Ordine"), [])
        XCTAssertEqual(EntityRegistry.capitalisedWords(of: ""), [])
    }

    /// Role and office keys: the longest role a name opens with, across synonyms and genders, and
    /// the lower-cased words after it.
    func testRoleAndOfficeKeys() {
        let lexicons = SpeakerLexicons.shared
        XCTAssertEqual(lexicons.roleKey(ofRoleName: "sindaca di Cornuda"), "sindaco")
        XCTAssertEqual(lexicons.officeKey(ofRoleName: "sindaca di Cornuda"), "sindaco di cornuda")
        XCTAssertEqual(lexicons.officeKey(ofRoleName: "Sindaca  di  CORNUDA"), "sindaco di cornuda")
        XCTAssertEqual(lexicons.roleKey(ofRoleName: "pubblico ministero"), lexicons.roleKey(ofRoleName: "pm"))
        XCTAssertNil(lexicons.officeKey(ofRoleName: "sindaca"))
        XCTAssertNil(lexicons.roleKey(ofRoleName: "tavolo di legno"))
        XCTAssertNil(lexicons.roleKey(ofRoleName: ""))
        // Accented letters, and a space joined to a mark (the word-by-word path).
        XCTAssertEqual(lexicons.officeKey(ofRoleName: "sindaca di Città di Castello"), "sindaco di città di castello")
        XCTAssertEqual(lexicons.officeKey(ofRoleName: "sindaca di Citta\u{300} \u{301}x"), "sindaco di citta\u{300} \u{301}x")
    }

    /// `containsSpace` answers as Foundation's `contains(" ")`, for names whose spaces stand alone
    /// and names where a mark joins a space to a Character.
    func testContainsSpaceAgreesWithFoundation() {
        let names = ["Rossi", "Mario Rossi", "Università di Pisa", "Cantù", " ", "", "a \u{301}b", "x\u{600} y", "\u{301} ", "Ωmega Βeta", "a\u{a0}b"]
        for name in names {
            XCTAssertEqual(EntityRegistry.containsSpace(name), name.contains(" "), name)
        }
    }

    /// The byte paths of `lowercasedWords` and `LowercasedName` give what splitting into
    /// Characters and lower-casing each word gives, for ASCII names, names with accented letters
    /// next to their spaces, and names whose spaces a combining or prepended mark joins; the first
    /// and last word are the Character words' for Latin names.
    func testLowercasedWordsMatchTheCharacterDefinition() {
        let names = [
            "Marco Rossi", "  Confederazione  Generale DEL Lavoro ", "Nicolò Sarti", "Università di Pisa", "CANTÙ È", "Élodie Dubois",
            "dell’Interno Ministero", "a \u{301}b", "x\u{600} y", "Ωmega Βeta", "",
            // Every Latin-1 letter (the byte path lower-cases them), with × and ÷ that have no case.
            String((0xC0...0xFF).map { Character(UnicodeScalar(UInt8($0))) }), "ÀÉÌ ÒÙ ×ÿ ÷ßÞ", "CITTÀ  DELLA PIEVE", "Ñandú Ølsen",
            // Latin-1 letters decomposed, or next to letters of other scripts.
            "CITTA\u{300} Ok", "Àb Ωmega", "Ærø Ŀ",
        ]
        for name in names {
            let expected = name.split(separator: " ").map { String($0).lowercased() }
            XCTAssertEqual(EntityRegistry.lowercasedWords(name), expected, name)
            let words = EntityRegistry.LowercasedName(name)
            XCTAssertEqual(words.full, expected.joined(separator: " "), name)
            XCTAssertEqual(words.wordCount, expected.count, name)
            // `first` and `last` cut `full` at its first and last space byte (a space that a mark
            // joins to its neighbour included, as they always did).
            let full = words.full
            XCTAssertEqual(words.first, expected.isEmpty ? nil : full.utf8.firstIndex(of: 0x20).map { String(full[..<$0]) } ?? full, name)
            XCTAssertEqual(
                words.last, expected.isEmpty ? nil : full.utf8.lastIndex(of: 0x20).map { String(full[full.utf8.index(after: $0)...]) } ?? full,
                name)
            if name.unicodeScalars.allSatisfy({ $0.value < 0x300 }) {
                XCTAssertEqual(words.first, expected.first, name)
                XCTAssertEqual(words.last, expected.last, name)
            }
        }
        XCTAssertTrue(EntityRegistry.spacesStandAlone("Nicolò Sarti"))
        XCTAssertFalse(EntityRegistry.spacesStandAlone("a \u{301}b"))
    }

    func testASharedSurnameAloneNamesWhoTheDocumentIntroducedFirst() {
        var registry = EntityRegistry()
        var first = mention("Ottavio Ferri")
        first.hasGivenName = true
        var second = mention("Giulia Ferri")
        second.hasGivenName = true
        let ottavio = registry.register(first)
        let giulia = registry.register(second)
        XCTAssertNotEqual(ottavio, giulia)
        XCTAssertEqual(registry.register(mention("Ferri")), ottavio)
    }

    func testAnOrganisationNamedAgainByTheFirstWordOfItsName() {
        var registry = EntityRegistry()
        let group = registry.register(mention("Marconi Logistica"))
        XCTAssertEqual(registry.register(mention("Marconi")), group)
        // A person's first word (a given name) is no short name.
        var person = mention("Elisa Marconi")
        person.hasGivenName = true
        person.gender = "f"
        XCTAssertNotEqual(registry.register(person), group)
    }

    func testTheFullNameOfAnOrganisationAfterItsFirstWordAlone() {
        var registry = EntityRegistry()
        let short = registry.register(mention("Ferretti"))
        XCTAssertEqual(registry.register(mention("Ferretti Meccanica")), short)
        XCTAssertEqual(registry.entities[short].canonical, "Ferretti Meccanica")
    }

    func testASurnameWithParticlesThenTheFullName() {
        // "van der Berg" in a heading, then "Joris van der Berg": one person, named in full.
        var registry = EntityRegistry()
        let surname = registry.register(mention("van der Berg"))
        let full = registry.register(mention("Joris van der Berg"))
        XCTAssertEqual(surname, full)
        XCTAssertEqual(registry.entities[full].canonical, "Joris van der Berg")
        XCTAssertEqual(registry.register(mention("van der Berg")), full)
        XCTAssertNotEqual(registry.register(mention("Anna Berg")), full)
    }
}
