/// Renders a claim extraction result as a standalone HTML page: the document with each claim's
/// content, cue and speaker highlighted, a numbered label naming the source at the start of every
/// content, quotations underlined by role, a legend, and tables of the claims and quotations.
/// Hovering any part of a claim outlines all its parts. The page needs no external resources.
public enum ClaimHTMLRenderer {
    /// The page for `result`; `title` defaults to "Claims".
    public static func render(_ result: ClaimExtractionResult, title: String? = nil) -> String {
        var renderer = Renderer(result: result)
        return renderer.page(title: title ?? "Claims")
    }

    /// `text` with the five HTML special characters escaped, for element content and quoted
    /// attribute values.
    public static func escape(_ text: some StringProtocol) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\n": escaped += "&#10;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}

private struct Renderer {
    enum Part: Equatable {
        case content(Int)
        case cue(Int)
        case speaker(Int)
        case quotation(Int)
    }

    struct Annotation {
        let range: Range<Int>
        let part: Part
    }

    let result: ClaimExtractionResult
    let bytes: [UInt8]
    var annotations: [Annotation] = []
    var output = ""

    init(result: ClaimExtractionResult) {
        self.result = result
        self.bytes = Array(result.text.utf8)
        let count = bytes.count
        func clamp(_ span: TextSpan) -> Range<Int> {
            let lower = min(max(span.utf8.lowerBound, 0), count)
            return lower..<min(max(span.utf8.upperBound, lower), count)
        }
        for (index, claim) in result.claims.enumerated() {
            annotations.append(Annotation(range: clamp(claim.content), part: .content(index)))
            if let cue = claim.cue { annotations.append(Annotation(range: clamp(cue), part: .cue(index))) }
            if let speaker = claim.speaker { annotations.append(Annotation(range: clamp(speaker), part: .speaker(index))) }
        }
        for (index, quotation) in result.quotations.enumerated() {
            annotations.append(Annotation(range: clamp(quotation.content), part: .quotation(index)))
        }
    }

    private func escape(_ text: some StringProtocol) -> String { ClaimHTMLRenderer.escape(text) }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private func kindLabel(_ kind: ClaimKind) -> String { kind.rawValue }

    /// One line describing a claim, for tooltips.
    private func describe(_ index: Int) -> String {
        let claim = result.claims[index]
        var line = "#\(index + 1) \(claim.kind.rawValue) — source: \(claim.source ?? "?")"
        if let cue = claim.cue { line += " — cue: \(result.text[cue.range])" }
        var flags: [String] = []
        if claim.negated { flags.append("negated") }
        if claim.hedged { flags.append("hedged") }
        if !flags.isEmpty { line += " — " + flags.joined(separator: ", ") }
        line += " — \(claim.rule) (\(Self.format(claim.confidence)))"
        return line
    }

    /// Camel-case rule names may break before each capital letter.
    static func breakable(_ name: String) -> String {
        var result = ""
        for (index, character) in name.enumerated() {
            if index > 0 && character.isUppercase { result += "<wbr>" }
            result.append(character)
        }
        return result
    }

    static func format(_ value: Double) -> String {
        let scaled = Int((value * 100).rounded())
        return "\(scaled / 100)." + (abs(scaled % 100) < 10 ? "0" : "") + "\(abs(scaled % 100))"
    }

    mutating func page(title: String) -> String {
        let claimCount = result.claims.count
        let quotationCount = result.quotations.count
        output += """
            <!DOCTYPE html>
            <html lang="it">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>
            \(Self.style)
            </style>
            </head>
            <body>
            <header>
            <h1>\(escape(title))</h1>
            <p class="counts">\(claimCount) claim\(claimCount == 1 ? "" : "s"), \(quotationCount) quotation\(quotationCount == 1 ? "" : "s")</p>
            \(Self.legend)
            </header>
            <main>
            <article class="document">

            """
        renderDocument()
        output += "</article>\n"
        renderClaimTable()
        renderQuotationTable()
        output += "</main>\n<script>\n\(Self.script)\n</script>\n</body>\n</html>\n"
        return output
    }

    // MARK: - The document

    private mutating func renderDocument() {
        // Lines (paragraphs) of the text, without their line breaks.
        var lines: [Range<Int>] = []
        var lineStart = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            lines.append(lineStart..<index)
            lineStart = index + 1
        }
        lines.append(lineStart..<bytes.count)

