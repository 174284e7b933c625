import Foundation

// The tables behind ``ZoneID/classify(_:knows:)``: aliases with their current ids, abbreviations
// with the region ids they likely mean, and the region ids offered for a fixed offset.

extension ZoneID {
    // MARK: - Aliases

    /// Aliases the time-zone database keeps for compatibility, each with the id to write instead.
    ///
    /// The links of tzdata 2025b's `backward` file whose name is not the zone of a country in
    /// `zone.tab`: renamed places (`Asia/Calcutta`, `Europe/Kiev`), the pre-1993 country and state
    /// names (`US/Eastern`, `Canada/Pacific`, `Japan`), the POSIX-style `EST5EDT` family, and every
    /// name of UTC (`GMT`, `Etc/UTC`, `Zulu`), which this format writes `UTC`. Where the database
    /// links a name to a zone elsewhere with the same clocks (`Iceland` to `Africa/Abidjan`), the
    /// table names the place's own id from `zone.tab` (`Atlantic/Reykjavik`), as the file's `#=`
    /// remarks do. Zones merged into another one but still listed in `zone.tab` (`Europe/Bratislava`,
    /// `Europe/Vatican`) are region ids of their own and stay accepted.
    ///
    /// A table rather than the system's files: Debian and others leave the `backward` file out, and
    /// macOS has none, so the same policy would be judged differently on two machines.
    public static let legacyNames: [String: String] = [
        "Africa/Asmera": "Africa/Asmara",
        "Africa/Timbuktu": "Africa/Bamako",
        "America/Argentina/ComodRivadavia": "America/Argentina/Catamarca",
        "America/Atka": "America/Adak",
        "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
        "America/Catamarca": "America/Argentina/Catamarca",
        "America/Coral_Harbour": "America/Atikokan",
        "America/Cordoba": "America/Argentina/Cordoba",
        "America/Ensenada": "America/Tijuana",
        "America/Fort_Wayne": "America/Indiana/Indianapolis",
        "America/Godthab": "America/Nuuk",
        "America/Indianapolis": "America/Indiana/Indianapolis",
        "America/Jujuy": "America/Argentina/Jujuy",
        "America/Knox_IN": "America/Indiana/Knox",
        "America/Louisville": "America/Kentucky/Louisville",
        "America/Mendoza": "America/Argentina/Mendoza",
        "America/Montreal": "America/Toronto",
        "America/Nipigon": "America/Toronto",
        "America/Pangnirtung": "America/Iqaluit",
        "America/Porto_Acre": "America/Rio_Branco",
        "America/Rainy_River": "America/Winnipeg",
        "America/Rosario": "America/Argentina/Cordoba",
        "America/Santa_Isabel": "America/Tijuana",
        "America/Shiprock": "America/Denver",
        "America/Thunder_Bay": "America/Toronto",
        "America/Virgin": "America/St_Thomas",
        "America/Yellowknife": "America/Edmonton",
        "Antarctica/South_Pole": "Antarctica/McMurdo",
        "Asia/Ashkhabad": "Asia/Ashgabat",
        "Asia/Calcutta": "Asia/Kolkata",
        "Asia/Choibalsan": "Asia/Ulaanbaatar",
        "Asia/Chongqing": "Asia/Shanghai",
        "Asia/Chungking": "Asia/Shanghai",
        "Asia/Dacca": "Asia/Dhaka",
        "Asia/Harbin": "Asia/Shanghai",
        "Asia/Istanbul": "Europe/Istanbul",
        "Asia/Kashgar": "Asia/Urumqi",
        "Asia/Katmandu": "Asia/Kathmandu",
        "Asia/Macao": "Asia/Macau",
        "Asia/Rangoon": "Asia/Yangon",
        "Asia/Saigon": "Asia/Ho_Chi_Minh",
        "Asia/Tel_Aviv": "Asia/Jerusalem",
        "Asia/Thimbu": "Asia/Thimphu",
        "Asia/Ujung_Pandang": "Asia/Makassar",
        "Asia/Ulan_Bator": "Asia/Ulaanbaatar",
        "Atlantic/Faeroe": "Atlantic/Faroe",
        "Atlantic/Jan_Mayen": "Arctic/Longyearbyen",
        "Australia/ACT": "Australia/Sydney",
        "Australia/Canberra": "Australia/Sydney",
        "Australia/Currie": "Australia/Hobart",
        "Australia/LHI": "Australia/Lord_Howe",
        "Australia/NSW": "Australia/Sydney",
        "Australia/North": "Australia/Darwin",
        "Australia/Queensland": "Australia/Brisbane",
        "Australia/South": "Australia/Adelaide",
        "Australia/Tasmania": "Australia/Hobart",
        "Australia/Victoria": "Australia/Melbourne",
        "Australia/West": "Australia/Perth",
        "Australia/Yancowinna": "Australia/Broken_Hill",
        "Brazil/Acre": "America/Rio_Branco",
        "Brazil/DeNoronha": "America/Noronha",
        "Brazil/East": "America/Sao_Paulo",
        "Brazil/West": "America/Manaus",
        "CST6CDT": "America/Chicago",
        "Canada/Atlantic": "America/Halifax",
        "Canada/Central": "America/Winnipeg",
        "Canada/Eastern": "America/Toronto",
        "Canada/Mountain": "America/Edmonton",
        "Canada/Newfoundland": "America/St_Johns",
        "Canada/Pacific": "America/Vancouver",
        "Canada/Saskatchewan": "America/Regina",
        "Canada/Yukon": "America/Whitehorse",
        "Chile/Continental": "America/Santiago",
        "Chile/EasterIsland": "Pacific/Easter",
        "Cuba": "America/Havana",
        "EST5EDT": "America/New_York",
        "Egypt": "Africa/Cairo",
        "Eire": "Europe/Dublin",
        "Etc/GMT": "UTC",
        "Etc/GMT+0": "UTC",
        "Etc/GMT-0": "UTC",
        "Etc/GMT0": "UTC",
        "Etc/Greenwich": "UTC",
        "Etc/UCT": "UTC",
        "Etc/UTC": "UTC",
        "Etc/Universal": "UTC",
        "Etc/Zulu": "UTC",
        "Europe/Belfast": "Europe/London",
        "Europe/Kiev": "Europe/Kyiv",
        "Europe/Nicosia": "Asia/Nicosia",
        "Europe/Tiraspol": "Europe/Chisinau",
        "Europe/Uzhgorod": "Europe/Kyiv",
        "Europe/Zaporozhye": "Europe/Kyiv",
        "GB": "Europe/London",
        "GB-Eire": "Europe/London",
        "GMT": "UTC",
        "GMT+0": "UTC",
        "GMT-0": "UTC",
        "GMT0": "UTC",
        "Greenwich": "UTC",
        "Hongkong": "Asia/Hong_Kong",
        "Iceland": "Atlantic/Reykjavik",
        "Iran": "Asia/Tehran",
        "Israel": "Asia/Jerusalem",
        "Jamaica": "America/Jamaica",
        "Japan": "Asia/Tokyo",
        "Kwajalein": "Pacific/Kwajalein",
        "Libya": "Africa/Tripoli",
        "MST7MDT": "America/Denver",
        "Mexico/BajaNorte": "America/Tijuana",
        "Mexico/BajaSur": "America/Mazatlan",
        "Mexico/General": "America/Mexico_City",
        "NZ": "Pacific/Auckland",
        "NZ-CHAT": "Pacific/Chatham",
        "Navajo": "America/Denver",
        "PRC": "Asia/Shanghai",
        "PST8PDT": "America/Los_Angeles",
        "Pacific/Enderbury": "Pacific/Kanton",
        "Pacific/Johnston": "Pacific/Honolulu",
        "Pacific/Ponape": "Pacific/Pohnpei",
        "Pacific/Samoa": "Pacific/Pago_Pago",
        "Pacific/Truk": "Pacific/Chuuk",
        "Pacific/Yap": "Pacific/Chuuk",
        "Poland": "Europe/Warsaw",
        "Portugal": "Europe/Lisbon",
        "ROC": "Asia/Taipei",
        "ROK": "Asia/Seoul",
        "Singapore": "Asia/Singapore",
        "Turkey": "Europe/Istanbul",
        "UCT": "UTC",
        "US/Alaska": "America/Anchorage",
        "US/Aleutian": "America/Adak",
        "US/Arizona": "America/Phoenix",
        "US/Central": "America/Chicago",
        "US/East-Indiana": "America/Indiana/Indianapolis",
        "US/Eastern": "America/New_York",
        "US/Hawaii": "Pacific/Honolulu",
        "US/Indiana-Starke": "America/Indiana/Knox",
        "US/Michigan": "America/Detroit",
        "US/Mountain": "America/Denver",
        "US/Pacific": "America/Los_Angeles",
        "US/Samoa": "Pacific/Pago_Pago",
        "Universal": "UTC",
        "W-SU": "Europe/Moscow",
        "Zulu": "UTC",
    ]

