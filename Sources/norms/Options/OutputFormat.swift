import ArgumentParser
import NormsReporting

extension CheckFormat: ExpressibleByArgument {}