        var boundaries = Set<Int>()
        var starts: [Int: [Int]] = [:]
        var ends: [Int: [Int]] = [:]
        for (id, annotation) in annotations.enumerated() where !annotation.range.isEmpty {
            boundaries.insert(annotation.range.lowerBound)
            boundaries.insert(annotation.range.upperBound)
            starts[annotation.range.lowerBound, default: []].append(id)
            ends[annotation.range.upperBound, default: []].append(id)
        }
        for line in lines {
            boundaries.insert(line.lowerBound)
            boundaries.insert(line.upperBound)
        }
        let sortedBoundaries = boundaries.sorted()

        // Labels go before the first segment at or after the start of their claim's content.
        let tags = result.claims.indices.sorted {
            (result.claims[$0].content.utf8.lowerBound, $0) < (result.claims[$1].content.utf8.lowerBound, $1)
        }
        var nextTag = 0

        var active: [Int] = []
        var boundaryIndex = 0
        for line in lines {
            var end = line.upperBound
            if end > line.lowerBound && bytes[end - 1] == 0x0D { end -= 1 }
            let blank = bytes[line.lowerBound..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 }
            if !blank { output += "<p>" }
            // Walk the boundaries inside this line.
            while boundaryIndex < sortedBoundaries.count && sortedBoundaries[boundaryIndex] < line.lowerBound {
                update(&active, at: sortedBoundaries[boundaryIndex], starts: starts, ends: ends)
                boundaryIndex += 1
            }
            while boundaryIndex < sortedBoundaries.count && sortedBoundaries[boundaryIndex] < line.upperBound {
                let position = sortedBoundaries[boundaryIndex]
                update(&active, at: position, starts: starts, ends: ends)
                let next = boundaryIndex + 1 < sortedBoundaries.count ? sortedBoundaries[boundaryIndex + 1] : bytes.count
                let segment = position..<min(next, end)
                if !blank {
                    while nextTag < tags.count && result.claims[tags[nextTag]].content.utf8.lowerBound <= position {
                        output += tag(tags[nextTag])
                        nextTag += 1
                    }
                    if !segment.isEmpty { renderSegment(segment, active: active) }
                }
                boundaryIndex += 1
            }
            if !blank { output += "</p>\n" }
        }
        if nextTag < tags.count {
            output += "<p>"
            while nextTag < tags.count {
                output += tag(tags[nextTag])
                nextTag += 1
            }
            output += "</p>\n"
        }
    }

    private func update(_ active: inout [Int], at position: Int, starts: [Int: [Int]], ends: [Int: [Int]]) {
        if let ending = ends[position] { active.removeAll { ending.contains($0) } }
        if let starting = starts[position] { active.append(contentsOf: starting) }
    }

    private func tag(_ index: Int) -> String {
        let claim = result.claims[index]
        return "<span class=\"tag k-\(claim.kind.rawValue)\" data-c=\"\(index)\" title=\"\(escape(describe(index)))\">"
            + "<b>\(index + 1)</b> \(escape(claim.source ?? "?"))</span>"
    }

    private mutating func renderSegment(_ segment: Range<Int>, active: [Int]) {
        let body = escape(text(segment))
        guard !active.isEmpty else {
            output += body
            return
        }
        var contents: [Int] = []
        var cues: [Int] = []
        var speakers: [Int] = []
        var quotations: [Int] = []
        for id in active {
            switch annotations[id].part {
            case .content(let claim): contents.append(claim)
            case .cue(let claim): cues.append(claim)
            case .speaker(let claim): speakers.append(claim)
            case .quotation(let quotation): quotations.append(quotation)
            }
        }
        var classes: [String] = []
        if !speakers.isEmpty {
            classes.append("sp")
        } else if !cues.isEmpty {
            classes.append("cue")
        }
        if !contents.isEmpty && speakers.isEmpty && cues.isEmpty {
            classes.append(contents.count > 1 ? "ct ct2" : "ct")
        }
        var tooltip: [String] = []
        for claim in speakers.sorted() { tooltip.append("speaker of " + describe(claim)) }
        for claim in cues.sorted() { tooltip.append("cue of " + describe(claim)) }
        for claim in contents.sorted() { tooltip.append("content of " + describe(claim)) }
        var claimIDs = Set(contents + cues + speakers)
        if !quotations.isEmpty {
            // The innermost quotation is underlined in its role's style; an enclosing quotation
            // with another role adds a border.
            let ordered = quotations.sorted {
                result.quotations[$0].content.utf8.count < result.quotations[$1].content.utf8.count
            }
            let inner = result.quotations[ordered[0]]
            classes.append("q-\(inner.role.rawValue)")
            if let outer = ordered.dropFirst().last.map({ result.quotations[$0] }), outer.role != inner.role {
                classes.append("qo-\(outer.role.rawValue)")
            }
            for index in ordered {
                let quotation = result.quotations[index]
                var line = "quotation (\(quotation.role.rawValue))"
                if let claim = quotation.claim, claim >= 0, claim < result.claims.count {
                    line += " of claim #\(claim + 1)"
                    claimIDs.insert(claim)
                }
                tooltip.append(line)
            }
        }
        var attributes = " class=\"\(classes.joined(separator: " "))\""
        if !claimIDs.isEmpty { attributes += " data-c=\"\(claimIDs.sorted().map(String.init).joined(separator: " "))\"" }
        attributes += " title=\"\(escape(tooltip.joined(separator: "\n")))\""
        output += "<span\(attributes)>\(body)</span>"
    }

