import XCTest
@testable import ItalianNLP

final class SentimentFrameEvokingClassesTests: XCTestCase {
    func testTheEmbeddedLexiconFillsEveryClass() {
        let classes = FrameEvokingClasses.shared
        XCTAssertTrue(classes.served.contains("pazienti"))
        XCTAssertTrue(classes.community.contains("quartiere"))
        XCTAssertTrue(classes.heritage.contains("mestiere"))
        XCTAssertTrue(classes.notServing.contains("andare"))
        XCTAssertTrue(classes.vulnerable.contains("senzatetto"))
        XCTAssertTrue(classes.served.contains("alunni"))
        XCTAssertTrue(classes.served.contains("indigenti"))
        XCTAssertTrue(DevotedService.beneficiaries.isSuperset(of: classes.vulnerable))
        // One list of people served: the people in need are in it, but for "prossimo", which is
        // also an adjective ("il prossimo anno").
        XCTAssertEqual(classes.vulnerable.filter { !classes.served.contains($0) }, ["prossimo"])
        XCTAssertNotNil(classes.founding.entry(for: "fondato"))
        XCTAssertNotNil(classes.quitting.entry(for: "mollo"))
        XCTAssertNotNil(classes.timeGiving.entry(for: "passa"))
        // Phrases are read as the tokenizer splits them.
        XCTAssertTrue(classes.unpaid.contains { $0.words == ["senza", "far", "si", "pagare"] })
        XCTAssertTrue(classes.unpaid.contains { $0.words == ["a", "sue", "spese"] })
        XCTAssertTrue(classes.scarcity.contains { $0.words == ["a", "il", "verde"] && $0.evokes })
        XCTAssertTrue(classes.scarcity.contains { $0.words == ["evapora"] && !$0.evokes })
    }

    func testAPhraseIsFoundWordByWord() {
        let table = TSVTable(text: "# class\tform\tevokes\nscarcity\tconto in rosso\tyes\n")
        let classes = FrameEvokingClasses(table: table)
        XCTAssertEqual(classes.scarcity.first?.words, ["conto", "in", "rosso"])
        XCTAssertEqual(FrameEvokingClasses.cueWords(of: classes.scarcity), ["conto"])
    }

    /// The frames15 classes: things in kind and pay that is none, read as phrases.
    func testRewardClassesArePhrases() {
        let classes = FrameEvokingClasses.shared
        XCTAssertTrue(classes.inKind.contains { $0.words == ["vitto", "e", "alloggio"] })
        XCTAssertTrue(classes.pseudoPay.contains { $0.words == ["pacca", "su", "la", "spalla"] })
        XCTAssertTrue(classes.community.contains("oratorio"))
        // The longest phrase wins where several start at one word.
        let table = TSVTable(text: "# class\tform\tevokes\ninKind\tvitto\t\ninKind\tvitto e alloggio\t\n")
        let small = FrameEvokingClasses(table: table)
        let units = SentenceSentimentScorer.shared.analyze(Tokenizer().tokenize("offre vitto e alloggio").tokens).units
        XCTAssertEqual(FrameEvokingClasses.firstPhrase(of: small.inKind, in: units, within: 0..<units.count)?.units, 1..<4)
    }
}
