// The public library: one import gives the model, the loader, the YAML node types that messages
// are read from, and the engine.
@_exported import NormsEngine
@_exported import NormsPolicy
@_exported import NormsSource
@_exported import NormsYAML
