import ArgumentParser
import Foundation
import ItalianNLP

/// `itnlp eval`: claim extraction scored against the gold documents of a folder.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score claim extraction against gold claim documents (NAME.txt + NAME.json).",
        discussion: """
            FOLDER is searched recursively; each document's split is the name of its folder \
            (Fixtures/claims/dev → dev). A predicted claim matches a gold claim when the contents \
            overlap and the prediction covers at least 0.3 (and, separately, 0.8) of the gold \
            content, in Unicode scalars, one-to-one, best coverage first. Cue and source accuracy \
            are over claims matched at 0.3. See Fixtures/README.md.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A folder of gold documents (searched recursively), e.g. Fixtures.")
    var folder: String

    @Option(help: "Output format: text (tables) or json.")
    var format: Format = .text

    @Flag(help: "List missed, spurious and partly matched claims, attribute and quotation errors per document.")
    var errors = false

    @Option(help: "Only evaluate the documents of this split (dev, blind…).")
    var split: String?

    @Option(help: "Drop predicted claims below this confidence (0…1).")
    var minimumConfidence: Double = 0

    func run() throws {
        var documents: [ClaimGoldDocument]
        do {
            documents = try ClaimGoldDocument.loadFolder(folder)
        } catch let error as ClaimGoldError {
            throw ValidationError(error.description)
        }
        if let split { documents = documents.filter { $0.split == split } }
        guard !documents.isEmpty else {
            throw ValidationError("no gold documents (NAME.txt with NAME.json) under \(folder)" + (split.map { " in split \($0)" } ?? ""))
        }
        let extractor = ClaimExtractor(options: ClaimExtractor.Options(minimumConfidence: minimumConfidence))
        var scores = ClaimEvaluation.evaluate(documents: documents, extractor: extractor)
        switch format {
        case .json:
            if !errors { scores.documents = [] }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            var data = try encoder.encode(scores)
            data.append(0x0A)
            InputOutput.write(Array(data))
        case .text:
            InputOutput.write(Self.table(scores))
            if errors { InputOutput.write(Self.errorList(scores)) }
        }
    }

    // MARK: - Text output

    private static func percent(_ value: Double, defined: Bool = true) -> String {
        let text = defined ? String(format2: value * 100) : "—"
        return String(repeating: " ", count: max(0, 6 - text.count)) + text
    }

    private static func number(_ value: Int, width: Int = 5) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    private static func accuracy(_ accuracy: ClaimScores.Accuracy) -> String {
        percent(accuracy.accuracy, defined: accuracy.total > 0)
    }

    private static func prf(_ prf: ClaimScores.PRF) -> String {
        percent(prf.precision, defined: prf.predicted > 0) + " " + percent(prf.recall, defined: prf.gold > 0) + " "
            + percent(prf.f1, defined: prf.predicted > 0 || prf.gold > 0)
    }

    /// `text` right-aligned in `width` columns.
    private static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    private static func prfHeader(_ threshold: String) -> String {
        right("P" + threshold, 6) + " " + right("R" + threshold, 6) + " " + right("F1" + threshold, 6)
    }

    static func table(_ scores: ClaimScores) -> String {
        var out = ""
        out += "Claims: P/R/F1 in %; a prediction matches when it covers at least 30% (@.3) or 80% (@.8) of the\n"
        out += "gold content. Cue, source, kind, negated and hedged accuracy are over claims matched at 30%.\n\n"
        var header = "split".padding(6) + " | " + right("docs", 4) + " " + right("gold", 5) + " " + right("pred", 5) + " | "
        header += prfHeader("@.3") + " | " + prfHeader("@.8") + " | " + right("cue", 6) + " " + right("source", 6) + " | "
        header += right("kind", 6) + " " + right("neg", 6) + " " + right("hedge", 6)
        out += header + "\n" + String(repeating: "-", count: header.count) + "\n"
        for split in scores.splits {
            out += split.split.padding(6) + " | " + number(split.documents, width: 4) + " " + number(split.gold) + " "
                + number(split.predicted) + " | " + prf(split.loose) + " | " + prf(split.strict) + " | "
                + accuracy(split.cue) + " " + accuracy(split.source) + " | " + accuracy(split.kind) + " "
                + accuracy(split.negated) + " " + accuracy(split.hedged) + "\n"
        }

        out += "\nBy kind: recall by gold kind, precision by predicted kind; cue, source and agreement (the\n"
        out += "prediction has the gold kind) over matched gold claims of the kind.\n\n"
        header = "split".padding(6) + " " + "kind".padding(9) + " | " + right("gold", 5) + " " + right("pred", 5) + " | "
        header += prfHeader("@.3") + " | " + prfHeader("@.8") + " | " + right("cue", 6) + " " + right("source", 6) + " | "
        header += right("agree", 6)
        out += header + "\n" + String(repeating: "-", count: header.count) + "\n"
        for (index, split) in scores.splits.enumerated() {
            if index > 0 { out += "\n" }
            for kind in split.kinds {
                out += split.split.padding(6) + " " + kind.kind.rawValue.padding(9) + " | " + number(kind.gold) + " "
                    + number(kind.predicted) + " | " + prf(kind.loose) + " | " + prf(kind.strict) + " | "
                    + accuracy(kind.cue) + " " + accuracy(kind.source) + " | " + accuracy(kind.kindAgreement) + "\n"
            }
        }

        out += "\nQuotations: matched on identical content spans; role accuracy over matched quotations.\n\n"
        header = "split".padding(6) + " | " + right("gold", 5) + " " + right("pred", 5) + " " + right("match", 5) + " | "
        header += right("P", 6) + " " + right("R", 6) + " | " + right("role", 6)
        out += header + "\n" + String(repeating: "-", count: header.count) + "\n"
        for split in scores.splits {
            let quotations = split.quotations
            out += split.split.padding(6) + " | " + number(quotations.gold) + " " + number(quotations.predicted) + " "
                + number(quotations.matched) + " | " + percent(quotations.precision, defined: quotations.predicted > 0) + " "
                + percent(quotations.recall, defined: quotations.gold > 0) + " | " + accuracy(quotations.role) + "\n"
        }
        return out
    }

    private static func oneLine(_ text: String, limit: Int = 160) -> String {
        var line = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
        if line.count > limit { line = String(line.prefix(limit - 1)) + "…" }
        return line
    }

    private static func describe(_ claim: ClaimScores.ClaimSummary) -> String {
        var line = "[\(claim.kind.rawValue)] \(claim.source ?? "?") — \(claim.cue ?? "∅") — «\(oneLine(claim.content))»"
        line += " @\(claim.start)-\(claim.end)"
        if let rule = claim.rule {
            line += " (\(rule), \(String(format2: claim.confidence ?? 0)))"
        }
        return line
    }

    static func errorList(_ scores: ClaimScores) -> String {
        var out = "\nErrors per document (matching at 30%)\n"
        for document in scores.documents where !document.isPerfect {
            out += "\n== \(document.split)/\(document.name): gold \(document.gold), predicted \(document.predicted), matched \(document.matched)\n"
            for claim in document.missed { out += "  MISSED    " + describe(claim) + "\n" }
            for claim in document.spurious { out += "  SPURIOUS  " + describe(claim) + "\n" }
            for pair in document.partial {
                out += "  PARTIAL   \(Int((pair.coverage * 100).rounded()))% of gold " + describe(pair.gold) + "\n"
                out += "            predicted " + describe(pair.predicted) + "\n"
            }
            for pair in document.attributes {
                var problems: [String] = []
                for problem in pair.problems {
                    switch problem {
                    case "cue": problems.append("cue \(pair.gold.cue ?? "∅") ≠ \(pair.predicted.cue ?? "∅")")
                    case "source": problems.append("source \(pair.gold.source ?? "∅") ≠ \(pair.predicted.source ?? "∅")")
                    case "kind": problems.append("kind \(pair.gold.kind.rawValue) ≠ \(pair.predicted.kind.rawValue)")
                    case "negated": problems.append("negated \(pair.gold.negated) ≠ \(pair.predicted.negated)")
                    case "hedged": problems.append("hedged \(pair.gold.hedged) ≠ \(pair.predicted.hedged)")
                    default: problems.append(problem)
                    }
                }
                out += "  WRONG     " + problems.joined(separator: "; ") + " — «\(oneLine(pair.gold.content, limit: 80))»"
                    + (pair.predicted.rule.map { " (\($0))" } ?? "") + "\n"
            }
            for quotation in document.quotations {
                let label: String
                switch (quotation.gold, quotation.predicted) {
                case (let gold?, nil): label = "QUOTE MISSED   (\(gold.rawValue))"
                case (nil, let predicted?): label = "QUOTE SPURIOUS (\(predicted.rawValue))"
                case (let gold?, let predicted?): label = "QUOTE ROLE     \(gold.rawValue) ≠ \(predicted.rawValue)"
                default: label = "QUOTE"
                }
                out += "  \(label) «\(oneLine(quotation.text, limit: 100))» @\(quotation.start)-\(quotation.end)\n"
            }
        }
        return out
    }
}
