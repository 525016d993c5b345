using Marsad.Cli;

return MarsadApp.Run(args, CliConsole.FromSystem());
