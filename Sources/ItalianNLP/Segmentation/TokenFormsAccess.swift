import CICU

/// Reads the forms objects of tokens held in a buffer without retaining them, and prefetches
/// the objects of tokens ahead.
///
/// The analyses walk a sentence's tokens in order and read each token's `TokenForms` (its forms,
/// and the answers remembered on it). Two costs came with each read: a retain and a release of
/// the object (atomic operations, for a reference the token array keeps alive anyway), and a
/// wait for memory, since the object lies wherever it was allocated when its spelling was first
/// met, and the part of it past the surface (the expansion and the remembered answers, in its
/// second cache line) was last touched long before. Here the reference is read as the raw bits
/// of the token's `forms` field and lent to the caller for the length of a call; and the object
/// of a token a few places ahead is prefetched, both its lines, while the caller works on this one.
/// (A generic "call this closure with the object" made the compiler copy the closure's results
/// through their type's value witnesses; each read below returns one concrete value.)
///
/// Valid only while the buffer's tokens are alive and unchanged, which a caller reading them in
/// place ensures (the buffer of `withContiguousStorageIfAvailable`).
struct TokenFormsAccess {
    private let base: UnsafeRawPointer
    private let count: Int
    private let formsOffset: Int

    /// How many tokens ahead the forms objects are prefetched: a token takes a few hundred
    /// instructions to handle, and a read from memory a few hundred cycles.
    static let prefetchDistance = 6

    /// The byte offset of `Token.forms` in a Token, or nil where the layout does not say (then
    /// callers read tokens the ordinary way).
    private static let offsetOfForms: Int? = MemoryLayout<Token>.offset(of: \Token.forms)

    /// Access to the tokens of `buffer`, or nil when the buffer is empty or `Token`'s layout is
    /// not known.
    init?(_ buffer: UnsafeBufferPointer<Token>) {
        guard let base = buffer.baseAddress, let offset = Self.offsetOfForms else { return nil }
        self.base = UnsafeRawPointer(base)
        count = buffer.count
        formsOffset = offset
    }

    /// The forms object of token `position` (which must be in the buffer), unretained: valid
    /// while the buffer's tokens are. Read it through `_withUnsafeGuaranteedRef` (no retain).
    @inline(__always)
    func forms(of position: Int) -> Unmanaged<TokenForms> {
        precondition(position >= 0 && position < count, "TokenFormsAccess position out of range")
        return base.load(fromByteOffset: position * MemoryLayout<Token>.stride + formsOffset, as: Unmanaged<TokenForms>.self)
    }

    /// Prefetches the forms object of token `position` (nothing when it is past the buffer).
    @inline(__always)
    func prefetchForms(of position: Int) {
        guard position < count else { return }
        let address = base.load(fromByteOffset: position * MemoryLayout<Token>.stride + formsOffset, as: UInt.self)
        // The object's fields span two cache lines: both are asked for. A prefetch never faults.
        cicu_prefetch(UnsafeRawPointer(bitPattern: address))
        cicu_prefetch(UnsafeRawPointer(bitPattern: address &+ 64))
    }
}
