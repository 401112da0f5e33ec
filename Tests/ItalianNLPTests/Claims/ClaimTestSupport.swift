import Foundation

@testable import ItalianNLP

/// The claims of `text` as (kind, source, content) triples, for readable assertions.
func claimSummaries(_ text: String) -> [(kind: ClaimKind, source: String?, content: String, rule: String)] {
    let result = ClaimExtractor().extract(text)
    return result.claims.map { ($0.kind, $0.source, String(text[$0.content.range]), $0.rule) }
}

/// Prints the claims (for debugging failing tests).
func dumpClaims(_ text: String) {
    let result = ClaimExtractor().extract(text)
    for claim in result.claims {
        let cue = claim.cue.map { String(text[$0.range]) } ?? "-"
        print("[\(claim.kind.rawValue)] \(claim.source ?? "?") | \(cue) | \(text[claim.content.range]) | \(claim.rule) \(claim.confidence)")
    }
}

/// `../shared/seed/article-it.txt` beside the package, when present.
func seedArticle() -> String? {
    let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/seed/article-it.txt")
    return try? String(contentsOf: url, encoding: .utf8)
}
