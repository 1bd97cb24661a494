extension AWSValue {
    /// This object with member `name` set (replaced in place, or appended).
    func setting(_ name: String, _ value: AWSValue) -> AWSValue {
        var members = self.members ?? []
        if let index = members.firstIndex(where: { $0.name == name }) {
            members[index].value = value
        } else {
            members.append(Member(name, value))
        }
        return .object(members)
    }
}
