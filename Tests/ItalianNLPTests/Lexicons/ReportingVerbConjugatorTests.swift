import XCTest

@testable import ItalianNLP

final class ReportingVerbConjugatorTests: XCTestCase {
    /// The irregular column of a lemma in the embedded reporting-verbs.tsv.
    private func irregular(_ lemma: String) -> String {
        let row = TSVTable.embedded("claims/reporting-verbs.tsv").rows.first { $0.column(0) == lemma }
        return row.map { String($0.column(4)) } ?? ""
    }

    private func forms(_ lemma: String, irregular given: String? = nil) -> [VerbForm] {
        ReportingVerbConjugator.forms(lemma: lemma, irregular: given ?? irregular(lemma))
    }

    private func formSet(_ lemma: String, irregular given: String? = nil) -> Set<String> {
        Set(forms(lemma, irregular: given).map(\.form))
    }

    private func assertForms(
        _ lemma: String, _ expected: [String], absent: [String] = [], irregular given: String? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        let set = formSet(lemma, irregular: given)
        XCTAssertFalse(set.isEmpty, "\(lemma) has no forms", file: file, line: line)
        for form in expected {
            XCTAssertTrue(set.contains(form), "\(lemma): missing \(form)", file: file, line: line)
        }
        for form in absent {
            XCTAssertFalse(set.contains(form), "\(lemma): wrong form \(form)", file: file, line: line)
        }
    }

    func testDire() {
        assertForms(
            "dire",
            [
                "dire", "dico", "dice", "diciamo", "dite", "dicono", "dissi", "disse", "dicemmo", "dissero", "diceva",
                "dicevano", "dirà", "diranno", "direbbe", "direbbero", "dica", "dicano", "dicesse", "dicessero",
                "detto", "detta", "detti", "dette", "dicendo",
            ], absent: ["direrò", "dito", "dendo", "dii"])
    }

    func testSostenere() {
        assertForms(
            "sostenere",
            ["sostiene", "sostengono", "sostenne", "sostennero", "sosterrà", "sosterrebbe", "sostenuto", "sostenuta",
             "sostenendo", "sostenga", "sosteneva", "sostenesse"],
            absent: ["sostenerà", "sostene"])
    }

    func testRibadire() {
        assertForms(
            "ribadire",
            ["ribadisco", "ribadisce", "ribadiamo", "ribadiscono", "ribadì", "ribadirono", "ribadito", "ribadita",
             "ribadirà", "ribadisca", "ribadiscano", "ribadiva", "ribadisse", "ribadendo"],
            absent: ["ribado", "ribade"])
    }

    func testSpiegare() {
        assertForms(
            "spiegare",
            ["spiega", "spieghi", "spieghiamo", "spiegano", "spiegò", "spiegarono", "spiegherà", "spiegherebbe",
             "spieghino", "spiegasse", "spiegando", "spiegato", "spiegava"],
            absent: ["spiegi", "spiegerà", "spiegiamo"])
    }

    func testAnnunciare() {
        assertForms(
            "annunciare",
            ["annuncia", "annunci", "annunciamo", "annunciò", "annuncerà", "annuncerebbe", "annuncino",
             "annunciato", "annunciando", "annunciasse"],
            absent: ["annuncierà", "annunciiamo", "annuncii"])
    }

    func testPrecisare() {
        assertForms(
            "precisare",
            ["preciso", "precisa", "precisano", "precisò", "preciserà", "precisava", "precisi", "precisasse",
             "precisato", "precisate", "precisando"])
    }

    func testAggiungere() {
        assertForms(
            "aggiungere",
            ["aggiunge", "aggiungono", "aggiunse", "aggiunsero", "aggiungesti", "aggiunto", "aggiunta",
             "aggiungerà", "aggiungeva", "aggiunga", "aggiungendo"],
            absent: ["aggiungé", "aggiunguto"])
    }

    func testAmmettereAndRispondere() {
        assertForms("ammettere", ["ammette", "ammise", "ammisero", "ammesso", "ammessa", "ammetterà"])
        assertForms("rispondere", ["risponde", "rispose", "risposero", "risposto", "risposta", "risponderà"])
    }

