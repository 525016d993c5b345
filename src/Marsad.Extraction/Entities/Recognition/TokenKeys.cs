
namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// Extra feature keys for each token of one sentence, kept flat: token i's keys are
/// <c>Keys[Starts[i]..Starts[i + 1]]</c>. One pair of arrays per sentence instead of one array
/// per token, since tagging allocates these for every sentence it reads. <see cref="Evidence"/>
/// says whether any token's keys come from other mentions of its word (not only its own tags).
/// </summary>
public readonly record struct TokenKeys(ulong[] Keys, int[] Starts, bool Evidence)
{
    public int Count => Starts.Length - 1;

    public ReadOnlySpan<ulong> Of(int token) => Keys.AsSpan(Starts[token], Starts[token + 1] - Starts[token]);
}
