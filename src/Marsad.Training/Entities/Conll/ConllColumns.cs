
namespace Marsad.Training.Entities.Conll;

/// <summary>How many tag columns follow the token on each line.</summary>
public enum ConllColumns
{
    /// <summary>Decided once, from the first token line: three columns when its last two fields are both tags.</summary>
    Auto,

    /// <summary><c>token TAG</c>.</summary>
    TokenTag,

    /// <summary><c>token GOLD PREDICTED</c>.</summary>
    TokenGoldPredicted,
}