    func testChiedereConcludereRidere() {
        assertForms("chiedere", ["chiede", "chiese", "chiesero", "chiesto", "chiesta", "chiederebbe"])
        assertForms("concludere", ["conclude", "concluse", "concluso", "conclusa", "concluderà"])
        assertForms("ridere", ["ride", "rise", "risero", "riso", "ridendo"], absent: ["riduto"])
    }

    func testScrivere() {
        assertForms(
            "scrivere",
            ["scrive", "scrisse", "scrivesti", "scrivemmo", "scriveste", "scrissero", "scritto", "scritte",
             "scriverà", "scriveva"],
            absent: ["scrivuto", "scrivé"])
    }

    func testProporre() {
        assertForms(
            "proporre",
            ["proporre", "propongo", "propone", "propongono", "propose", "proposero", "proposto", "proposta",
             "proporrà", "proporrebbe", "proponeva", "proponga", "proponesse", "proponendo"],
            absent: ["proporro", "propor"])
    }

    func testChiarireAndSmentire() {
        assertForms(
            "chiarire", ["chiarisco", "chiarisce", "chiariamo", "chiarì", "chiarito", "chiarirà", "chiarisca"])
        assertForms(
            "smentire", ["smentisce", "smentiscono", "smentì", "smentito", "smentita", "smentirà", "smentisca"],
            absent: ["smente"])
    }

    func testTwittare() {
        assertForms("twittare", ["twitta", "twittano", "twittò", "twitterà", "twittato", "twittando", "twittasse"])
    }

    func testPersonAndNumber() {
        let dire = forms("dire")
        let dice = dire.filter { $0.form == "dice" }
        XCTAssertEqual(dice.count, 1)
        XCTAssertEqual(dice.first?.mood, .indicative)
        XCTAssertEqual(dice.first?.tense, .present)
        XCTAssertEqual(dice.first?.person, 3)
        XCTAssertEqual(dice.first?.number, .singular)
        let dicono = dire.first { $0.form == "dicono" }
        XCTAssertEqual(dicono?.person, 3)
        XCTAssertEqual(dicono?.number, .plural)
        let dissero = dire.first { $0.form == "dissero" }
        XCTAssertEqual(dissero?.tense, .past)
        XCTAssertEqual(dissero?.number, .plural)
        let direbbe = dire.first { $0.form == "direbbe" }
        XCTAssertEqual(direbbe?.mood, .conditional)
        XCTAssertEqual(direbbe?.person, 3)
        let dicesse = dire.first { $0.form == "dicesse" }
        XCTAssertEqual(dicesse?.mood, .subjunctive)
        XCTAssertEqual(dicesse?.tense, .imperfect)
        // "dica" is 1st, 2nd and 3rd singular of the congiuntivo.
        XCTAssertEqual(Set(dire.filter { $0.form == "dica" }.compactMap(\.person)), [1, 2, 3])
    }

    func testParticipleGenderAndNumber() {
        let dire = forms("dire")
        let detta = dire.first { $0.form == "detta" }
        XCTAssertEqual(detta?.mood, .participle)
        XCTAssertEqual(detta?.gender, .feminine)
        XCTAssertEqual(detta?.number, .singular)
        let detti = dire.first { $0.form == "detti" }
        XCTAssertEqual(detti?.gender, .masculine)
        XCTAssertEqual(detti?.number, .plural)
        let dette = dire.first { $0.form == "dette" }
        XCTAssertEqual(dette?.gender, .feminine)
        XCTAssertEqual(dette?.number, .plural)
        XCTAssertNil(dire.first { $0.form == "dicendo" }?.person)
        XCTAssertEqual(dire.first { $0.form == "dicendo" }?.mood, .gerund)
        XCTAssertEqual(dire.first { $0.form == "dire" }?.mood, .infinitive)
    }

    func testIareVerbs() {
        assertForms(
            "ringraziare", ["ringrazio", "ringrazi", "ringraziamo", "ringrazierà", "ringrazino", "ringraziò"],
            absent: ["ringrazii", "ringraziiamo", "ringrazerà"])
        assertForms(
            "inviare", ["invio", "invii", "inviamo", "inviate", "invierà", "inviino"], absent: ["inviiamo"],
            irregular: "")
        assertForms("bisbigliare", ["bisbigli", "bisbigliamo", "bisbiglierà"], absent: ["bisbiglerà"])
        assertForms("elogiare", ["elogia", "elogi", "elogiamo", "elogerà", "elogiò"], absent: ["elogierà"])
        assertForms("lasciare", ["lascia", "lasci", "lasciamo", "lascerà", "lasciò"], absent: ["lascierà"], irregular: "")
        assertForms("denunciare", ["denunci", "denuncerà", "denunciamo"], absent: ["denuncii"])
        assertForms("testimoniare", ["testimoni", "testimoniamo", "testimonierà"], absent: ["testimonii"])
    }

