/// The names that conditions are checked against while they are read, before the rest of the
/// references are validated on the model: a level condition keeps one span for a whole list, so
/// its names are checked where each still has its own.
struct Vocabulary {
    /// Level names, least urgent first.
    var levels: [String]
}
