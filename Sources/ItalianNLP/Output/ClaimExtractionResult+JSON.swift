extension ClaimExtractionResult {
    /// Writes the result as the CLI's JSON object:
    ///
    /// ```json
    /// {"claims": [{"kind", "source", "speaker": {"text","start","end"} | null,
    ///              "cue": {"text","start","end"} | null, "content": {"text","start","end"},
    ///              "negated", "hedged", "rule", "confidence", "cueLemma", "stance"}],
    ///  "quotations": [{"role", "text", "start", "end", "claim": index | null, "depth",
    ///                  "opening": {…}, "closing": {…} | null}],
    ///  "warnings": [{"code","message","offset"}]}
    /// ```
    ///
    /// Offsets count Unicode scalars, end-exclusive, in the text as given. With `lineBreaks`,
    /// every claim and quotation starts on a line of its own (still one JSON value).
    public func writeJSON(to json: inout JSONBuffer, lineBreaks: Bool = false) {
        writeJSON(to: &json, warnings: tokenized.warnings, lineBreaks: lineBreaks)
    }

    /// Writes the result as ``writeJSON(to:lineBreaks:)`` does, with `warnings` in place of the
    /// tokeniser's (the CLI adds its input warnings to them).
    public func writeJSON(to json: inout JSONBuffer, warnings: [Warning], lineBreaks: Bool = false) {
        json.raw("{")
        writeJSONMembers(to: &json, lineBreaks: lineBreaks)
        json.raw(",")
        if lineBreaks { json.raw("\n") }
        json.key("warnings")
        TokenizedText(text: text, sentences: [], warnings: warnings).writeWarningsJSON(to: &json)
        json.raw("}")
    }

    /// Writes `"claims":[…],"quotations":[…]` without the enclosing braces, for callers that add
    /// members of their own (the batch mode's `"id"`).
    public func writeJSONMembers(to json: inout JSONBuffer, lineBreaks: Bool = false) {
        json.key("claims")
        writeClaimsJSON(to: &json, lineBreaks: lineBreaks)
        json.raw(",")
        if lineBreaks { json.raw("\n") }
        json.key("quotations")
        writeQuotationsJSON(to: &json, lineBreaks: lineBreaks)
    }

    /// Writes the claims as a JSON array.
    public func writeClaimsJSON(to json: inout JSONBuffer, lineBreaks: Bool = false) {
        writeClaimsJSON(to: &json, lineBreaks: lineBreaks) { _, _ in }
    }

    /// Writes the claims as a JSON array; `extraMembers` may append members to each claim's
    /// object (it is called after the standard ones, with the claim's index).
    public func writeClaimsJSON(
        to json: inout JSONBuffer, lineBreaks: Bool = false, extraMembers: (Int, inout JSONBuffer) -> Void
    ) {
        json.raw("[")
        for (index, claim) in claims.enumerated() {
            if index > 0 { json.raw(",") }
            if lineBreaks { json.raw("\n  ") }
            json.raw("{")
            json.key("kind"); json.string(claim.kind.rawValue)
            json.raw(","); json.key("source"); writeOptionalString(claim.source, to: &json)
            json.raw(","); json.key("speaker"); writeSpan(claim.speaker, to: &json)
            json.raw(","); json.key("cue"); writeSpan(claim.cue, to: &json)
            json.raw(","); json.key("content"); writeSpan(claim.content, to: &json)
            json.raw(","); json.key("negated"); json.bool(claim.negated)
            json.raw(","); json.key("hedged"); json.bool(claim.hedged)
            json.raw(","); json.key("rule"); json.string(claim.rule)
            json.raw(","); json.key("confidence"); json.double(claim.confidence)
            json.raw(","); json.key("cueLemma"); writeOptionalString(claim.cueLemma, to: &json)
            json.raw(","); json.key("stance"); writeOptionalString(claim.stance, to: &json)
            extraMembers(index, &json)
            json.raw("}")
        }
        if lineBreaks && !claims.isEmpty { json.raw("\n") }
        json.raw("]")
    }

    /// Writes the quotations as a JSON array.
    public func writeQuotationsJSON(to json: inout JSONBuffer, lineBreaks: Bool = false) {
        json.raw("[")
        for (index, quotation) in quotations.enumerated() {
            if index > 0 { json.raw(",") }
            if lineBreaks { json.raw("\n  ") }
            json.raw("{")
            json.key("role"); json.string(quotation.role.rawValue)
            json.raw(","); json.key("text"); json.string(text[quotation.content.range])
            json.raw(","); json.key("start"); json.int(quotation.content.scalars.lowerBound)
            json.raw(","); json.key("end"); json.int(quotation.content.scalars.upperBound)
            json.raw(","); json.key("claim")
            if let claim = quotation.claim { json.int(claim) } else { json.raw("null") }
            json.raw(","); json.key("depth"); json.int(quotation.depth)
            json.raw(","); json.key("opening"); writeSpan(quotation.opening, to: &json)
            json.raw(","); json.key("closing"); writeSpan(quotation.closing, to: &json)
            json.raw("}")
        }
        if lineBreaks && !quotations.isEmpty { json.raw("\n") }
        json.raw("]")
    }

    private func writeSpan(_ span: TextSpan?, to json: inout JSONBuffer) {
        guard let span else {
            json.raw("null")
            return
        }
        json.raw("{")
        json.key("text"); json.string(text[span.range])
        json.raw(","); json.key("start"); json.int(span.scalars.lowerBound)
        json.raw(","); json.key("end"); json.int(span.scalars.upperBound)
        json.raw("}")
    }

    private func writeOptionalString(_ value: String?, to json: inout JSONBuffer) {
        if let value { json.string(value) } else { json.raw("null") }
    }
}