    // MARK: - Tables

    private mutating func renderClaimTable() {
        output += "<section>\n<h2>Claims</h2>\n"
        guard !result.claims.isEmpty else {
            output += "<p class=\"none\">No claims.</p>\n</section>\n"
            return
        }
        output += """
            <table class="claims">
            <colgroup><col class="w-n"><col class="w-kind"><col class="w-source"><col class="w-cue"><col><col class="w-rule"></colgroup>
            <thead><tr><th>#</th><th>kind</th><th>source<br><small>speaker</small></th><th>cue<br><small>lemma</small></th><th>content</th><th>rule<br><small>confidence</small></th></tr></thead>
            <tbody>

            """
        for (index, claim) in result.claims.enumerated() {
            var flags: [String] = []
            if claim.negated { flags.append("negated") }
            if claim.hedged { flags.append("hedged") }
            if let stance = claim.stance { flags.append(stance) }
            let flagText = flags.isEmpty ? "" : "<br><small>\(escape(flags.joined(separator: ", ")))</small>"
            let speaker = claim.speaker.map { "<br><small class=\"sp\">\(escape(result.text[$0.range]))</small>" } ?? ""
            let cue = claim.cue.map { "<span class=\"cue\">\(escape(result.text[$0.range]))</span>" } ?? "—"
            let lemma = claim.cueLemma.map { "<br><small>\(escape($0))</small>" } ?? ""
            output += "<tr data-c=\"\(index)\"><td><span class=\"tag k-\(claim.kind.rawValue)\"><b>\(index + 1)</b></span></td>"
                + "<td>\(escape(claim.kind.rawValue))\(flagText)</td>"
                + "<td>\(escape(claim.source ?? "?"))\(speaker)</td><td>\(cue)\(lemma)</td>"
                + "<td class=\"content\">\(escape(result.text[claim.content.range]))</td>"
                + "<td><code>\(Self.breakable(escape(claim.rule)))</code><br><small>\(Self.format(claim.confidence))</small></td></tr>\n"
        }
        output += "</tbody>\n</table>\n</section>\n"
    }

    private mutating func renderQuotationTable() {
        guard !result.quotations.isEmpty else { return }
        output += """
            <section>
            <h2>Quotations</h2>
            <table class="quotations">
            <thead><tr><th>role</th><th>text</th><th>claim</th></tr></thead>
            <tbody>

            """
        for quotation in result.quotations {
            let claim = quotation.claim.map { "<span class=\"tag\"><b>\($0 + 1)</b></span>" } ?? "—"
            let dataClaim = quotation.claim.map { " data-c=\"\($0)\"" } ?? ""
            output += "<tr\(dataClaim)><td>\(quotation.role.rawValue)</td>"
                + "<td><span class=\"q-\(quotation.role.rawValue)\">\(escape(result.text[quotation.content.range]))</span></td>"
                + "<td>\(claim)</td></tr>\n"
        }
        output += "</tbody>\n</table>\n</section>\n"
    }

    // MARK: - Style

    static let legend = """
        <div class="legend">
        <span class="ct">content</span>
        <span class="ct ct2">nested content</span>
        <span class="cue">cue</span>
        <span class="sp">speaker</span>
        <span class="q-speech">speech quotation</span>
        <span class="q-scare">scare quotation</span>
        <span class="q-title">title</span>
        <span class="sep"></span>
        <span class="tag k-direct"><b>n</b> direct</span>
        <span class="tag k-indirect"><b>n</b> indirect</span>
        <span class="tag k-mixed"><b>n</b> mixed</span>
        <span class="tag k-according"><b>n</b> according</span>
        </div>
        """

