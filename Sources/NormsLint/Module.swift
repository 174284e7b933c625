/// Lint rules.
public enum NormsLintModule {}
