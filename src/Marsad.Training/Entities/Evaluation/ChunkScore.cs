
namespace Marsad.Training.Entities.Evaluation;

/// <summary>Chunk counts for one entity type, or for all of them, and the scores they give.</summary>
public sealed record ChunkScore(int Gold, int Predicted, int Correct)
{
    /// <summary>Correct / predicted; 0 when nothing was predicted, as in conlleval.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / gold; 0 when there is no gold chunk.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1
    {
        get
        {
            double p = Precision;
            double r = Recall;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
