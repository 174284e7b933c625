/// The part of the SARIF 2.1.0 object model that `norms lint` writes, as Codable values.
///
/// Property names follow the SARIF specification exactly; optional properties are left out when
/// `nil`.
struct SARIFLog: Codable, Equatable {
    var schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    struct Run: Codable, Equatable {
        var tool: Tool
        var results: [Result]
        /// Columns count Unicode code points, as every position in `norms` does.
        var columnKind = "unicodeCodePoints"
        /// Written only when the run had problems: then `executionSuccessful` is `false` and each
        /// problem is a notification, so that a viewer does not take the missing results as fixed.
        var invocations: [Invocation]?
    }

    struct Invocation: Codable, Equatable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]?
    }

    struct Notification: Codable, Equatable {
        var level: String
        var message: Message
        var descriptor: ReportingDescriptorReference?
        var locations: [Location]?
    }

    struct ReportingDescriptorReference: Codable, Equatable {
        var id: String
    }

    struct Tool: Codable, Equatable {
        var driver: Driver
    }

    struct Driver: Codable, Equatable {
        var name: String
        var version: String
        var semanticVersion: String
        var informationUri: String?
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Codable, Equatable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: MultiformatMessage
        var defaultConfiguration: Configuration
        var properties: Properties
    }

    struct Configuration: Codable, Equatable {
        var level: String
    }

    struct Properties: Codable, Equatable {
        var category: String
        var tags: [String]
    }

    struct Message: Codable, Equatable {
        var text: String
    }

    struct MultiformatMessage: Codable, Equatable {
        var text: String
        var markdown: String
    }

    struct Result: Codable, Equatable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [Location]?
    }

    struct Location: Codable, Equatable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Message?
    }

    struct PhysicalLocation: Codable, Equatable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Codable, Equatable {
        var uri: String
    }

    struct Region: Codable, Equatable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
    }
}
