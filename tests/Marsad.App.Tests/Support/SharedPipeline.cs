namespace Marsad.App.Tests.Support;

/// <summary>One default pipeline for the test run, as a process builds one: the models load once.</summary>
internal static class SharedPipeline
{
    public static AnalysisPipeline Default { get; } = new AnalysisPipelineBuilder().Build();
}
