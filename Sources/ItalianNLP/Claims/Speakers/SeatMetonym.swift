/// The seat-metonym rule: news names institutions by their seats — "il Viminale" for the interior
/// ministry, "la Farnesina" for the foreign ministry, "Bruxelles" for the European Commission,
/// "l'Eurotower" for the European Central Bank. When the document also names the institution
/// itself ("il ministero dell'Interno", "la Commissione europea"), the seat is that institution,
/// under the name the document gives it; otherwise the seat stays the source ("Palazzo Chigi").
extension AttributionContext {
    /// Seats, lower-cased, and the lower-cased names of the institution each stands for.
    static let seatInstitutions: [String: [String]] = [
        "viminale": ["ministero dell'interno"],
        "farnesina": ["ministero degli esteri", "ministero degli affari esteri"],
        "bruxelles": ["commissione europea", "commissione ue"],
        "eurotower": ["banca centrale europea", "bce"],
        "francoforte": ["banca centrale europea", "bce"],
        "via nazionale": ["banca d'italia", "bankitalia"],
        "palazzo koch": ["banca d'italia", "bankitalia"],
        "via arenula": ["ministero della giustizia"],
        "via xx settembre": ["ministero dell'economia", "mef"],
        "montecitorio": ["camera dei deputati"],
        "palazzo madama": ["senato"],
        "palazzo chigi": ["presidenza del consiglio"],
    ]

    /// The institution a seat mention stands for, when the document names it, or nil.
    func seatInstitution(of mention: SpeakerMention) -> Int? {
        guard mention.kind == .name, let institutions = Self.seatInstitutions[mention.name.lowercased()] else { return nil }
        return registry.firstEntity(canonicallyNamedAnyOf: institutions) { !$0.plural && !$0.isPerson }
    }
}
