/// The policy model, its value grammars and the loader.
public enum NormsPolicyModule {}