    func testCareGareVerbs() {
        assertForms("giudicare", ["giudica", "giudichi", "giudicherà", "giudichiamo", "giudicò"], absent: ["giudicerà"])
        assertForms("dedicare", ["dedichiamo", "dedicherebbe", "dedichino"], absent: ["dediciamo"], irregular: "")
        assertForms("negare", ["nega", "neghi", "negherà", "neghiamo", "negato"])
        assertForms("interrogare", ["interroga", "interroghi", "interrogherà"])
    }

    func testIntervenire() {
        assertForms(
            "intervenire",
            ["interviene", "intervengono", "intervenne", "interverrà", "intervenuto", "intervenuta", "interveniva",
             "intervenisse", "intervenendo", "intervenga"],
            absent: ["intervenito", "intervenirà"])
    }

    func testRegularEreVerbsGetBothPastForms() {
        assertForms("credere", ["credei", "credette", "credé", "credè", "credettero", "crederono", "creduto"])
        assertForms("ripetere", ["ripeté", "ripeterono", "ripetuto"], absent: ["ripetette"])
        assertForms("ribattere", ["ribatté", "ribattè", "ribatterono"], absent: ["ribattette"])
        assertForms("insistere", ["insistette", "insisté", "insistito", "insistiti"], absent: ["insistuto"])
    }

    func testRreFamiliesFromTemplates() {
        assertForms(
            "condurre", ["conduco", "conduce", "condusse", "condotto", "condurrà", "conduceva", "conducendo"],
            irregular: "")
        assertForms("trarre", ["traggo", "trae", "trasse", "tratto", "trarrà", "traeva", "traesse"], irregular: "")
        assertForms("porre", ["pone", "pose", "posto", "porrà", "ponendo"], irregular: "")
        // The lexicon's keys win over the template.
        assertForms("dedurre", ["deduce", "dedusse", "dedotto", "dedurrà", "deducesse"])
    }

    func testParadigmShape() {
        let dire = forms("dire")
        for (mood, tense) in [
            (Mood.indicative, Tense.present), (.indicative, .imperfect), (.indicative, .past), (.indicative, .future),
            (.conditional, .present), (.subjunctive, .present), (.subjunctive, .imperfect),
        ] {
            let cell = dire.filter { $0.mood == mood && $0.tense == tense }
            XCTAssertEqual(cell.count, 6, "\(mood) \(tense)")
            XCTAssertEqual(cell.compactMap(\.person), [1, 2, 3, 1, 2, 3])
        }
        XCTAssertEqual(dire.filter { $0.mood == .participle }.count, 4)
        XCTAssertEqual(dire.count, 48)
    }

    func testNotAnInfinitive() {
        XCTAssertTrue(ReportingVerbConjugator.forms(lemma: "casa", irregular: "").isEmpty)
        XCTAssertTrue(ReportingVerbConjugator.forms(lemma: "", irregular: "").isEmpty)
    }

    func testTruncatedInfinitive() {
        XCTAssertEqual(ReportingVerbConjugator.truncatedInfinitive("dire"), "dir")
        XCTAssertEqual(ReportingVerbConjugator.truncatedInfinitive("spiegare"), "spiegar")
        XCTAssertEqual(ReportingVerbConjugator.truncatedInfinitive("proporre"), "propor")
    }

    func testIrregularParsing() {
        let parsed = ReportingVerbConjugator.Irregular(irregular("dire"))
        XCTAssertEqual(parsed.participle, "detto")
        XCTAssertEqual(parsed.present?.count, 6)
        XCTAssertEqual(parsed.futureStem, "dir")
        XCTAssertFalse(parsed.isc)
        XCTAssertTrue(ReportingVerbConjugator.Irregular("class=isc").isc)
    }
}
