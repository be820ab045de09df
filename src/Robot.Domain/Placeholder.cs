namespace Robot.Domain;
