/// The union-name rule: "la Fiom Toscana", "Fim, Fiom e Uilm", "la Cgil", "il Nursind" are trade
/// unions — bodies, not companies — so that "l'azienda" in the next sentence ("La Fiom ha
/// proclamato lo sciopero negli stabilimenti della Elettromeccanica. L'azienda ha replicato …")
/// passes over them to the company, as it passes over a body named with its kind noun ("il
/// sindacato Fiom"). Labour reporting alternates a union and a company in nearly every piece.
extension AttributionContext {
    /// The first words of the names of Italian trade unions and their federations.
    static let unionNameWords: Set<String> = [
        "cgil", "cisl", "uil", "ugl", "fiom", "fim", "uilm", "filctem", "femca", "flaei", "fp", "flc", "filt", "fit", "uiltrasporti",
        "usb", "cobas", "cub", "nursind", "nursing", "anaao", "fabi", "first", "fisac", "slc", "nidil", "fillea", "filca", "feneal",
        "flai", "fai", "uila", "snals", "gilda", "confsal", "orsa", "faisa", "filcams", "fisascat", "uiltucs", "uilpa", "spi",
        "fnp", "uilp", "sinappe", "sappe", "siulp", "sap", "cimo", "fimmg", "smi", "snami",
    ]

    /// Whether a name mention names a trade union by its first word.
    func isUnionName(_ mention: SpeakerMention) -> Bool {
        mention.kind == .name && !mention.hasGivenName && document.isCapitalized(mention.core.lowerBound)
            && Self.unionNameWords.contains(document.form(mention.core.lowerBound))
    }
}
