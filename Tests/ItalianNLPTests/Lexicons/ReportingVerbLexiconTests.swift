import XCTest

@testable import ItalianNLP

final class ReportingVerbLexiconTests: XCTestCase {
    private let lexicon = ReportingVerbLexicon.shared

    private func lemmas(_ form: String) -> Set<String> {
        Set(lexicon.cueForms(form).map(\.lemma))
    }

    func testLexiconLoadsEveryRow() {
        XCTAssertEqual(lexicon.rejectedRows, [])
        let rows = TSVTable.embedded("claims/reporting-verbs.tsv").rows
        XCTAssertEqual(lexicon.lemmas.count, rows.count)
        XCTAssertGreaterThanOrEqual(lexicon.lemmas.count, 250)
        XCTAssertEqual(Set(lexicon.lemmas).count, lexicon.lemmas.count)
    }

    func testEveryLemmaHasAtLeast40FormsAndNoEmptyForm() {
        for row in TSVTable.embedded("claims/reporting-verbs.tsv").rows {
            let lemma = String(row.column(0))
            let forms = ReportingVerbConjugator.forms(lemma: lemma, irregular: String(row.column(4)))
            XCTAssertGreaterThanOrEqual(forms.count, 40, lemma)
            XCTAssertFalse(forms.contains { $0.form.isEmpty }, lemma)
            XCTAssertTrue(forms.allSatisfy { $0.lemma == lemma }, lemma)
            XCTAssertTrue(forms.allSatisfy { $0.form == $0.form.lowercased() && !$0.form.contains(" ") }, lemma)
            XCTAssertTrue(lexicon.isForm(lemma, ofLemma: lemma), lemma)
        }
    }

    func testIrregularColumnIsWellFormed() {
        let keys = ["class", "part", "ger", "pres", "past", "impf", "fut", "subj", "impsubj"]
        for row in TSVTable.embedded("claims/reporting-verbs.tsv").rows where !row.column(4).isEmpty {
            var last = -1
            for pair in row.column(4).split(separator: ";") {
                let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
                XCTAssertEqual(parts.count, 2, "\(row.column(0)): \(pair)")
                guard parts.count == 2, let index = keys.firstIndex(of: String(parts[0])) else {
                    XCTFail("\(row.column(0)): unknown key in \(pair)")
                    continue
                }
                XCTAssertGreaterThan(index, last, "\(row.column(0)): keys out of order")
                last = index
                if ["pres", "past", "subj"].contains(parts[0]) {
                    XCTAssertEqual(parts[1].split(separator: ",").count, 6, "\(row.column(0)): \(parts[0])")
                }
                if parts[0] == "class" { XCTAssertEqual(parts[1], "isc") }
            }
        }
    }

    func testCueFormsOfDire() {
        let disse = lexicon.cueForms("disse")
        XCTAssertEqual(disse.count, 1)
        XCTAssertEqual(disse.first?.lemma, "dire")
        XCTAssertEqual(disse.first?.category, "say")
        XCTAssertEqual(disse.first?.stance, "neutral")
        XCTAssertEqual(disse.first?.auxiliary, "avere")
        XCTAssertEqual(disse.first?.verbForm.tense, .past)
        XCTAssertEqual(disse.first?.verbForm.person, 3)
        XCTAssertNil(disse.first?.enclitic)
        for form in ["dice", "dicono", "disse", "dissero", "diceva", "dirà", "direbbe", "dica", "dicesse", "detto",
                     "detta", "dicendo"] {
            XCTAssertTrue(lemmas(form).contains("dire"), form)
        }
        XCTAssertEqual(lexicon.cueForms("dica").count, 3)
    }

    func testAccentedAndSpellingForms() {
        XCTAssertEqual(lemmas("ribadì"), ["ribadire"])
        XCTAssertEqual(lemmas("spiegò"), ["spiegare"])
        XCTAssertEqual(lemmas("spieghi"), ["spiegare"])
        XCTAssertEqual(lemmas("annuncerà"), ["annunciare"])
        XCTAssertEqual(lemmas("sosterrà"), ["sostenere"])
        XCTAssertEqual(lemmas("proporrà"), ["proporre"])
        XCTAssertEqual(lemmas("chiarisce"), ["chiarire"])
        XCTAssertEqual(lemmas("smentisce"), ["smentire"])
        XCTAssertEqual(lemmas("twittato"), ["twittare"])
        XCTAssertEqual(lemmas("ammise"), ["ammettere"])
        XCTAssertEqual(lemmas("scrisse"), ["scrivere"])
        XCTAssertTrue(lexicon.cueForms("casa").isEmpty)
        XCTAssertTrue(lexicon.cueForms("").isEmpty)
    }

