using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Marsad.Cli.Output;

/// <summary>A progress column that shows documents handled so far and documents per second.</summary>
internal sealed class DocumentsColumn : ProgressColumn
{
    private int _handled;

    /// <summary>Called from the ingest thread; read by the render thread.</summary>
    public void Report(int handled) => Volatile.Write(ref _handled, handled);

    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        var handled = Volatile.Read(ref _handled);
        var seconds = task.ElapsedTime?.TotalSeconds ?? 0;
        var rate = seconds > 0 ? handled / seconds : 0;
        return new Spectre.Console.Text(string.Create(CultureInfo.InvariantCulture, $"{handled:N0} docs · {rate:N0} docs/s"));
    }
}
