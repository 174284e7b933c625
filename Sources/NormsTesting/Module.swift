/// Policy unit tests and behavioural diffs.
enum NormsTestingModule {}