    /// `hasCueForms` answers as `cueForms` would, for plain forms, enclitic forms, forms whose
    /// ending looks enclitic without being one, and words that are no verb.
    func testHasCueFormsAgreesWithCueForms() {
        let forms = [
            "disse", "dirà", "ribadisce", "dicendolo", "dirgli", "dichiarandosi", "dettosi", "detti", "riprese", "casa",
            "tavolo", "sole", "famiglie", "mani", "ci", "lo", "", "Disse", "annunciandolo", "spiegatoci", "capelli",
        ]
        for form in forms {
            XCTAssertEqual(lexicon.hasCueForms(form), !lexicon.cueForms(form).isEmpty, form)
        }
    }

    func testFormSharedByLemmas() {
        XCTAssertEqual(lemmas("riprese"), ["riprendere"])
        XCTAssertEqual(lemmas("rise"), ["ridere"])
        XCTAssertEqual(lemmas("ridice"), ["ridire"])
        // "detti" is dire's participle and dettare's present 2sg: both readings, in file order.
        let dire = TSVTable.embedded("claims/reporting-verbs.tsv").rows.first { $0.column(0) == "dire" }!
        let table = TSVTable(text: dire.joined(separator: "\t") + "\ndettare\treport\tneutral\tavere\t\n")
        let small = ReportingVerbLexicon(verbs: table, multiword: TSVTable(text: ""), nouns: TSVTable(text: ""))
        XCTAssertEqual(small.rejectedRows, [])
        let detti = small.cueForms("detti")
        XCTAssertEqual(detti.map(\.lemma), ["dire", "dettare", "dettare", "dettare", "dettare"])
        XCTAssertEqual(detti.first?.verbForm.mood, .participle)
        XCTAssertEqual(detti.last?.verbForm.mood, .subjunctive)
        XCTAssertEqual(small.cueForms("dettiamo").map(\.verbForm.mood), [.indicative, .subjunctive])
    }

    func testRejectsBadRows() {
        let table = TSVTable(text: "dire\tsay\tneutral\n" + "urlare\tshout\tneutral\tavere\t\n" + "casa\tsay\tneutral\tavere\t\n"
            + "parlare\tsay\tneutral\tavere\t\n" + "parlare\tsay\tneutral\tavere\t\n")
        let small = ReportingVerbLexicon(verbs: table, multiword: TSVTable(text: ""), nouns: TSVTable(text: ""))
        XCTAssertEqual(small.lemmas, ["parlare"])
        XCTAssertEqual(small.rejectedRows.count, 4)
    }

    func testEnclitics() {
        let cases: [(String, String, Mood, String)] = [
            ("dicendolo", "dire", .gerund, "lo"), ("dirgli", "dire", .infinitive, "gli"),
            ("spiegandogli", "spiegare", .gerund, "gli"), ("dicendoci", "dire", .gerund, "ci"),
            ("precisandolo", "precisare", .gerund, "lo"), ("rispondendogli", "rispondere", .gerund, "gli"),
            ("dichiarandosi", "dichiarare", .gerund, "si"), ("dirglielo", "dire", .infinitive, "glielo"),
            ("spiegarlo", "spiegare", .infinitive, "lo"), ("proporlo", "proporre", .infinitive, "lo"),
            ("chiedendosi", "chiedere", .gerund, "si"), ("dettosi", "dire", .participle, "si"),
            ("parlarne", "parlare", .infinitive, "ne"), ("dicendoselo", "dire", .gerund, "selo"),
        ]
        for (form, lemma, mood, clitic) in cases {
            let found = lexicon.cueForms(form)
            XCTAssertEqual(found.first?.lemma, lemma, form)
            XCTAssertEqual(found.first?.verbForm.mood, mood, form)
            XCTAssertEqual(found.first?.verbForm.form, form, form)
            XCTAssertEqual(found.first?.enclitic, clitic, form)
        }
        // Only the masculine singular participle is a host: "dettami" (a noun) is not detta + mi, and
        // "dettagli" is a form of dettagliare, not detta + gli.
        XCTAssertTrue(lexicon.cueForms("dettami").isEmpty)
        XCTAssertEqual(lemmas("dettagli"), ["dettagliare"])
        XCTAssertTrue(lexicon.cueForms("dirlu").isEmpty)
    }

