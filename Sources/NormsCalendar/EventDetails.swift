import CICal
import Foundation
import NormsSource

/// What an event says about itself, besides its times: read once, shared by its instances.
struct Details {
    var summary: String
    var categories: [String]
    var isTransparent: Bool
    var isCancelled: Bool
    var busyStatus: String?
    var declinedBy: [String]

    /// Reads the event's properties (inside ``LibICal/withLock(_:)``).
    init(_ component: OpaquePointer) {
        summary = LibICal.text(icalcomponent_get_summary(component)) ?? ""
        var categories: [String] = []
        var declined: [String] = []
        var busyStatus: String?
        var isTransparent = false
        var isCancelled = false
        var property = icalcomponent_get_first_property(component, ICAL_ANY_PROPERTY)
        while let current = property {
            property = icalcomponent_get_next_property(component, ICAL_ANY_PROPERTY)
            switch icalproperty_isa(current) {
            case ICAL_CATEGORIES_PROPERTY:
                let list = LibICal.text(icalproperty_get_categories(current)) ?? ""
                categories += list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            case ICAL_TRANSP_PROPERTY:
                let transparency = icalproperty_get_transp(current)
                isTransparent = transparency == ICAL_TRANSP_TRANSPARENT || transparency == ICAL_TRANSP_TRANSPARENTNOCONFLICT
            case ICAL_STATUS_PROPERTY:
                isCancelled = icalproperty_get_status(current) == ICAL_STATUS_CANCELLED
            case ICAL_ATTENDEE_PROPERTY:
                if let parameter = icalproperty_get_first_parameter(current, ICAL_PARTSTAT_PARAMETER),
                   icalparameter_get_partstat(parameter) == ICAL_PARTSTAT_DECLINED,
                   let address = LibICal.text(icalproperty_get_attendee(current)) {
                    declined.append(Self.address(address))
                }
            case ICAL_X_PROPERTY:
                if LibICal.text(icalproperty_get_x_name(current))?.uppercased() == "X-MICROSOFT-CDO-BUSYSTATUS" {
                    busyStatus = LibICal.text(icalproperty_get_value_as_string(current))?.trimmingCharacters(in: .whitespaces).uppercased()
                }
            default:
                break
            }
        }
        self.categories = categories
        self.declinedBy = declined
        self.busyStatus = busyStatus
        self.isTransparent = isTransparent
        self.isCancelled = isCancelled
    }

    /// An attendee's address, lower-cased and without `mailto:`.
    static func address(_ text: String) -> String {
        let lower = text.lowercased()
        return lower.hasPrefix("mailto:") ? String(lower.dropFirst(7)) : lower
    }

    func instance(start: CalendarTime, end: CalendarTime, instants: (Int64, Int64), dates: (CalendarDate, CalendarDate),
                  position: SourcePosition) -> CalendarInstance {
        CalendarInstance(start: start, end: end, firstDate: dates.0, lastDate: dates.1, summary: summary, categories: categories,
                         isTransparent: isTransparent, isCancelled: isCancelled, busyStatus: busyStatus, declinedBy: declinedBy,
                         startInstant: instants.0, endInstant: instants.1, position: position)
    }
}
