namespace Marsad.Store.Tests;

public sealed class StorePathsTests
{
    [Fact]
    public void ForDatabase_AnyPath_PutsTheIndexBesideTheDatabase()
    {
        var paths = StorePaths.ForDatabase(Path.Combine("/data", "news", "gulf.db"));

        Assert.Equal(Path.GetFullPath("/data/news/gulf.db"), paths.DatabasePath);
        Assert.Equal(Path.GetFullPath("/data/news/gulf.index"), paths.IndexPath);
    }

    [Fact]
    public void DefaultHome_MarsadHomeSet_WinsOverXdg()
    {
        var home = StorePaths.DefaultHome(name => name switch
        {
            "MARSAD_HOME" => "/srv/marsad",
            "XDG_DATA_HOME" => "/home/u/.data",
            _ => null,
        });

        Assert.Equal("/srv/marsad", home);
    }

    [Fact]
    public void DefaultHome_OnlyXdgSet_UsesItsMarsadFolder()
    {
        var home = StorePaths.DefaultHome(name => name == "XDG_DATA_HOME" ? "/home/u/.data" : null);

        Assert.Equal(Path.Combine("/home/u/.data", "marsad"), home);
    }

    [Fact]
    public void DefaultHome_NothingSet_UsesLocalShareUnderTheProfile()
    {
        var home = StorePaths.DefaultHome(_ => null);

        var profile = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.Equal(Path.Combine(profile, ".local", "share", "marsad"), home);
    }

    [Fact]
    public void DefaultHome_EmptyVariables_AreIgnored()
    {
        var home = StorePaths.DefaultHome(name => name == "MARSAD_HOME" ? "" : name == "XDG_DATA_HOME" ? "/x" : null);

        Assert.Equal(Path.Combine("/x", "marsad"), home);
    }
}
