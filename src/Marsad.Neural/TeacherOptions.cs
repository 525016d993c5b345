namespace Marsad.Neural;

/// <summary>Settings of <see cref="TeacherTrainer"/>.</summary>
/// <param name="Epochs">Passes over the training sentences; with a held-out part, the best epoch on it is kept.</param>
/// <param name="Hidden">LSTM units per direction.</param>
/// <param name="MaxLength">Longer training sentences are cut into pieces of this many tokens (tagging reads them whole).</param>
public sealed record TeacherOptions(int Epochs = 20, int Hidden = 128, double Dropout = 0.5, double LearningRate = 1e-3, int BatchSize = 16, int MaxLength = 100, int Seed = 42, int Threads = 2);
