/// Hands out ids from names. A category's id is its name's slug; an item's is its category's id, a hyphen
/// and its name's slug. When an id is taken, the later one in file order gets "-2", then "-3", and so on;
/// so an item added later never changes an earlier item's id. Ids given in a file are reserved first.
public struct IDAllocator: Sendable {
    private var taken: Set<ListID> = []

    public init(reserved: some Sequence<ListID> = []) {
        taken = Set(reserved)
    }

    public mutating func reserve(_ id: ListID) { taken.insert(id) }

    public mutating func category(named name: String) -> ListID {
        next(ListID.slug(name))
    }

    public mutating func item(named name: String, in category: ListID) -> ListID {
        next(category.rawValue + "-" + ListID.slug(name))
    }

    private mutating func next(_ base: String) -> ListID {
        var candidate = base
        var number = 2
        while taken.contains(ListID(candidate)!) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        let id = ListID(candidate)!
        taken.insert(id)
        return id
    }
}
