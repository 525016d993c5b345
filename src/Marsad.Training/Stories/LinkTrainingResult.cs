using Marsad.Stories.Grouping;
using Marsad.Training.Stories.Evaluation;

namespace Marsad.Training.Stories;

/// <summary>What <see cref="LinkTrainer"/> made: the model, how many labelled pairs it learned from, and the dev score its thresholds reached.</summary>
public sealed record LinkTrainingResult(LinkModel Model, int Pairs, int SameEventPairs, EventScore DevScore);
