// The public library. `import TeamNorms` gives what a user needs — load a policy, build a
// message, evaluate it, read the decision — and nothing of the machinery behind it: no YAML node
// types, no work calendars, no bare instants. Each declaration is exported by name, so a type
// added to an inner module stays inside until it is listed here.

// Policies: loading, the model, and what can go wrong.
@_exported import struct NormsPolicy.Policy
@_exported import struct NormsPolicy.PolicyLoader
@_exported import struct NormsPolicy.PolicyLoadError
@_exported import struct NormsPolicy.PolicyValueError
@_exported import struct NormsPolicy.PolicyRoot
@_exported import protocol NormsPolicy.PolicyFileReader
@_exported import struct NormsPolicy.FileSystemPolicyReader
@_exported import struct NormsPolicy.Channel
@_exported import struct NormsPolicy.Team
@_exported import struct NormsPolicy.Person
@_exported import struct NormsPolicy.NormRule
@_exported import enum NormsPolicy.PolicyDuration
@_exported import enum NormsPolicy.RecipientState
@_exported import enum NormsPolicy.LiveStatus

// Messages, evaluation and decisions.
@_exported import struct NormsEngine.Message
@_exported import struct NormsEngine.InputError
@_exported import struct NormsEngine.Timestamp
@_exported import struct NormsEngine.Evaluator
@_exported import struct NormsEngine.Decision
@_exported import struct NormsEngine.RecipientDecision
@_exported import struct NormsEngine.DecidedBy
@_exported import struct NormsEngine.EscalationDecision
@_exported import struct NormsEngine.Violation
@_exported import enum NormsEngine.Notify
@_exported import protocol NormsEngine.EvaluationTracer
@_exported import class NormsEngine.RuleTraceBuffer
@_exported import struct NormsEngine.RuleTrace
@_exported import struct NormsEngine.ConditionFailure

// Positions and diagnostics, which every error carries.
@_exported import struct NormsSource.SourceFile
@_exported import struct NormsSource.SourceFileError
@_exported import struct NormsSource.SourceSpan
@_exported import struct NormsSource.SourcePosition
@_exported import struct NormsSource.Located
@_exported import struct NormsSource.Diagnostic
@_exported import protocol NormsSource.DiagnosticError
@_exported import enum NormsSource.Severity
