/// A named list of things to rate, such as activities.
public struct Catalog: Sendable, Equatable {
    public var id: String
    public var title: String
    public var items: [CatalogItem]
    /// `catalog ID from "FILE"`: the list file its items come from (as written, relative to the talk).
    public var list: String?
    public var location: SourceLocation

    public init(id: String, title: String, items: [CatalogItem] = [], location: SourceLocation = .unknown) {
        self.id = id
        self.title = title
        self.items = items
        self.location = location
    }
}

public struct CatalogItem: Sendable, Equatable {
    public var id: String
    public var label: String
    /// Empty when the item is rated once; else rated once per role (for example giving, receiving).
    public var roles: [String]
    public var highRisk: Bool
    public var note: String?
    /// Shown whenever the item is rated, and again in tips: what can go wrong and how to be careful.
    public var caution: String?
    /// The category it was listed under, for an item from a list file (`catalog ID from`, `--list`);
    /// nil for a talk's own items, which are grouped by their catalog.
    public var category: String?
    public var location: SourceLocation

    public init(
        id: String, label: String, roles: [String] = [], highRisk: Bool = false, note: String? = nil,
        caution: String? = nil, category: String? = nil, location: SourceLocation = .unknown
    ) {
        self.category = category
        self.id = id
        self.label = label
        self.roles = roles
        self.highRisk = highRisk
        self.note = note
        self.caution = caution
        self.location = location
    }
}
