/// Adjectives of origin ("toscana", "pisano", "olandese") from Lexicons/claims/origin-adjectives.tsv,
/// compared by stem, each with the broader area it belongs to: news writing names a company it
/// has introduced by a description of where it is from ("Marchetti Tubi, il gruppo pisano" …
/// "l'azienda toscana"), and tells two companies apart the same way ("la società bresciana").
struct OriginAdjectives: Sendable {
    /// The area of each known stem ("pisan" → "toscan"); a stem with no broader area maps to "".
    private let areas: [String: String]

    static let shared = OriginAdjectives()

    init() {
        var areas: [String: String] = [:]
        for row in TSVTable.embedded("claims/origin-adjectives.tsv").rows {
            let area = String(row.column(1))
            areas[Self.stem(of: String(row.column(0)))] = area == "-" ? "" : Self.stem(of: area)
        }
        self.areas = areas
    }

    /// A form without its gender and number ending: "pisana", "pisani" → "pisan"; "bergamaschi"
    /// → "bergamasc"; "senesi" → "senes".
    static func stem(of form: String) -> String {
        var stem = form.lowercased()
        if stem.hasSuffix("chi") || stem.hasSuffix("che") || stem.hasSuffix("ghi") || stem.hasSuffix("ghe") {
            stem.removeLast(2)
            return stem
        }
        if let last = stem.last, "aeio".contains(last), stem.count > 3 { stem.removeLast() }
        return stem
    }

    /// The stem of `form` when the lexicon knows it as an adjective of origin.
    func origin(of form: String) -> String? {
        let stem = Self.stem(of: form)
        return areas[stem] == nil ? nil : stem
    }

    /// Whether two known origins can describe the same organisation: the same stem, or one is the
    /// other's area (directly or through the area's own area: "pisan" and "italian").
    func agree(_ first: String, _ second: String) -> Bool {
        first == second || contains(first, second) || contains(second, first)
    }

    /// Whether `inner` lies within `outer`, following areas up to three steps.
    private func contains(_ outer: String, _ inner: String) -> Bool {
        var current = inner
        for _ in 0..<3 {
            guard let area = areas[current], !area.isEmpty else { return false }
            if area == outer { return true }
            current = area
        }
        return false
    }
}
