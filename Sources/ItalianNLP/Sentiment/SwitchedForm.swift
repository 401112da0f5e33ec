/// A form to switch over by its literals: `switch SwitchedForm(form) { case "ma", "e": … }`
/// matches exactly as `switch form` does, one case after the other with the same equality, but
/// compares through `StringIdentity.equals`, which answers inline that two short ASCII strings
/// differ. A switch over a String calls the runtime's comparison for every case that fails, and
/// the sense rules switch a term over some forty cases (`FrameSenseRules.filter`).
struct SwitchedForm: Equatable, ExpressibleByStringLiteral {
    let form: String

    @inline(__always)
    init(_ form: String) {
        self.form = form
    }

    @inline(__always)
    init(stringLiteral value: String) {
        form = value
    }

    @inline(__always)
    static func == (left: SwitchedForm, right: SwitchedForm) -> Bool {
        StringIdentity.equals(left.form, right.form)
    }
}
