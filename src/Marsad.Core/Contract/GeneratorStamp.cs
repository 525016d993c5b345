namespace Marsad.Core.Contract;

/// <summary>What produced an analysis: the program, its version, and the version of every model and lexicon it used.</summary>
public sealed record GeneratorStamp(string Name, string Version, IReadOnlyDictionary<string, string> Models);
