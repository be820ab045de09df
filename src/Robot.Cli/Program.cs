using Robot.Cli;

using var abort = new AbortSignal(Console.Error);
return await RobotCli.RunAsync(args, CliServices.FromProcess(abort.Token));
