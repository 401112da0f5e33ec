/// The prior polarity of Italian lemmas (`Lexicons/sentiment/polarity.tsv`, derived from Sentix
/// 3.1.1), reached from any inflected form through a `LemmaBridge`.
struct PolarityLexicon: Sendable {
    /// A polarity found for a word form.
    struct Match: Sendable, Hashable {
        let lemma: String
        let polarity: Double
        let derivation: ItalianInflection.Derivation
    }

    private let polarity: [String: Double]
    private let bridge: LemmaBridge

    init(table: TSVTable) {
        var polarity: [String: Double] = [:]
        var lemmas: [(lemma: String, pos: String)] = []
        polarity.reserveCapacity(table.rows.count)
        for row in table.rows {
            guard let value = Double(row.column(2)) else { continue }
            let lemma = String(row.column(0))
            polarity[lemma] = value * Self.reliability(row.column(3))
            if !SentimentFunctionWords.contains(lemma) { lemmas.append((lemma, String(row.column(1)))) }
        }
        self.polarity = polarity
        bridge = LemmaBridge(lemmasWithPOS: lemmas)
    }

    /// How far a row's score is trusted, from Sentix's polypathy index (column `intensity`): rows
    /// whose senses disagree in sign (3) count half, rows with widely varying senses (2) count
    /// 0.85; single-sense rows, consistent rows and hand-set rows count in full.
    static func reliability(_ intensity: Substring) -> Double {
        switch intensity {
        case "3": return ProcessInfoReliability.three
        case "2": return ProcessInfoReliability.two
        default: return 1
        }
    }

    /// The built-in lexicon.
    static let shared = PolarityLexicon(table: .embedded("sentiment/polarity.tsv"))

    /// The polarity of a lower-case word form: the form's own entry, else (unless `directOnly`)
    /// its lemma's. Function words never have one.
    func match(_ form: String, directOnly: Bool = false) -> Match? {
        if SentimentFunctionWords.contains(form) { return nil }
        if let value = polarity[form] { return Match(lemma: form, polarity: value, derivation: .lemma) }
        if directOnly { return nil }
        guard let entry = bridge.entry(for: form), let value = polarity[entry.lemma] else { return nil }
        return Match(lemma: entry.lemma, polarity: value, derivation: entry.derivation)
    }

    /// The number of lemmas.
    var count: Int { polarity.count }
}

import Foundation
enum ProcessInfoReliability {
    static let three = Double(ProcessInfo.processInfo.environment["REL3"] ?? "") ?? 0.5
    static let two = Double(ProcessInfo.processInfo.environment["REL2"] ?? "") ?? 0.85
}
