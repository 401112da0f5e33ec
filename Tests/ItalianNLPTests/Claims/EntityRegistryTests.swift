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
}
