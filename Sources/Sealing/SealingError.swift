/// What can go wrong opening something sealed. Neither case says more than that: which part failed is
/// exactly what a forger would like to learn.
public enum SealingError: Error, Equatable, Sendable {
    /// The passphrase does not open the wrapped key (mistyped, or another person's).
    case wrongPassphrase
    /// A sealed line failed authentication: changed, cut, or moved from another talk or position.
    case damaged
    /// The key derivation could not get the memory it needs.
    case outOfMemory
}
