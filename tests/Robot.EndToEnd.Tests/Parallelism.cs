// Fixtures run in parallel: each has its own sandbox, browser, work folder and environment (RobotHarness); a fixture
// that needs the process's environment (DISPLAY) says [NonParallelizable]. Two at a time measured best on 2 cores.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
