import XCTest
@testable import ItalianNLP

final class SentimentResumedSubjectTests: XCTestCase {
    /// The subject of a negated clause goes on into the clause "ma" promotes, which decides it.
    func testTheSubjectGoesOnIntoThePromotedClause() {
        let helps = "I soldi non fanno la felicità, ma aiutano."
        XCTAssertEqual(SentimentTesting.frameRule(helps, "money"), ResumedSubject.name)
        XCTAssertGreaterThan(SentimentTesting.frames(helps)["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Lo stipendio non è tutto, però conta.")["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Il compenso non è altissimo, ma arriva puntuale ogni mese.")["money"]?.stance ?? 0, 0)
    }

    /// A promoted clause that negates or runs the subject down judges it badly.
    func testANegatedPromotedClauseJudgesTheSubjectBadly() {
        let text = "La vocazione è una bella cosa, ma non porta il pane in tavola."
        XCTAssertEqual(SentimentTesting.frameRule(text, "mission"), ResumedSubject.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["mission"]?.stance ?? 0, 0)
    }

    /// A clause with a subject of its own is none of this rule's: the verb said again, a frame
    /// term in the promoted clause, "ma anche".
    func testAPromotedClauseWithASubjectOfItsOwn() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Il premio di produzione conta, ma conta di più la stima dei colleghi.", "money"), ResumedSubject.name)
        XCTAssertNotEqual(SentimentTesting.frameRule("Lo stipendio non basta, ma è la passione che ci tiene qui.", "money"), ResumedSubject.name)
        XCTAssertNotEqual(SentimentTesting.frameRule("Lo stipendio conta, ma anche il clima in ufficio.", "money"), ResumedSubject.name)
        // The term is no subject: it follows a preposition.
        XCTAssertNotEqual(SentimentTesting.frameRule("Con lo stipendio non si vive, ma si sopravvive.", "money"), ResumedSubject.name)
    }

    /// A verb of needing or lacking is impersonal or has its subject after it; a verb of the other
    /// number has a subject of its own.
    func testImpersonalVerbsAndDisagreementTakeNoSubject() {
        XCTAssertNotEqual(SentimentTesting.frameRule("La passione non manca, ma bisogna pure arrivare a fine mese.", "mission"), ResumedSubject.name)
        XCTAssertNotEqual(SentimentTesting.frameRule("Il compenso è dignitoso, ma manca qualsiasi prospettiva di crescita.", "money"), ResumedSubject.name)
        XCTAssertNotEqual(SentimentTesting.frameRule("La vocazione non si discute, ma servono altri medici in reparto.", "mission"), ResumedSubject.name)
        XCTAssertNotEqual(SentimentTesting.frameRule("I soldi non sono tutto, ma aiuta avere un lavoro fisso.", "money"), ResumedSubject.name)
        XCTAssertTrue(ResumedSubject.pluralEndings.contains { "aiutano".hasSuffix($0) })
    }
}
