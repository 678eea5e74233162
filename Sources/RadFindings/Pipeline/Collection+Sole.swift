extension Collection {
    /// The one element `matches` holds for — "the one earlier finding of its type" —, nil when none does or more than
    /// one. Stops at the second match.
    func sole(where matches: (Element) -> Bool) -> Element? {
        var found: Element?
        for element in self where matches(element) {
            if found != nil { return nil }
            found = element
        }
        return found
    }
}
