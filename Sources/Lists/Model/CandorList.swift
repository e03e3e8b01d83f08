/// A list of things people may want, rate or rule out: a title, where it came from, and its categories.
public struct CandorList: Equatable, Sendable {
    public var title: String
    public var source: String?
    public var categories: [ListCategory]

    public init(title: String, source: String? = nil, categories: [ListCategory]) {
        self.title = title
        self.source = source
        self.categories = categories
    }

    /// Every item, in file order.
    public var items: [ListItem] { categories.flatMap(\.items) }
}

public struct ListCategory: Equatable, Sendable {
    public var id: ListID
    public var name: String
    /// The roles its items are asked in, unless an item says otherwise.
    public var roles: Roles
    public var items: [ListItem]

    public init(id: ListID, name: String, roles: Roles = .general, items: [ListItem] = []) {
        self.id = id
        self.name = name
        self.roles = roles
        self.items = items
    }
}

public struct ListItem: Equatable, Sendable {
    /// Stable: answers attach to it, never to the item's position.
    public var id: ListID
    public var name: String
    /// Only when it differs from its category's roles.
    public var roles: Roles?
    public var description: String?
    public var cautions: [String]

    public init(
        id: ListID, name: String, roles: Roles? = nil, description: String? = nil, cautions: [String] = []
    ) {
        self.id = id
        self.name = name
        self.roles = roles
        self.description = description
        self.cautions = cautions
    }
}
