namespace Robot.Adapters;
