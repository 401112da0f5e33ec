/// The seat-metonym rule: news names institutions by their seats — "il Viminale" for the interior
/// ministry, "la Farnesina" for the foreign ministry, "Bruxelles" for the European Commission,
/// "l'Eurotower" for the European Central Bank. When the document also names the institution
/// itself ("il ministero dell'Interno", "la Commissione europea"), the seat is that institution,
/// under the name the document gives it; otherwise the seat stays the source ("Palazzo Chigi").
extension AttributionContext {
    /// Seats, lower-cased, and the lower-cased names of the institution each stands for, in the
    /// order of Lexicons/claims/seat-metonyms.tsv.
    static let seatInstitutions: [String: [String]] = {
        var seats: [String: [String]] = [:]
        for row in TSVTable.embedded("claims/seat-metonyms.tsv").rows where !row.column(1).isEmpty {
            seats[String(row.column(0)), default: []].append(String(row.column(1)))
        }
        return seats
    }()

    /// The institution a seat mention stands for, when the document names it, or nil.
    func seatInstitution(of mention: SpeakerMention) -> Int? {
        guard mention.kind == .name, let institutions = Self.seatInstitutions[mention.name.lowercased()] else { return nil }
        return registry.firstEntity(canonicallyNamedAnyOf: institutions) { !$0.plural && !$0.isPerson }
    }
}
