import Glibc

/// Work begun on a thread of its own now, its result taken later (`wait`): for two independent, slow
/// reads at the start of a command (resuming a long talk reads its talk and its journal side by side).
/// Without a thread (pthread_create failing) the work is done at once, in line.
final class Background<T: Sendable>: @unchecked Sendable {
    private var result: Result<T, any Error>?
    private var thread: pthread_t?

    init(_ work: @escaping @Sendable () throws -> T) {
        // The job holds this object until the work is done, so it is never written after being freed.
        let job = BackgroundJob { self.result = Result { try work() } }
        thread = job.start()
        if thread == nil { result = Result { try work() } }
    }

    /// The work's result, once it is done (joining its thread: what it wrote is seen here after).
    func wait() throws -> T {
        if let thread {
            pthread_join(thread, nil)
            self.thread = nil
        }
        return try result!.get()
    }
}

/// The thread itself: runs `body` once. Not generic, so the C entry point below can name it.
private final class BackgroundJob: @unchecked Sendable {
    let body: () -> Void

    init(_ body: @escaping () -> Void) { self.body = body }

    /// The running thread; nil when none could be made (nothing ran).
    func start() -> pthread_t? {
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        guard pthread_create(&thread, nil, backgroundEntry, context) == 0 else {
            Unmanaged<BackgroundJob>.fromOpaque(context).release()
            return nil
        }
        return thread
    }
}

private func backgroundEntry(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    Unmanaged<BackgroundJob>.fromOpaque(context!).takeRetainedValue().body()
    return nil
}
