namespace Marsad.Store.Tests;

/// <summary>Which backend a <c>--db</c> value names, and what opening one that is not built says.</summary>
public sealed class StoreFactoryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("postgres://marsad:secret@db.example:5432/news")]
    [InlineData("postgresql://db.example/news")]
    [InlineData("Host=db.example;Database=news;Username=marsad;Password=secret")]
    [InlineData("Server=db.example;Database=news")]
    public async Task Open_PostgreSqlValue_SaysTheBackendIsNotBuiltWithoutEchoingTheConnectionString(string value)
    {
        var error = await Assert.ThrowsAsync<StoreException>(() => StoreFactory.OpenAsync(value));

        Assert.Contains("PostgreSQL store is not built yet", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public void Parse_ExistingFolder_NamesTheDefaultDatabaseInsideIt()
    {
        var location = Assert.IsType<StoreLocation.Embedded>(StoreLocation.Parse(_folder.Path));

        Assert.Equal(Path.Combine(_folder.Path, StorePaths.DefaultDatabaseName), location.Paths.DatabasePath);
    }

    [Fact]
    public void Parse_FilePath_NamesThatFileWithItsIndexBeside()
    {
        var path = _folder.File("news.db");

        var location = Assert.IsType<StoreLocation.Embedded>(StoreLocation.Parse(path));

        Assert.Equal(StorePaths.ForDatabase(path), location.Paths);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Parse_NothingGiven_NamesThePerUserDefault(string? value)
    {
        var location = Assert.IsType<StoreLocation.Embedded>(StoreLocation.Parse(value));

        Assert.Equal(StorePaths.Default(), location.Paths);
    }

    [Fact]
    public void PostgreSqlLocation_ToString_HidesTheConnectionString()
    {
        var location = StoreLocation.Parse("Host=db;Password=secret");

        Assert.DoesNotContain("secret", location.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_FolderValue_CreatesTheStoreInsideIt()
    {
        await using var collection = await StoreFactory.OpenAsync(_folder.Path);

        Assert.Equal(Path.Combine(_folder.Path, StorePaths.DefaultDatabaseName), collection.Paths.DatabasePath);
        Assert.True(File.Exists(collection.Paths.DatabasePath));
    }
}
