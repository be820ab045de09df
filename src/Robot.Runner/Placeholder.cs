namespace Robot.Runner;
