namespace Robot.Domain.Ports;

public enum WriteMode
{
    Create,
    Update,
}
