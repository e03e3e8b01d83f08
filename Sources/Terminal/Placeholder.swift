import CLibEdit
public func libeditProbe() -> Bool {
    guard let h = history_init() else { return false }
    _ = candor_history_setsize(h, 100)
    history_end(h)
    return true
}
