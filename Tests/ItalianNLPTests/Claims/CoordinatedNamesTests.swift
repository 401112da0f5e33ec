import XCTest

@testable import ItalianNLP

/// Names joined by "e" before a plural verb are one speaker, named by all of them.
final class CoordinatedNamesTests: XCTestCase {
    func testTwoPeopleBeforeAPluralVerbSpeakTogether() {
        let text = "Il porto resterà chiuso per una settimana. Lucia Ferrante e Davide Orsini, consiglieri comunali, "
            + "hanno detto che la giunta ha sottovalutato i danni."
        XCTAssertEqual(claimSummaries(text).last?.source, "Lucia Ferrante e Davide Orsini")
    }

    func testThreeOrganisationsJoinedByCommasAndE() {
        let text = "Nuovo incontro sulla vertenza. Filcams, Fisascat e Uiltucs hanno chiesto garanzie sui turni festivi."
        XCTAssertEqual(claimSummaries(text).last?.source, "Filcams, Fisascat e Uiltucs")
    }

    func testTheFullerNamesStandInTheSource() {
        let text = "Alla riunione c'erano Franca Melis e Tommaso Deiana. In serata Melis e Deiana hanno annunciato che lasceranno il gruppo."
        XCTAssertEqual(claimSummaries(text).last?.source, "Franca Melis e Tommaso Deiana")
    }

    func testTheTwoOfThemNameThePairAgain() {
        let text = "Lucia Ferrante e Davide Orsini hanno detto che voteranno contro. "
            + "I due consiglieri sostengono che il bilancio è stato scritto in fretta."
        XCTAssertEqual(claimSummaries(text).last?.source, "Lucia Ferrante e Davide Orsini")
    }

    func testEachNameStaysItsOwnSpeaker() {
        let text = "In aula c'erano Lucia Ferrante e Davide Orsini. «Voterò contro», ha detto Orsini."
        XCTAssertEqual(claimSummaries(text).last?.source, "Davide Orsini")
    }

    func testASingularVerbAfterTwoNamesIsTheLastOnes() {
        let text = "Dopo Lucia Ferrante e Davide Orsini, ha parlato la sindaca Anna Valli, che ha detto che il bilancio è in ordine."
        XCTAssertEqual(claimSummaries(text).last?.source, "Anna Valli")
    }

    func testNamesAfterAPrepositionArePlaces() {
        let text = "I sindaci di Castelnuovo e Pieve Ligure hanno chiesto un incontro al prefetto."
        XCTAssertNotEqual(claimSummaries(text).last?.source, "Castelnuovo e Pieve Ligure")
    }
}

/// The pair rule's edges: a sentence-opening word before "e" and a name, "i due …" after a pair.
final class CoordinatedNamesEdgeTests: XCTestCase {
    func testAWordOpeningTheSentenceBeforeEAndANameIsTheFirstName() {
        let text = "La direzione ha approvato il piano ferie. Nidil e Fisac hanno annunciato lo stato di agitazione."
        XCTAssertEqual(claimSummaries(text).last?.source, "Nidil e Fisac")
    }

    func testArticleAndDueBeforeARoleNameThePair() {
        let text = "Il consigliere Gianni Fezzi e la collega Marta Spina hanno presentato un'interrogazione. "
            + "I due esponenti dell'opposizione sostengono che la Regione abbia ignorato gli allarmi."
        XCTAssertEqual(claimSummaries(text).last?.source, "Gianni Fezzi e Marta Spina")
    }

    func testASingularVerbAfterTheOpeningPairKeepsItsSubject() {
        let text = "Ieri sera Anna Valli ha parlato in consiglio. Valli ha detto che il bilancio è in ordine."
        XCTAssertEqual(claimSummaries(text).last?.source, "Anna Valli")
    }
}

/// "I due …" names the pair before it, not one named later in the document.
final class CoordinatedPairOrderTests: XCTestCase {
    func testTheTwoOfThemIsThePairBeforeNotALaterOne() {
        let text = "Lucia Ferrante e Davide Orsini hanno detto che voteranno contro. "
            + "I due consiglieri sostengono che il bilancio è stato scritto in fretta. "
            + "In serata Fim e Fiom hanno annunciato uno sciopero."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.count, 3)
        XCTAssertEqual(claims[1].source, "Lucia Ferrante e Davide Orsini")
    }
}

