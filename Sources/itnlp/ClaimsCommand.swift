import ArgumentParser
import Foundation
import ItalianNLP

/// `itnlp claims`: who said what, as JSON, text or an HTML page.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Find attributed claims (direct, indirect, mixed, \"secondo X\") and quotations.",
        discussion: """
            JSON output: {"claims": [{"kind", "source", "speaker", "cue", "content", "negated", \
            "hedged", "rule", "confidence", "cueLemma", "stance"}], "quotations": [{"role", "text", \
            "start", "end", "claim", "depth", "opening", "closing"}], "warnings": […]}. Speaker, cue \
            and content are {"text", "start", "end"} (speaker and cue may be null); offsets count \
            Unicode scalars, end-exclusive, in the text as given.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, text, html
    }

    @Argument(help: "The input file, or - for standard input.")
    var file: String = "-"

    @Option(help: "Output format: json, jsonl (the same object on one line), text (a claim per line) or html (a standalone page).")
    var format: Format = .json

    @Flag(help: "Read one {\"id\", \"text\"} JSON object per line; write one {\"id\", \"claims\", \"quotations\"} per line.")
    var jsonl = false

    @Option(help: "With --jsonl: documents processed in parallel (output order and bytes do not change).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Fail on invalid UTF-8 instead of replacing it.")
    var strict = false

    @Option(help: "Drop claims below this confidence (0…1).")
    var minimumConfidence: Double = 0

    func validate() throws {
        guard (0...1).contains(minimumConfidence) else {
            throw ValidationError("--minimum-confidence must be between 0 and 1")
        }
    }

    func run() throws {
        let extractor = ClaimExtractor(options: ClaimExtractor.Options(minimumConfidence: minimumConfidence))
        if jsonl {
            try runBatch(extractor)
            return
        }
        let decoded = try InputOutput.decode(try InputOutput.readAll(path: file), strict: strict, label: file)
        let result = extractor.extract(decoded.text)
        switch format {
        case .json, .jsonl:
            var json = JSONBuffer(reservingCapacity: decoded.text.utf8.count * 4 + 256)
            var warnings = result.tokenized.warnings
            if let warning = decoded.warning { warnings.insert(warning, at: 0) }
            result.writeJSON(to: &json, warnings: warnings, lineBreaks: format == .json)
            json.raw("\n")
            InputOutput.write(json.bytes)
        case .text:
            InputOutput.write(Self.plainText(result))
        case .html:
            let title = file == "-" ? "Claims" : "Claims — " + (file.split(separator: "/").last.map(String.init) ?? file)
            InputOutput.write(ClaimHTMLRenderer.render(result, title: title))
        }
    }

    /// One claim per line: `[kind] source — cue — «content» (rule, confidence)`.
    static func plainText(_ result: ClaimExtractionResult) -> String {
        var output = ""
        for claim in result.claims {
            let text = result.text
            let cue = claim.cue.map { String(text[$0.range]) } ?? "∅"
            let content = text[claim.content.range].map { $0 == "\n" || $0 == "\r\n" ? " " : $0 }
            var details = [claim.rule, String(format2: claim.confidence)]
            if claim.negated { details.append("negated") }
            if claim.hedged { details.append("hedged") }
            output += "[\(claim.kind.rawValue)] \(claim.source ?? "?") — \(cue) — «\(String(content))» (\(details.joined(separator: ", ")))\n"
        }
        return output
    }

    private func runBatch(_ extractor: ClaimExtractor) throws {
        try JSONLines.process(path: file, jobs: jobs) { text, json in
            extractor.extract(text).writeJSONMembers(to: &json)
        }
    }
}
