/// Reporters.
public enum NormsReportingModule {}