    /// The names of UTC that also read as the time in Greenwich, which the United Kingdom leaves in summer.
    static let greenwichNames: Set<String> = [
        "GMT", "GMT0", "GMT+0", "GMT-0", "Greenwich", "Etc/GMT", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0", "Etc/Greenwich",
    ]

    // MARK: - Abbreviations

    /// Time-zone abbreviations (upper case) and the region ids each most likely means, most likely
    /// first. An abbreviation that several places use (`CST`: Chicago and Shanghai; `IST`: India,
    /// Ireland and Israel) lists them all.
    public static let abbreviations: [String: [String]] = [
        // North America
        "EST": ["America/New_York", "America/Toronto", "America/Detroit", "America/Panama"],
        "EDT": ["America/New_York", "America/Toronto", "America/Detroit"],
        "ET": ["America/New_York", "America/Toronto", "America/Detroit"],
        "CST": ["America/Chicago", "America/Winnipeg", "America/Mexico_City", "Asia/Shanghai", "America/Havana"],
        "CDT": ["America/Chicago", "America/Winnipeg", "America/Havana"],
        "CT": ["America/Chicago", "America/Winnipeg", "America/Mexico_City"],
        "MST": ["America/Denver", "America/Edmonton", "America/Phoenix"],
        "MDT": ["America/Denver", "America/Edmonton"],
        "MT": ["America/Denver", "America/Edmonton", "America/Phoenix"],
        "PST": ["America/Los_Angeles", "America/Vancouver", "America/Tijuana"],
        "PDT": ["America/Los_Angeles", "America/Vancouver", "America/Tijuana"],
        "PT": ["America/Los_Angeles", "America/Vancouver", "America/Tijuana"],
        "AKST": ["America/Anchorage"],
        "AKDT": ["America/Anchorage"],
        "HST": ["Pacific/Honolulu", "America/Adak"],
        "HDT": ["America/Adak"],
        "AST": ["America/Halifax", "America/Puerto_Rico", "Asia/Riyadh"],
        "ADT": ["America/Halifax"],
        "NST": ["America/St_Johns"],
        "NDT": ["America/St_Johns"],
        // South America
        "BRT": ["America/Sao_Paulo"],
        "BRST": ["America/Sao_Paulo"],
        "ART": ["America/Argentina/Buenos_Aires"],
        "CLT": ["America/Santiago"],
        "CLST": ["America/Santiago"],
        "COT": ["America/Bogota"],
        "PET": ["America/Lima"],
        "VET": ["America/Caracas"],
        // Europe and Africa
        "UT": ["UTC"],
        "Z": ["UTC"],
        "BST": ["Europe/London", "Asia/Dhaka"],
        "IST": ["Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"],
        "WET": ["Europe/Lisbon", "Atlantic/Canary", "Atlantic/Madeira"],
        "WEST": ["Europe/Lisbon", "Atlantic/Canary", "Atlantic/Madeira"],
        "CET": ["Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome", "Europe/Amsterdam"],
        "CEST": ["Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome", "Europe/Amsterdam"],
        "MET": ["Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome", "Europe/Amsterdam"],
        "MEST": ["Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome", "Europe/Amsterdam"],
        "EET": ["Europe/Athens", "Europe/Helsinki", "Europe/Bucharest", "Europe/Kyiv", "Africa/Cairo"],
        "EEST": ["Europe/Athens", "Europe/Helsinki", "Europe/Bucharest", "Europe/Kyiv", "Africa/Cairo"],
        "MSK": ["Europe/Moscow"],
        "MSD": ["Europe/Moscow"],
        "TRT": ["Europe/Istanbul"],
        "WAT": ["Africa/Lagos", "Africa/Kinshasa"],
        "CAT": ["Africa/Maputo", "Africa/Harare"],
        "SAST": ["Africa/Johannesburg"],
        "EAT": ["Africa/Nairobi", "Africa/Addis_Ababa"],
        // Asia and the Pacific
        "GST": ["Asia/Dubai"],
        "IRST": ["Asia/Tehran"],
        "PKT": ["Asia/Karachi"],
        "NPT": ["Asia/Kathmandu"],
        "BDT": ["Asia/Dhaka"],
        "ICT": ["Asia/Bangkok", "Asia/Ho_Chi_Minh"],
        "WIB": ["Asia/Jakarta"],
        "WITA": ["Asia/Makassar"],
        "WIT": ["Asia/Jayapura"],
        "SGT": ["Asia/Singapore"],
        "HKT": ["Asia/Hong_Kong"],
        "PHT": ["Asia/Manila"],
        "JST": ["Asia/Tokyo"],
        "KST": ["Asia/Seoul"],
        "AWST": ["Australia/Perth"],
        "ACST": ["Australia/Adelaide", "Australia/Darwin"],
        "ACDT": ["Australia/Adelaide"],
        "AEST": ["Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane"],
        "AEDT": ["Australia/Sydney", "Australia/Melbourne"],
        "NZST": ["Pacific/Auckland"],
        "NZDT": ["Pacific/Auckland"],
    ]