    func testAuxiliaries() {
        XCTAssertEqual(ReportingVerbLexicon.auxiliary("ha")?.lemma, "avere")
        XCTAssertEqual(ReportingVerbLexicon.auxiliary("ha")?.person, 3)
        XCTAssertEqual(ReportingVerbLexicon.auxiliary("ha")?.number, .singular)
        XCTAssertEqual(ReportingVerbLexicon.auxiliary("hanno")?.number, .plural)
        let avrebbe = ReportingVerbLexicon.auxiliary("avrebbe")
        XCTAssertEqual(avrebbe?.lemma, "avere")
        XCTAssertEqual(avrebbe?.mood, .conditional)
        XCTAssertEqual(ReportingVerbLexicon.auxiliary("è")?.lemma, "essere")
        XCTAssertEqual(ReportingVerbLexicon.auxiliary("e'")?.lemma, "essere")
        let sono = ReportingVerbLexicon.auxiliary("sono")
        XCTAssertEqual(sono?.lemma, "essere")
        XCTAssertEqual(sono?.person, 3)
        XCTAssertEqual(sono?.number, .plural)
        XCTAssertEqual(ReportingVerbLexicon.auxiliaries("sono").count, 2)
        XCTAssertEqual(ReportingVerbLexicon.auxiliary("fosse")?.tense, .imperfect)
        XCTAssertEqual(ReportingVerbLexicon.auxiliary("fosse")?.mood, .subjunctive)
        XCTAssertEqual(ReportingVerbLexicon.auxiliary("ebbero")?.tense, .past)
        XCTAssertEqual(ReportingVerbLexicon.auxiliary("saranno")?.tense, .future)
        XCTAssertNil(ReportingVerbLexicon.auxiliary("detto"))
        XCTAssertEqual(ReportingVerbLexicon.nonFiniteAuxiliary("avendo")?.mood, .gerund)
        XCTAssertEqual(ReportingVerbLexicon.nonFiniteAuxiliary("stata")?.lemma, "essere")
        // Every person of the seven paradigms of both verbs.
        for form in ["ho", "hai", "abbiamo", "avete", "avevo", "avevano", "ebbi", "avrò", "avranno", "avrei",
                     "avrebbero", "abbia", "abbiano", "avessi", "avessero", "sei", "siamo", "siete", "ero", "erano",
                     "fui", "furono", "sarò", "sarei", "sarebbero", "sia", "siano", "fossi", "fossero"] {
            XCTAssertNotNil(ReportingVerbLexicon.auxiliary(form), form)
        }
    }

    func testModals() {
        XCTAssertEqual(ReportingVerbLexicon.modal("vuole")?.lemma, "volere")
        XCTAssertEqual(ReportingVerbLexicon.modal("può")?.lemma, "potere")
        XCTAssertEqual(ReportingVerbLexicon.modal("deve")?.lemma, "dovere")
        XCTAssertEqual(ReportingVerbLexicon.modal("potrebbe")?.mood, .conditional)
        XCTAssertEqual(ReportingVerbLexicon.modal("vorrebbe")?.lemma, "volere")
        XCTAssertEqual(ReportingVerbLexicon.modal("voluto")?.mood, .participle)
        XCTAssertEqual(ReportingVerbLexicon.modal("dovrà")?.tense, .future)
        XCTAssertNil(ReportingVerbLexicon.modal("dice"))
    }

    func testMultiwordHeads() {
        XCTAssertTrue(lexicon.headLemmas.isSuperset(of: ["fare", "mettere", "lasciare", "rendere", "dare", "prendere",
                                                        "puntare", "tenere", "porre"]))
        XCTAssertTrue(lexicon.isForm("fatto", ofLemma: "fare"))
        XCTAssertTrue(lexicon.isForm("fa", ofLemma: "fare"))
        XCTAssertTrue(lexicon.isForm("far", ofLemma: "fare"))
        XCTAssertTrue(lexicon.isForm("facendo", ofLemma: "fare"))
        XCTAssertTrue(lexicon.isForm("fece", ofLemma: "fare"))
        XCTAssertTrue(lexicon.isForm("farà", ofLemma: "fare"))
        XCTAssertTrue(lexicon.isForm("fargli", ofLemma: "fare"))
        XCTAssertTrue(lexicon.isForm("mette", ofLemma: "mettere"))
        XCTAssertTrue(lexicon.isForm("messo", ofLemma: "mettere"))
        XCTAssertTrue(lexicon.isForm("hanno", ofLemma: "avere") == false)
        XCTAssertTrue(lexicon.isForm("tiene", ofLemma: "tenere"))
        XCTAssertTrue(lexicon.isForm("reso", ofLemma: "rendere"))
        XCTAssertTrue(lexicon.isForm("pone", ofLemma: "porre"))
        XCTAssertTrue(lexicon.isForm("lascia", ofLemma: "lasciare"))
        XCTAssertTrue(lexicon.isForm("lascerà", ofLemma: "lasciare"))
        XCTAssertTrue(lexicon.isForm("diede", ofLemma: "dare"))
        XCTAssertTrue(lexicon.isForm("mosse", ofLemma: "muovere"))
        XCTAssertTrue(lexicon.isForm("va", ofLemma: "andare"))
        XCTAssertTrue(lexicon.isForm("puntato", ofLemma: "puntare"))
        XCTAssertTrue(lexicon.isForm("detto", ofLemma: "dire"))
        XCTAssertFalse(lexicon.isForm("mette", ofLemma: "fare"))
        XCTAssertFalse(lexicon.isForm("fatto", ofLemma: "sconosciuto"))
        for head in lexicon.headLemmas {
            XCTAssertGreaterThanOrEqual(lexicon.forms(ofLemma: head).count, 40, head)
        }
    }

