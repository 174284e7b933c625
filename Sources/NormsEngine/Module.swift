/// Business time and evaluation.
public enum NormsEngineModule {}
