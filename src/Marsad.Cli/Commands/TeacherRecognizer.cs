using Marsad.Extraction.Entities;
using Marsad.Neural;

namespace Marsad.Cli.Commands;

/// <summary>Loads a trained neural teacher as an entity recognizer; its own class, so that only the commands given a teacher load Marsad.Neural and TorchSharp.</summary>
internal static class TeacherRecognizer
{
    public static EntityRecognizer Load(string path) => TeacherFiles.Recognizer(path);
}
