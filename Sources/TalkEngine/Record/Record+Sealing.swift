import TalkScript

/// What a talk keeps sealed on disk (docs/privacy.md). The engine only decides which events are whose
/// secret; the store seals and opens them (`TalkStore/Sealed`), and keys never reach the record.
public enum Sealing: String, Sendable, Equatable, Codable {
    /// Together: each person's private answers, private flags and private notes, under their own key.
    /// What both saw (joint answers, agreements, reveals' results, names, dates, status) stays plain.
    case privateAnswers = "private"
    /// Practising alone with `--lock`: everything but what `list` shows (the talk, dates, status).
    case whole = "all"
}

/// A person's data key as the record keeps it: wrapped under their passphrase, so it is safe to store.
/// Base64 text and the Argon2id limits it was made with; the store turns it into a `WrappedKey`.
public struct StoredKey: Sendable, Equatable, Codable {
    public var salt: String
    public var opsLimit: UInt64
    public var memLimit: Int
    /// nonce || sealed data key || tag, in base64.
    public var wrapped: String

    public init(salt: String, opsLimit: UInt64, memLimit: Int, wrapped: String) {
        self.salt = salt
        self.opsLimit = opsLimit
        self.memLimit = memLimit
        self.wrapped = wrapped
    }

    private enum CodingKeys: String, CodingKey {
        case memLimit = "mem"
        case opsLimit = "ops"
        case salt, wrapped
    }
}

/// A sealed journal line not opened yet: whose it is, where it stands, and its bytes (base64 of
/// nonce || ciphertext || tag). Opening it needs its author's key and its exact place (talk, seq).
public struct SealedEntry: Sendable, Equatable, Codable {
    public var seq: Int
    public var by: PersonID
    public var box: String

    public init(seq: Int, by: PersonID, box: String) {
        self.seq = seq
        self.by = by
        self.box = box
    }
}

extension Record {
    /// Whose secret an event is, so the store writes it sealed under that person's key; nil: it is
    /// written plain. One rule for every writer (a running talk, `lock`, the tests).
    ///
    /// Together, a person's answers and the flags raised by them are theirs. The readiness check is the
    /// exception: a talk is saved only once everyone is ready, so its saved answers say nothing private,
    /// and no one has to choose a passphrase before knowing the talk will happen.
    public func sealedAuthor(of event: Event, script: Script?) -> PersonID? {
        switch sealing {
        case nil:
            return nil
        case .whole?:
            switch event.type {
            case .started, .keyed, .paused, .resumed, .stopped, .ended, .completed: return nil
            default: return people.first?.id ?? .first
            }
        case .privateAnswers?:
            switch event.type {
            case .answered, .rated, .added:
                guard let by = event.by, let question = event.question else { return nil }
                if let script, script.isReadiness(question: question) { return nil }
                return by
            case .flagged, .carriedOn:
                return event.by
            default:
                return nil
            }
        }
    }

    /// People with sealed lines not opened in this record: their private answers are not in it.
    public var lockedPeople: Set<PersonID> { Set((sealed ?? []).map(\.by)) }

    /// Keeps a sealed line as it is, to be opened when its author unlocks.
    public mutating func holdSealed(_ entry: SealedEntry) {
        sealed = (sealed ?? []) + [entry]
    }

    /// Folds in a person's opened lines (in journal order) and forgets their sealed copies. They are
    /// their own answers, flags and notes, which nothing plain depends on; the talk's status comes from
    /// plain events alone, so opening never changes it.
    public mutating func open(_ events: [Event], for person: PersonID) {
        for event in events { apply(event, opened: true) }
        sealed = sealed?.filter { $0.by != person }
        if sealed?.isEmpty == true { sealed = nil }
    }
}

extension Script {
    /// Whether a question belongs to the readiness check.
    public func isReadiness(question id: String) -> Bool {
        steps.contains { step in
            step.id == Script.readinessStepId
                && step.nodes.contains { if case .ask(let q) = $0 { q.id == id } else { false } }
        }
    }
}

extension Record {
    /// The record as one person may see it alone (`show --mine`): their own private answers and flags,
    /// what both shared, and nothing of anyone else's private answers, sealed or not.
    public func keepingPrivate(of person: PersonID, script: Script?) -> Record {
        guard mode == .together else { return self }
        var copy = self
        for (question, byPerson) in answers {
            // Joint answers are everyone's; anything else by someone else is theirs (an unknown question too).
            if let q = script?.question(question), q.who == .both { continue }
            copy.answers[question] = byPerson.filter { $0.key == person }
        }
        copy.flags = flags.filter { $0.by == nil || $0.by == person }
        copy.sealed = sealed?.filter { $0.by == person }
        return copy
    }
}