/// Two people each with a role in apposition, joined by ", e".
final class CoordinatedAppositionsTests: XCTestCase {
    func testTwoRolesWithTheirNamesBeforeAPluralVerb() {
        let text = "Il governo ha approvato la manovra. La segretaria della Fiom, Carla Neri, e il leader della Uilm, Paolo Gatti, "
            + "hanno annunciato uno sciopero per il 12 dicembre."
        XCTAssertEqual(claimSummaries(text).last?.source, "Carla Neri e Paolo Gatti")
    }

    func testTwoPeopleWithRolesBeforeASingularVerbStaySeparate() {
        let text = "Il sindaco, Carla Neri, e il suo vice, Paolo Gatti, erano in aula. Il consigliere Marco Riva ha detto che il bilancio non regge."
        XCTAssertEqual(claimSummaries(text).last?.source, "Marco Riva")
    }
}

/// Coordination edges met in local reporting: a role before the second name only, places in a
/// role's complement before the names, a plural role before both names, nouns the lexicon lacks.
final class CoordinatedNamesRoleEdgeTests: XCTestCase {
    func testARoleInAppositionToTheSecondNameWithoutACommaBeforeE() {
        let text = "La piscina riapre. Il presidente Marco Zanin e la direttrice della piscina, Elena Bovo, "
            + "hanno detto che gli abbonamenti non aumenteranno."
        XCTAssertEqual(claimSummaries(text).last?.source, "Marco Zanin e Elena Bovo")
    }

    func testPlacesInTheRolesComplementAreNotTheFirstName() {
        let text = "I sindaci di Arsiè e Fonzaso, Paolo Dalla Rosa e Giulia Tonet, hanno chiesto un nuovo ponte."
        XCTAssertEqual(claimSummaries(text).last?.source, "Paolo Dalla Rosa e Giulia Tonet")
    }

    func testAPluralRoleBeforeTheFirstNameTitlesBoth() {
        let text = "Il bilancio è passato. Le consigliere Anna Bettin e Sara Guidolin hanno sostenuto che i conti non tornano."
        XCTAssertEqual(claimSummaries(text).last?.source, "Anna Bettin e Sara Guidolin")
    }

    func testTheTwoOfThemWithANounTheLexiconLacks() {
        let text = "Anna Bettin e Sara Guidolin hanno presentato un esposto. I due amministratori sostengono che i conti non tornano."
        XCTAssertEqual(claimSummaries(text).last?.source, "Anna Bettin e Sara Guidolin")
    }

    func testPrimiCittadiniIsThePluralOfARole() {
        let text = "Anna Bettin e Sara Guidolin hanno presentato un esposto. I due primi cittadini sostengono che i conti non tornano."
        XCTAssertEqual(claimSummaries(text).last?.source, "Anna Bettin e Sara Guidolin")
    }
}

/// Names joined by "e" after an according-to phrase, and names each with a role in apposition.
final class CoordinatedAccordingSourceTests: XCTestCase {
    func testSecondoWithTwoNamesIsOneSource() {
        let text = "Al convegno hanno parlato Elisa Tondo e Piero Valli. Secondo Tondo e Valli, il porto perde traffico da anni."
        let claim = claimSummaries(text).last
        XCTAssertEqual(claim?.source, "Elisa Tondo e Piero Valli")
        XCTAssertEqual(claim?.content, "il porto perde traffico da anni")
    }

    func testOneNameAfterSecondoStaysAlone() {
        let text = "Al convegno hanno parlato Elisa Tondo e Piero Valli. Secondo Tondo, il porto perde traffico da anni."
        XCTAssertEqual(claimSummaries(text).last?.source, "Elisa Tondo")
    }

    func testEachNameWithItsRoleInAppositionBeforeAPluralVerb() {
        let text = "Elisa Tondo, consigliera della Lega, e Piero Valli, capogruppo dei Verdi, sostengono che il porto perde traffico."
        XCTAssertEqual(claimSummaries(text).last?.source, "Elisa Tondo e Piero Valli")
    }
}
