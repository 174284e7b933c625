@_exported import NormsSource
@_exported import NormsPolicy
@_exported import NormsEngine
