/// Candor's version, printed by `candor --version`.
enum Version {
    static let current = "0.1.0"
}