    func testLemmasOfForm() {
        XCTAssertEqual(lexicon.lemmas(of: "fatto"), ["fare"])
        XCTAssertEqual(lexicon.lemmas(of: "far"), ["fare"])
        XCTAssertEqual(lexicon.lemmas(of: "facendolo"), ["fare"])
        XCTAssertEqual(lexicon.lemmas(of: "detto"), ["dire"])
        XCTAssertEqual(lexicon.lemmas(of: "messo"), ["mettere"])
        XCTAssertEqual(lexicon.lemmas(of: "casa"), [])
        XCTAssertTrue(lexicon.knownLemmas.isSuperset(of: lexicon.headLemmas))
        XCTAssertTrue(lexicon.knownLemmas.isSuperset(of: lexicon.lemmas))
    }

    func testMultiwordCues() {
        let cues = lexicon.multiwordCues
        XCTAssertEqual(cues.count, TSVTable.embedded("claims/reporting-multiword.tsv").rows.count)
        XCTAssertGreaterThan(cues.filter(\.isVerbal).count, 50)
        let annuncio = cues.first { $0.phrase == "dare l'annuncio" }
        XCTAssertEqual(annuncio?.words, ["dare", "l'", "annuncio"])
        XCTAssertEqual(annuncio?.head, "dare")
        let sapere = cues.first { $0.phrase == "far sapere" }
        XCTAssertEqual(sapere?.words, ["far", "sapere"])
        XCTAssertEqual(sapere?.head, "fare")
        XCTAssertEqual(cues.first { $0.phrase == "a detta di" }?.kind, "according")
        XCTAssertEqual(cues.first { $0.phrase == "a detta di" }?.head, "")
        XCTAssertTrue(lexicon.verbalCuesByHead["mettere"]?.contains { $0.phrase == "mettere in chiaro" } == true)
        for cue in cues where cue.isVerbal {
            XCTAssertTrue(lexicon.isForm(cue.words[0], ofLemma: cue.head), cue.phrase)
        }
    }

    func testNouns() {
        XCTAssertEqual(lexicon.claimNoun("dichiarazione")?.lemma, "dichiarazione")
        XCTAssertEqual(lexicon.claimNoun("dichiarazioni")?.lemma, "dichiarazione")
        XCTAssertEqual(lexicon.claimNoun("dichiarazioni")?.category, "state")
        XCTAssertEqual(lexicon.claimNoun("parole")?.lemma, "parola")
        XCTAssertEqual(lexicon.claimNoun("smentita")?.stance, "denial")
        XCTAssertEqual(lexicon.claimNounForm("parole")?.number, .plural)
        XCTAssertEqual(lexicon.claimNounForm("parole")?.gender, .feminine)
        XCTAssertNil(lexicon.claimNounForm("tesi")?.number)
        XCTAssertNil(lexicon.claimNoun("tavolo"))
    }

    func testEntries() {
        XCTAssertEqual(lexicon.entry(lemma: "sbottare")?.auxiliary, "essere")
        XCTAssertEqual(lexicon.entry(lemma: "sostenere")?.stance, "assertive")
        XCTAssertEqual(lexicon.entry(lemma: "negare")?.category, "deny")
        XCTAssertNil(lexicon.entry(lemma: "mangiare"))
        XCTAssertEqual(lexicon.cueForms("sbottato").first?.auxiliary, "essere")
    }

    func testBuildTime() {
        let verbs = TSVTable.embedded("claims/reporting-verbs.tsv")
        let multiword = TSVTable.embedded("claims/reporting-multiword.tsv")
        let nouns = TSVTable.embedded("claims/reporting-nouns.tsv")
        let start = DispatchTime.now().uptimeNanoseconds
        let built = ReportingVerbLexicon(verbs: verbs, multiword: multiword, nouns: nouns)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        XCTAssertGreaterThan(built.cueFormCount, 10_000)
        // Debug builds are several times slower than release (where it is a few ms).
        XCTAssertLessThan(elapsed, 1000, "building took \(elapsed) ms")
    }
}
