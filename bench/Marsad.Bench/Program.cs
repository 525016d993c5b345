using Marsad.Bench;

return BenchApp.Run(args);