    /// The region ids an abbreviation likely means, when `text` is one (in any letter case).
    static func abbreviationRegions(_ text: String) -> [String]? {
        guard (1...5).contains(text.utf8.count), text.utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return nil }
        return abbreviations[text.uppercased()]
    }

    // MARK: - Fixed offsets

    /// Region ids to offer for a fixed offset, most widely used first; each is offered for the
    /// offset of its standard time.
    static let offsetRegions = [
        "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Africa/Abidjan",
        "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Africa/Lagos",
        "Europe/Athens", "Europe/Helsinki", "Africa/Cairo", "Africa/Johannesburg",
        "Europe/Moscow", "Europe/Istanbul", "Asia/Riyadh", "Africa/Nairobi",
        "Asia/Tehran", "Asia/Dubai", "Asia/Baku", "Asia/Kabul", "Asia/Karachi", "Asia/Tashkent",
        "Asia/Kolkata", "Asia/Kathmandu", "Asia/Dhaka", "Asia/Yangon", "Asia/Bangkok", "Asia/Jakarta",
        "Asia/Shanghai", "Asia/Singapore", "Asia/Hong_Kong", "Australia/Perth", "Asia/Tokyo", "Asia/Seoul",
        "Australia/Adelaide", "Australia/Darwin", "Australia/Sydney", "Australia/Brisbane", "Pacific/Noumea",
        "Pacific/Auckland", "Pacific/Fiji", "Pacific/Tongatapu", "Pacific/Kiritimati",
        "Pacific/Pago_Pago", "Pacific/Honolulu", "America/Anchorage",
        "America/Los_Angeles", "America/Vancouver", "America/Denver", "America/Phoenix",
        "America/Chicago", "America/Mexico_City", "America/New_York", "America/Toronto", "America/Bogota",
        "America/Halifax", "America/Santiago", "America/Caracas", "America/St_Johns",
        "America/Sao_Paulo", "America/Argentina/Buenos_Aires", "America/Noronha", "Atlantic/Azores", "Atlantic/Cape_Verde",
    ]

    /// Up to four region ids whose standard time is `minutes` east of UTC (`UTC` first for 0),
    /// else up to four whose summer time is; judged on 15 January and 15 July 2026.
    static func regions(atStandardOffset minutes: Int, knows: (String) -> Bool) -> [String] {
        let january: Date = Date(timeIntervalSince1970: 1_768_478_400)  // 2026-01-15T12:00:00Z
        let july: Date = Date(timeIntervalSince1970: 1_784_116_800)     // 2026-07-15T12:00:00Z
        var standard: [String] = minutes == 0 ? ["UTC"] : []
        var summer: [String] = []
        for id in offsetRegions where knows(id) {
            guard let zone = TimeZone(identifier: id) else { continue }
            let offsets = [zone.secondsFromGMT(for: january) / 60, zone.secondsFromGMT(for: july) / 60]
            if offsets.min() == minutes { standard.append(id) } else if offsets.max() == minutes { summer.append(id) }
        }
        return Array((standard.isEmpty ? summer : standard).prefix(4))
    }

    /// Minutes east of UTC when `text` is a fixed offset: `UTC+1`, `GMT-05:00`, `UTC+0530`, `+01:00`
    /// (any letter case, `−` for minus), or `Etc/GMT-1`, whose sign is reversed (east of UTC is `-`).
    /// At most 14 hours either way; `nil` for anything else.
    static func fixedOffsetMinutes(_ text: String) -> Int? {
        var rest = Substring(text)
        let reversed = rest.hasPrefix("Etc/GMT")
        if reversed {
            rest = rest.dropFirst(7)
        } else if let prefix = ["UTC", "GMT", "UT"].first(where: { rest.uppercased().hasPrefix($0) }) {
            rest = rest.dropFirst(prefix.count)
        }
        guard let signCharacter = rest.first, ["+", "-", "−"].contains(signCharacter) else { return nil }
        let sign = signCharacter == "+" ? 1 : -1
        rest = rest.dropFirst()
        guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":") }) else { return nil }
        let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
        let hours: Int?, minutes: Int?
        switch (parts.count, parts[0].count) {
        case (1, 1...2): (hours, minutes) = (Int(parts[0]), 0)
        case (1, 3...4): (hours, minutes) = (Int(parts[0].dropLast(2)), Int(parts[0].suffix(2)))
        case (2, 1...2) where parts[1].count == 2: (hours, minutes) = (Int(parts[0]), Int(parts[1]))
        default: return nil
        }
        guard let hours, let minutes, minutes < 60, hours * 60 + minutes <= 14 * 60 else { return nil }
        // `Etc/GMT-1` is one hour east of UTC, and takes whole hours only.
        if reversed { return parts.count == 1 && parts[0].count <= 2 && hours > 0 ? -sign * hours * 60 : nil }
        return sign * (hours * 60 + minutes)
    }
}