    static let style = """
        :root { --content: #fff1a8; --content2: #ffd95a; --cue: #ffb38a; --speaker: #a9d4ff;
                --speech: #1a7f37; --scare: #d4760a; --title: #8250df;
                --direct: #1a7f37; --indirect: #0969da; --mixed: #8250df; --according: #9a6700; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #f6f6f3; color: #1f2328;
               font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
        header, main { max-width: 56rem; margin: 0 auto; padding: 0 1.25rem; }
        header { padding-top: 1.25rem; }
        h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
        .counts { margin: 0 0 .75rem; color: #59636e; }
        .legend { display: flex; flex-wrap: wrap; gap: .4rem .6rem; align-items: center; font-size: .85rem;
                  padding: .6rem .75rem; background: #fff; border: 1px solid #d8dee4; border-radius: 6px; }
        .legend .sep { width: 1px; height: 1.2rem; background: #d8dee4; }
        .document { background: #fff; border: 1px solid #d8dee4; border-radius: 6px; padding: 1rem 1.5rem;
                    margin-top: 1rem; font: 19px/1.9 Georgia, "Noto Serif", "Times New Roman", serif; }
        .document p { margin: 0 0 .9em; white-space: pre-wrap; overflow-wrap: anywhere; }
        .document p:last-child { margin-bottom: 0; }
        .ct { background: var(--content); }
        .ct2 { background: var(--content2); }
        .cue { background: var(--cue); font-weight: 600; }
        .sp { background: var(--speaker); font-weight: 600; }
        .ct, .cue, .sp { border-radius: 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
        .q-speech, .q-scare, .q-title { text-decoration-line: underline; text-decoration-thickness: 2px;
                                        text-underline-offset: 4px; text-decoration-skip-ink: none; }
        .q-speech { text-decoration-color: var(--speech); text-decoration-style: solid; }
        .q-scare { text-decoration-color: var(--scare); text-decoration-style: wavy; text-decoration-thickness: 1.5px; }
        .q-title { text-decoration-color: var(--title); text-decoration-style: double; }
        .qo-speech { border-bottom: 2px solid var(--speech); }
        .qo-scare { border-bottom: 2px dotted var(--scare); }
        .qo-title { border-bottom: 3px double var(--title); }
        .tag { display: inline-block; font: 600 11px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
               color: #fff; background: #59636e; border-radius: 9px; padding: 0 .45em; margin: 0 .2em;
               vertical-align: .35em; white-space: nowrap; max-width: 16em; overflow: hidden; text-overflow: ellipsis; }
        .legend .tag { vertical-align: baseline; }
        .tag b { font-weight: 800; }
        .k-direct { background: var(--direct); }
        .k-indirect { background: var(--indirect); }
        .k-mixed { background: var(--mixed); }
        .k-according { background: var(--according); }
        .hl { outline: 2px solid #1f2328; outline-offset: 1px; }
        table { width: 100%; border-collapse: collapse; background: #fff; font-size: .9rem;
                border: 1px solid #d8dee4; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #eaeef2; }
        th { background: #f0f2f4; font-weight: 600; }
        table.claims { table-layout: fixed; }
        col.w-n { width: 2.6rem; } col.w-kind { width: 6.4rem; } col.w-source { width: 9rem; }
        col.w-cue { width: 8rem; } col.w-rule { width: 9rem; }
        th small, td small { color: #59636e; font-weight: normal; }
        td small.sp { color: inherit; font-weight: 600; }
        td { overflow-wrap: anywhere; }
        table.quotations td:first-child { width: 5rem; } table.quotations td:last-child { width: 4rem; }
        tr.hl { outline: none; background: #fffbe0; }
        code { font-size: .8rem; }
        .none { color: #59636e; }
        """

    static let script = """
        document.querySelectorAll('[data-c]').forEach(function (element) {
          element.addEventListener('mouseenter', function () {
            element.getAttribute('data-c').split(' ').forEach(function (claim) {
              document.querySelectorAll('[data-c~="' + claim + '"]').forEach(function (other) {
                other.classList.add('hl');
              });
            });
          });
          element.addEventListener('mouseleave', function () {
            document.querySelectorAll('.hl').forEach(function (other) { other.classList.remove('hl'); });
          });
        });
        """
}
